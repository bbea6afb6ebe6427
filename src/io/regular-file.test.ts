import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { UserError } from "../errors.js";
import { assertRegularFile, fileKind, readRegularFile, regularFileSize } from "./regular-file.js";

const posix = process.platform !== "win32";

function refusal(read: () => unknown): { code: string; params: Record<string, unknown> } {
  try {
    read();
  } catch (error) {
    if (error instanceof UserError) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error("not refused");
}

describe.runIf(posix)("readRegularFile", () => {
  it("reads a regular file and a link to one", () => {
    const dir = tempDir({ "a.txt": "abc" });
    symlinkSync("a.txt", join(dir, "link.txt"));
    expect(readRegularFile(join(dir, "a.txt"), "a.txt").toString()).toBe("abc");
    expect(readRegularFile(join(dir, "link.txt"), "link.txt").toString()).toBe("abc");
    expect(regularFileSize(join(dir, "link.txt"), "link.txt")).toBe(3);
  });

  it("refuses a FIFO without blocking, and names it", { timeout: 10_000 }, () => {
    const dir = tempDir();
    execFileSync("mkfifo", [join(dir, "pipe.xlsx")]);
    expect(fileKind(join(dir, "pipe.xlsx"))).toBe("fifo");
    expect(refusal(() => readRegularFile(join(dir, "pipe.xlsx"), "pipe.xlsx"))).toEqual({
      code: "input/not-regular",
      params: { file: "pipe.xlsx", kind: "fifo" },
    });
    expect(refusal(() => regularFileSize(join(dir, "pipe.xlsx"), "pipe.xlsx")).code).toBe("input/not-regular");
  });

  it("tells a folder, a device, a link loop, a broken link and a missing file apart", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "folder"));
    symlinkSync("loop", join(dir, "loop"));
    symlinkSync("nowhere", join(dir, "broken"));
    const kinds = ["folder", "loop", "broken", "missing"].map((name) => fileKind(join(dir, name)));
    expect(kinds).toEqual(["folder", "symlink-loop", "broken-symlink", "missing"]);
    expect(fileKind("/dev/null")).toBe("device");
    expect(refusal(() => readRegularFile(join(dir, "folder"), "folder")).params).toEqual({
      file: "folder",
      kind: "folder",
    });
    expect(refusal(() => readRegularFile(join(dir, "loop"), "loop")).params.kind).toBe("symlink-loop");
    expect(refusal(() => readRegularFile(join(dir, "broken"), "broken")).params.kind).toBe("broken-symlink");
    expect(refusal(() => readRegularFile("/dev/zero", "/dev/zero")).params.kind).toBe("device");
    expect(refusal(() => assertRegularFile(join(dir, "missing"), "missing"))).toEqual({
      code: "input/not-found",
      params: { path: "missing" },
    });
  });
});
