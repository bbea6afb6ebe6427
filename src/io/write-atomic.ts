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
export function temporaryFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

/**
 * What every atomic write of `path` does first: checks that the target is no folder and makes its folder
 * (output/unwritable naming `path` otherwise), then names the temporary file, removed on Ctrl+C until `forget`.
 */
function startAtomicWrite(path: string): { temporary: string; forget: () => void } {
  try {
    if (existsSync(path) && statSync(path).isDirectory())
      throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw unwritable(path, error);
  }
  const temporary = temporaryFor(path);
  return { temporary, forget: onInterrupt(() => rmSync(temporary, { force: true })) };
}

/** The written temporary file put in place of `path`; removed when it cannot be. */
function putInPlace(temporary: string, path: string): void {
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw unwritable(path, error, { replacing: true });
  }
}

/**
 * `data` may also be a sequence of pieces (a large JSON text), written as it comes so that the whole text
 * never needs to be held at once.
 */
export function writeFileAtomic(path: string, data: Uint8Array | string | Iterable<string>): void {
  const { temporary, forget } = startAtomicWrite(path);
  try {
    try {
      writeDurably(
        temporary,
        typeof data === "string"
          ? [Buffer.from(data, "utf8")]
          : data instanceof Uint8Array
            ? [data]
            : utf8Batches(data),
      );
    } catch (error) {
      rmSync(temporary, { force: true });
      throw unwritable(path, error);
    }
    putInPlace(temporary, path);
  } finally {
    forget();
  }
}

/**
 * The same, with the flush to disk (the slow part, a few ms) done on libuv's thread pool. The file system's
 * errors are thrown as they are (the caller names them), except a target open in another program, which is
 * output/in-use naming `path`; `dirExists`: the caller made the folder already (once for a batch, rather
 * than once a file).
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
    try {
      const fd = openSync(temporary, "wx");
      forget = onInterrupt(() => rmSync(temporary, { force: true }));
      try {
        writeAll(fd, bytes);
        await fsyncAsync(fd);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    try {
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw fileInUse(error, { replacing: true, target: path }) ? inUse(path) : error;
    }
  } finally {
    forget();
  }
}

/**
 * writeFileAtomic of a sequence of text pieces (a large JSON text), the same checks, errors and result, but
 * letting other work of this thread run between its batches (about 8 MB) and flushing on libuv's thread
 * pool. Why: aggregate makes tong-hop.xlsx while it writes aggregate.json; the workbook's deflating runs on
 * the thread pool, and while this thread waits for it, it encodes and writes the JSON (two cores busy, not
 * one after the other). The temporary file is created synchronously, as in writeFileAtomic (see above).
 */
export async function writeFileAtomicPieces(path: string, pieces: Iterable<string>): Promise<void> {
  const { temporary, forget } = startAtomicWrite(path);
  try {
    try {
      const fd = openSync(temporary, "wx");
      try {
        // Other work let in every 8 batches, not after each: switching more often kept more of both
        // tasks' young objects alive across collections (measured: twice the collector's time).
        let batches = 0;
        for (const bytes of utf8Batches(pieces)) {
          writeAll(fd, bytes);
          if (++batches % 8 === 0) await new Promise((next) => setImmediate(next));
        }
        await fsyncAsync(fd);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      rmSync(temporary, { force: true });
      throw unwritable(path, error);
    }
    putInPlace(temporary, path);
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

export interface FailedStep {
  /** The error came from putting the file in place (the rename onto the target), not from making it. */
  readonly replacing?: boolean;
  /** The operating system (tests give "win32"); process.platform by default. */
  readonly platform?: NodeJS.Platform;
}

/**
 * Whether the error says that the target is open in another program (Excel, Word, a PDF reader). EBUSY
 * says so anywhere. On Windows a file open in Excel or Word cannot be replaced either: the rename onto it
 * fails with EPERM (or EACCES). On other systems those two mean a real permission problem, as they do on
 * Windows when nothing was being replaced.
 */
export function fileInUse(error: unknown, step: FailedStep & { target: string }): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "EBUSY") return true;
  if (code !== "EPERM" && code !== "EACCES") return false;
  if ((step.platform ?? process.platform) !== "win32" || step.replacing !== true) return false;
  // A file marked read-only is refused the same way; that one is not open anywhere (see readOnlyTarget).
  return existingFile(step.target) && !readOnlyTarget(step.target);
}

function existingFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A file marked read-only (Windows' "Read-only" attribute, shown by Node as no write permission for anyone). */
function readOnlyTarget(path: string): boolean {
  try {
    const stats = statSync(path);
    return stats.isFile() && (stats.mode & 0o222) === 0;
  } catch {
    return false;
  }
}

/** The target is open in another program: close it there and run again (output/in-use, exit 2). */
export function inUse(path: string): UserError {
  return new UserError("output/in-use", { file: path });
}

/**
 * A path the clerk chose that cannot be written is a user error, not a bug: a target open in another
 * program becomes output/in-use (see fileInUse); the file system's other errors that the clerk can do
 * something about become output/unwritable naming `path`; others are thrown as they are.
 */
export function unwritable(path: string, error: unknown, step: FailedStep = {}): unknown {
  if (fileInUse(error, { ...step, target: path })) return inUse(path);
  const code = (error as NodeJS.ErrnoException).code;
  // Replacing a file marked read-only: say so (code READONLY), rather than "permission denied".
  if ((code === "EPERM" || code === "EACCES") && step.replacing === true && readOnlyTarget(path))
    return new UserError("output/unwritable", { file: path, code: "READONLY" });
  return code !== undefined && USER_PROBLEMS.has(code)
    ? new UserError("output/unwritable", { file: path, code })
    : error;
}
