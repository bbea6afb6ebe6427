import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { archiveFile, sha256Of } from "./archive.js";

const bytes = Buffer.from("PK\u0003\u0004 pretend workbook");
const sha = sha256Of(bytes);

describe("archiveFile", () => {
  it("stores the bytes under their hash and leaves no temporary file", () => {
    const store = tempDir();
    const relative = archiveFile(store, bytes, sha);
    expect(relative).toBe(`${sha.slice(0, 2)}/${sha}.xlsx`);
    expect(readFileSync(join(store, relative))).toEqual(bytes);
    expect(readdirSync(join(store, sha.slice(0, 2)))).toEqual([`${sha}.xlsx`]);
  });

  it("leaves an intact existing copy untouched", () => {
    const store = tempDir();
    const target = join(store, archiveFile(store, bytes, sha));
    const before = statSync(target);
    const again = archiveFile(store, Buffer.from(bytes), sha);
    const after = statSync(join(store, again));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it("replaces a damaged copy in one step", () => {
    const store = tempDir();
    const target = join(store, archiveFile(store, bytes, sha));
    writeFileSync(target, "half a file");
    archiveFile(store, bytes, sha);
    expect(readFileSync(target)).toEqual(bytes);
    expect(readdirSync(join(store, sha.slice(0, 2)))).toEqual([`${sha}.xlsx`]);
  });

  it("never modifies the source and refuses bytes that do not match the hash", () => {
    const inbox = tempDir({ "cat.xlsx": "original content" });
    const source = join(inbox, "cat.xlsx");
    const content = readFileSync(source);
    const before = statSync(source);
    archiveFile(join(inbox, "store"), content, sha256Of(content));
    expect(statSync(source).mtimeMs).toBe(before.mtimeMs);
    expect(readFileSync(source, "utf8")).toBe("original content");

    const store = tempDir();
    expect(() => archiveFile(store, Buffer.from("other"), sha)).toThrow(/does not match/);
    expect(readdirSync(store)).toEqual([]);
  });
});
