// Outputs are written whole or not at all: to a temporary file in the same folder, flushed, then
// renamed over the target (rename is atomic within one file system). An interrupted run leaves the
// old file or the new one, never half of one, and Ctrl+C removes the temporary file (io/interrupt.ts).
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UserError } from "../errors.js";
import { onInterrupt } from "./interrupt.js";

/** Temporary files are named ".<final name>.<pid>-<random>.tmp"; they never take a final name's place. */
export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  const dir = dirname(path);
  try {
    if (existsSync(path) && statSync(path).isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw unwritable(path, error);
  }
  const temporary = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  const forget = onInterrupt(() => rmSync(temporary, { force: true }));
  try {
    writeDurably(temporary, typeof data === "string" ? Buffer.from(data, "utf8") : data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw unwritable(path, error);
  } finally {
    forget();
  }
}

function writeDurably(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, "wx");
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const USER_PROBLEMS = new Set(["EISDIR", "ENOTDIR", "EEXIST", "EACCES", "EPERM", "EROFS", "ENOSPC", "ENAMETOOLONG"]);

/** A path the clerk chose that cannot be written is a user error, not a bug. */
function unwritable(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  return code !== undefined && USER_PROBLEMS.has(code) ? new UserError("output/unwritable", { file: path, code }) : error;
}
