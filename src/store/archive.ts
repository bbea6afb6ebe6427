// Archiving an accepted submission under its content hash. The copy appears whole or not at all: bytes
// go to a temporary file in the same folder, are flushed to disk, then renamed into place (a rename
// within one folder is atomic). Readers never see a half-written archive entry.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { writeFileAtomic } from "../io/write-atomic.js";
import { archivePath } from "./archive-path.js";
import { syncDirectory } from "./sync-directory.js";

export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

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

  writeFileAtomic(target, bytes);
  syncDirectory(dirname(target));
  return relative;
}
