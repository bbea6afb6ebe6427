// Outputs are written whole or not at all: to a temporary file in the same folder, flushed, then
// renamed over the target (rename is atomic within one file system). An interrupted run leaves the
// old file or the new one, never half of one, and Ctrl+C removes the temporary file (io/interrupt.ts).
//
// Two forms of the one writer: writeFileAtomic waits for the disk (outputs written once: a report, the
// archive); writeFileAtomicAsync flushes asynchronously, so that a batch (the letters) lays out its next
// files while the disk works. Both create and fill the temporary file synchronously: a Ctrl+C handler runs
// between two tasks of this thread, so it sees either no file yet or a file it knows about and removes.
// Were the file created on libuv's thread pool, it could appear after the handler had looked, and be left.
import { randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  fsync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";
import { UserError } from "../errors.js";
import { onInterrupt } from "./interrupt.js";

const fsyncAsync = promisify(fsync);

/** Temporary files are named ".<final name>.<pid>-<random>.tmp": hidden, and never a final name. */
function temporaryFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

/**
 * `data` may also be a sequence of pieces (a large JSON text), written as it comes so that the whole text
 * never needs to be held at once.
 */
export function writeFileAtomic(path: string, data: Uint8Array | string | Iterable<string>): void {
  const dir = dirname(path);
  try {
    if (existsSync(path) && statSync(path).isDirectory())
      throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw unwritable(path, error);
  }
  const temporary = temporaryFor(path);
  const forget = onInterrupt(() => rmSync(temporary, { force: true }));
  try {
    writeDurably(
      temporary,
      typeof data === "string" ? [Buffer.from(data, "utf8")] : data instanceof Uint8Array ? [data] : utf8Batches(data),
    );
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw unwritable(path, error);
  } finally {
    forget();
  }
}

/**
 * The same, with the flush to disk (the slow part, a few ms) done on libuv's thread pool. The file system's
 * errors are thrown as they are (the caller names them); `dirExists`: the caller made the folder already
 * (once for a batch, rather than once a file).
 */
export async function writeFileAtomicAsync(
  path: string,
  data: Uint8Array | string,
  options: { dirExists?: boolean } = {},
): Promise<void> {
  if (options.dirExists !== true) await mkdir(dirname(path), { recursive: true });
  const temporary = temporaryFor(path);
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  let forget = () => {};
  try {
    const fd = openSync(temporary, "wx");
    forget = onInterrupt(() => rmSync(temporary, { force: true }));
    try {
      writeAll(fd, bytes);
      await fsyncAsync(fd);
    } finally {
      closeSync(fd);
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    forget();
  }
}

function writeDurably(path: string, pieces: Iterable<Uint8Array>): void {
  const fd = openSync(path, "wx");
  try {
    for (const bytes of pieces) writeAll(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
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

const USER_PROBLEMS = new Set([
  "EISDIR",
  "ENOTDIR",
  "EEXIST",
  "EACCES",
  "EPERM",
  "EROFS",
  "ENOSPC",
  "EDQUOT",
  "ENAMETOOLONG",
  // The target is open in another program (Word, Excel: Windows refuses to replace it), or the rename
  // crossed file systems (a folder mounted from elsewhere), or the disk failed.
  "EBUSY",
  "EXDEV",
  "EIO",
]);

/**
 * A path the clerk chose that cannot be written is a user error, not a bug: the file system's errors that
 * the clerk can do something about become output/unwritable naming `path`; others are thrown as they are.
 */
export function unwritable(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  return code !== undefined && USER_PROBLEMS.has(code)
    ? new UserError("output/unwritable", { file: path, code })
    : error;
}
