import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ledgerEntry } from "../../test/helpers/store.js";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { archiveFile, checkArchive, readArchive, sha256Of } from "./archive.js";

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

describe("checkArchive and readArchive", () => {
  const entry = { archive: `${sha.slice(0, 2)}/${sha}.xlsx`, sha256: sha, size: bytes.length };

  it("return the bytes of an intact archive", () => {
    const store = tempDir();
    archiveFile(store, bytes, sha);
    const checked = checkArchive(store, entry);
    expect(checked.ok && checked.bytes.equals(bytes)).toBe(true);
  });

  it("tell a missing, a truncated, a replaced and a non-file archive apart", () => {
    const store = tempDir();
    const target = join(store, archiveFile(store, bytes, sha));
    writeFileSync(target, bytes.subarray(0, 5));
    expect(checkArchive(store, entry)).toEqual({ ok: false, problem: "size", expected: bytes.length, actual: 5 });
    writeFileSync(target, Buffer.from(bytes).fill(0x41));
    expect(checkArchive(store, entry)).toMatchObject({ ok: false, problem: "sha256", expected: sha });
    rmSync(target);
    expect(checkArchive(store, entry)).toEqual({ ok: false, problem: "missing" });
    mkdirSync(target);
    expect(checkArchive(store, entry)).toEqual({ ok: false, problem: "unreadable", code: "EISDIR" });
  });

  it("readArchive throws a user error naming the unit, the archive, the file and the period", () => {
    const store = tempDir();
    const line = { ...ledgerEntry({ sha256: sha, size: bytes.length }), unit: "CAT", file: "inbox/cat.xlsx" };
    archiveFile(store, bytes.subarray(1), sha256Of(bytes.subarray(1)));
    expect(() => readArchive(store, line)).toThrow(
      expect.objectContaining({
        code: "store/archive-missing",
        params: { unit: "CAT", file: "inbox/cat.xlsx", archive: join("store", line.archive!), period: "2023-H1" },
      }),
    );
    mkdirSync(join(store, sha.slice(0, 2)), { recursive: true });
    writeFileSync(join(store, line.archive!), "x");
    expect(() => readArchive(store, line)).toThrow(expect.objectContaining({ code: "store/archive-damaged" }));
  });
});
