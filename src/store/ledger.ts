// store/ledger.jsonl on disk. Callers that append must hold the store lock (lock.ts); readers need not,
// since an append in progress shows up at worst as a torn last line, which parseLedger sets aside.
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { fileKind, readRegularFile } from "../io/regular-file.js";
import { UserError } from "../errors.js";
import { fsErrorCode } from "../messages/fs-reason.js";
import { completeLines, GENESIS, headBytes, lineHash, restoreHead, writeHead } from "./chain.js";
import { serializeLedgerEntry } from "./ledger-entry.js";
import type { LedgerEntry } from "./ledger-entry.js";
import { parseAnyLine, parseLedger } from "./parse-ledger.js";
import { serializeLockLine } from "./period-lock.js";
import type { PeriodLockLine } from "./period-lock.js";
import type { ParsedLedger } from "./parse-ledger.js";
import { syncDirectory } from "./sync-directory.js";

export const LEDGER_FILE = "ledger.jsonl";

export function ledgerPath(storeDir: string): string {
  return join(storeDir, LEDGER_FILE);
}

/** An empty ledger when the file does not exist yet. */
export function readLedger(storeDir: string): ParsedLedger {
  const path = ledgerPath(storeDir);
  const text = readLedgerBytes(path);
  return text === null ? { entries: [], locks: [], torn: null } : parseLedger(text.toString("utf8"), path);
}

/**
 * The ledger's bytes, or null when there is none yet. A ledger that cannot be read (a folder in its place,
 * no permission) is a UserError naming it, not a crash.
 */
export function readLedgerBytes(path: string): Buffer | null {
  const kind = fileKind(path);
  if (kind === "missing") return null;
  // A FIFO would block the read forever: only a regular file is opened (io/regular-file.ts).
  if (kind !== "file" && kind !== "unreadable") throw new UserError("store/unreadable", { file: path, code: "EISDIR" });
  return readRegularFile(path, path, { unreadable: "store/unreadable" });
}

/** A line to append: a submission (ingest, review) or a lock line. */
export type LedgerLine = LedgerEntry | PeriodLockLine;

/**
 * Appends complete lines in one write and flushes them to disk, each chained to the line before (chain.ts),
 * then updates store/ledger.head. Hold the store lock while calling.
 */
export function isLockLine(line: LedgerLine): line is PeriodLockLine {
  return "kind" in line;
}

export function appendLedger(storeDir: string, entries: readonly LedgerLine[]): void {
  if (entries.length === 0) return;
  try {
    appendLines(storeDir, entries);
  } catch (error) {
    if (error instanceof UserError) throw error;
    // A read-only ledger or store, a full disk: name the file. A line cut short by the failure is a torn
    // last line, which the next read sets aside and the next append cuts off.
    throw new UserError("store/unwritable", { file: ledgerPath(storeDir), code: fsErrorCode(error) });
  }
}

function appendLines(storeDir: string, entries: readonly LedgerLine[]): void {
  mkdirSync(storeDir, { recursive: true });
  const path = ledgerPath(storeDir);
  const created = !existsSync(path);
  const separator = created ? "" : repairTail(path);
  // The chain goes on from the last complete line (after the repair above).
  const before = created ? [] : completeLines(readFileSync(path, "utf8") + separator);
  let previous = before.at(-1)?.line ?? null;
  const lines = entries.map((entry) => {
    const prev = previous === null ? GENESIS : lineHash(previous);
    const line = isLockLine(entry) ? serializeLockLine(entry, prev) : serializeLedgerEntry(entry, prev);
    previous = line.slice(0, -1);
    return line;
  });
  const text = separator + lines.join("");
  // The head first (chain.ts): if it cannot be written, nothing is; if the append then fails, it is put back.
  const oldHead = headBytes(storeDir);
  writeHead(storeDir, { lines: before.length + lines.length, last: lineHash(previous ?? "") });

  let fd: number | null = null;
  let size = 0;
  try {
    fd = openSync(path, "a");
    size = fstatSync(fd).size;
    const bytes = Buffer.from(text, "utf8");
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    // A disk that filled up halfway leaves part of a line: cut it off, so that the ledger is as it was.
    if (fd !== null) {
      try {
        ftruncateSync(fd, size);
      } catch {
        // the torn line is then set aside by the next read (parseLedger)
      }
    }
    if (created) rmSync(path, { force: true });
    restoreHead(storeDir, oldHead);
    throw new UserError("store/unwritable", { file: path, code: fsErrorCode(error) });
  } finally {
    if (fd !== null) closeSync(fd);
  }
  if (created) syncDirectory(storeDir);
}

/**
 * Makes the file end at a line boundary before appending. A torn last line (a crash during an earlier
 * append) is cut off: it was never a complete entry, and appending after it would glue two lines into
 * one corrupt line. A complete last line missing only its newline gets one. Returns what to write first.
 */
function repairTail(path: string): string {
  const bytes = readFileSync(path);
  if (bytes.length === 0 || bytes[bytes.length - 1] === 0x0a) return "";
  const start = bytes.lastIndexOf(0x0a) + 1;
  const last = bytes.subarray(start).toString("utf8");
  if (last.trim() === "" || parseAnyLine(last).ok) return "\n";
  truncateSync(path, start);
  return "";
}
