// Archiving an accepted submission under its content hash. The copy appears whole or not at all: bytes
// go to a temporary file in the same folder, are flushed to disk, then renamed into place (a rename
// within one folder is atomic). Readers never see a half-written archive entry.
import { createHash, randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { archivePath } from "./archive-path.js";
import { syncDirectory } from "./sync-directory.js";

export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Temporary files are named "<final name>.tmp-…"; a crash can leave one behind, never a final name. */
export const TEMPORARY_MARK = ".tmp-";

/**
 * Stores `bytes` at `<storeDir>/<ab>/<sha256><extension>` and returns that path relative to the store
 * ("ab/ab12….xlsx"). Does nothing if an intact copy is already there; replaces a damaged one.
 */
export function archiveFile(storeDir: string, bytes: Uint8Array, sha256: string, extension = ".xlsx"): string {
  const relative = archivePath(sha256, extension);
  // The report was made from the file as it was at validation; refuse bytes that changed since.
  const actual = sha256Of(bytes);
  if (actual !== sha256) throw new Error(`Archive content does not match its hash: expected ${sha256}, got ${actual}`);

  const target = join(storeDir, relative);
  if (existsSync(target) && sha256Of(readFileSync(target)) === sha256) return relative;

  const folder = dirname(target);
  mkdirSync(folder, { recursive: true });
  const temporary = `${target}${TEMPORARY_MARK}${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    writeDurably(temporary, bytes);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncDirectory(folder);
  return relative;
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
