// Outputs are written whole or not at all: to a temporary file in the same folder, flushed, then
// renamed over the target (rename is atomic within one file system). An interrupted run leaves the
// old file or the new one, never half of one, and Ctrl+C removes the temporary file (io/interrupt.ts).
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UserError } from "../errors.js";
import { onInterrupt } from "./interrupt.js";

/**
 * Temporary files are named ".<final name>.<pid>-<random>.tmp"; they never take a final name's place.
 * `data` may also be a sequence of pieces (a large JSON text), written as it comes so that the whole text
 * never needs to be held at once.
 */
export function writeFileAtomic(path: string, data: Uint8Array | string | Iterable<string>): void {
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
    writeDurably(temporary, typeof data === "string" ? [Buffer.from(data, "utf8")] : data instanceof Uint8Array ? [data] : utf8Batches(data));
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw unwritable(path, error);
  } finally {
    forget();
  }
}

function writeDurably(path: string, pieces: Iterable<Uint8Array>): void {
  const fd = openSync(path, "wx");
  try {
    for (const bytes of pieces) {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Text pieces joined into UTF-8 buffers of about 1 MB (one write each, not one per piece). */
function* utf8Batches(pieces: Iterable<string>): Generator<Uint8Array> {
  const BATCH = 1 << 20;
  let pending: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    pending.push(piece);
    length += piece.length;
    if (length >= BATCH) {
      yield Buffer.from(pending.join(""), "utf8");
      pending = [];
      length = 0;
    }
  }
  if (pending.length > 0) yield Buffer.from(pending.join(""), "utf8");
}

const USER_PROBLEMS = new Set(["EISDIR", "ENOTDIR", "EEXIST", "EACCES", "EPERM", "EROFS", "ENOSPC", "ENAMETOOLONG"]);

/** A path the clerk chose that cannot be written is a user error, not a bug. */
function unwritable(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  return code !== undefined && USER_PROBLEMS.has(code) ? new UserError("output/unwritable", { file: path, code }) : error;
}
