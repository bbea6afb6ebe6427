// Archiving an accepted submission under its content hash. The copy appears whole or not at all: bytes
// go to a temporary file in the same folder, are flushed to disk, then renamed into place (a rename
// within one folder is atomic). Readers never see a half-written archive entry.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { UserError } from "../errors.js";
import { writeFileAtomic } from "../io/write-atomic.js";
import { fsErrorCode } from "../messages/fs-reason.js";
import { archivePath } from "./archive-path.js";
import type { LedgerEntry } from "./ledger-entry.js";
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
  if (intactArchive(target, sha256)) return relative;

  writeFileAtomic(target, bytes);
  syncDirectory(dirname(target));
  return relative;
}

/** An intact copy is at `target` already (ingesting the same file again leaves it alone). */
export function intactArchive(target: string, sha256: string): boolean {
  return existsSync(target) && statSync(target).isFile() && sha256Of(readFileSync(target)) === sha256;
}

/** What is wrong with an archived submission, judged against its ledger line. */
export type ArchiveProblem =
  | { readonly problem: "missing" }
  | { readonly problem: "unreadable"; readonly code: string }
  | { readonly problem: "size"; readonly expected: number; readonly actual: number }
  | { readonly problem: "sha256"; readonly expected: string; readonly actual: string };

export type ArchiveCheck = { readonly ok: true; readonly bytes: Buffer } | ({ readonly ok: false } & ArchiveProblem);

/**
 * Reads the archive of an accepted ledger line and checks it is the very file the ledger recorded (its
 * size and SHA-256): a truncated archive, or another unit's file copied over it, must never be read as this
 * unit's submission. Anything but a regular file is not opened (a FIFO would block the read forever).
 */
export function checkArchive(storeDir: string, entry: Pick<LedgerEntry, "archive" | "sha256" | "size">): ArchiveCheck {
  if (entry.archive === null) return { ok: false, problem: "missing" };
  const path = join(storeDir, entry.archive);
  let bytes: Buffer;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return { ok: false, problem: "unreadable", code: stats.isDirectory() ? "EISDIR" : "ENOTFILE" };
    bytes = readFileSync(path);
  } catch (error) {
    const code = fsErrorCode(error);
    return code === "ENOENT" ? { ok: false, problem: "missing" } : { ok: false, problem: "unreadable", code };
  }
  if (bytes.length !== entry.size) return { ok: false, problem: "size", expected: entry.size, actual: bytes.length };
  const actual = sha256Of(bytes);
  if (actual !== entry.sha256) return { ok: false, problem: "sha256", expected: entry.sha256, actual };
  return { ok: true, bytes };
}

/**
 * The bytes of an accepted submission, checked against the ledger; a missing, unreadable or damaged archive
 * is a UserError naming the unit, the archive and the file as received, and how to put it right.
 */
export function readArchive(storeDir: string, entry: LedgerEntry, shownStore = "store"): Buffer {
  const checked = checkArchive(storeDir, entry);
  if (checked.ok) return checked.bytes;
  const params = {
    unit: entry.unit ?? "?",
    file: entry.file,
    archive: join(shownStore, entry.archive ?? ""),
    period: entry.period,
  };
  switch (checked.problem) {
    case "missing":
      throw new UserError("store/archive-missing", params);
    case "unreadable":
      throw new UserError("store/archive-unreadable", { ...params, code: checked.code });
    case "size":
      throw new UserError("store/archive-damaged", { ...params, expected: checked.expected, actual: checked.actual });
    case "sha256":
      throw new UserError("store/archive-damaged", params);
  }
}
