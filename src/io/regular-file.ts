// The one way baocao opens a file the user named or put in a folder: only a regular file (or a link to
// one) is read. A FIFO would block the read forever (and Ctrl+C with it), a device never ends, a folder
// or a link loop gives an error Node words in English. The file is opened without blocking and checked
// on the open descriptor (fstat), so a file swapped for a FIFO between the check and the read is refused
// too.
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import type { Stats } from "node:fs";
import { UserError } from "../errors.js";
import { fsErrorCode } from "../messages/fs-reason.js";

/** What is at a path, for a refusal or a `skipped` reason. */
export type FileKind =
  "file" | "folder" | "fifo" | "socket" | "device" | "symlink-loop" | "broken-symlink" | "missing" | "unreadable";

/** The kinds that are neither a regular file nor a folder nor missing: never opened. */
export type SpecialKind = Exclude<FileKind, "file" | "folder" | "missing" | "unreadable">;

function kindOfStats(stats: Stats): FileKind {
  if (stats.isFile()) return "file";
  if (stats.isDirectory()) return "folder";
  if (stats.isFIFO()) return "fifo";
  if (stats.isSocket()) return "socket";
  return "device";
}

/** What `path` is, following links (a link to a file is "file"); never opens it. */
export function fileKind(path: string): FileKind {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = fsErrorCode(error);
    if (code === "ELOOP") return "symlink-loop";
    if (code !== "ENOENT" && code !== "ENOTDIR") return "unreadable";
    try {
      return lstatSync(path).isSymbolicLink() ? "broken-symlink" : "missing";
    } catch {
      return "missing";
    }
  }
  return kindOfStats(stats);
}

/** O_NONBLOCK where the platform has it (not on Windows, which has no FIFOs in the file system). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export interface ReadFileOptions {
  /** The error code for any other failure to read (params `file`, `code`); default "input/unreadable". */
  readonly unreadable?: string;
}

/**
 * The bytes of a regular file. Throws UserError: `input/not-found` (params `path`), `input/not-regular`
 * (params `file`, `kind`: a folder, FIFO, socket, device, link loop or broken link), or `input/unreadable`
 * (params `file`, `code`). `shown` is how messages name the file.
 */
export function readRegularFile(path: string, shown: string, options: ReadFileOptions = {}): Buffer {
  const fd = openRegularFile(path, shown, options);
  try {
    return readFileSync(fd);
  } catch (error) {
    throw unreadable(error, path, shown, options);
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of a regular file in blocks of `blockBytes` (each a Buffer of its own), checked and failing as
 * readRegularFile does; the file is closed when the blocks are all read or the caller stops.
 */
export function* readRegularFileBlocks(
  path: string,
  shown: string,
  blockBytes: number,
  options: ReadFileOptions = {},
): Generator<Buffer> {
  const fd = openRegularFile(path, shown, options);
  try {
    for (;;) {
      const block = Buffer.allocUnsafe(blockBytes);
      let read: number;
      try {
        read = readSync(fd, block, 0, blockBytes, null);
      } catch (error) {
        throw unreadable(error, path, shown, options);
      }
      if (read === 0) return;
      yield read === blockBytes ? block : block.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

/** The size of a regular file, checked as readRegularFile does (without reading it). */
export function regularFileSize(path: string, shown: string, options: ReadFileOptions = {}): number {
  const fd = openRegularFile(path, shown, options);
  try {
    return fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
}

/** Refuses what is not a regular file (see readRegularFile) without opening it. */
export function assertRegularFile(path: string, shown: string): void {
  const kind = fileKind(path);
  if (kind === "file") return;
  if (kind === "missing") throw new UserError("input/not-found", { path: shown });
  if (kind === "unreadable") throw unreadable(null, path, shown, {});
  throw new UserError("input/not-regular", { file: shown, kind });
}

function openRegularFile(path: string, shown: string, options: ReadFileOptions): number {
  // Checked first (nothing is opened that need not be), then again on the descriptor.
  assertRegularFile(path, shown);
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw unreadable(error, path, shown, options);
  }
  let kind: FileKind;
  try {
    kind = kindOfStats(fstatSync(fd));
  } catch (error) {
    closeSync(fd);
    throw unreadable(error, path, shown, options);
  }
  if (kind !== "file") {
    closeSync(fd);
    throw new UserError("input/not-regular", { file: shown, kind });
  }
  return fd;
}

function unreadable(error: unknown, path: string, shown: string, options: ReadFileOptions): UserError {
  const code = error === null ? "unknown" : fsErrorCode(error);
  if (code === "ENOENT") return new UserError("input/not-found", { path: shown });
  if (code === "ELOOP") return new UserError("input/not-regular", { file: shown, kind: "symlink-loop" });
  if (code === "EISDIR") return new UserError("input/not-regular", { file: shown, kind: "folder" });
  if (error === null) {
    try {
      statSync(path);
    } catch (statError) {
      return new UserError(options.unreadable ?? "input/unreadable", { file: shown, code: fsErrorCode(statError) });
    }
  }
  return new UserError(options.unreadable ?? "input/unreadable", { file: shown, code });
}
