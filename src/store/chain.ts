// The ledger's hash chain. Every line written since the chain began carries "prev": the sha256 of the line
// before it (its exact bytes, without the newline; blank lines are skipped), or 64 zeros on the very first
// line of a ledger. store/ledger.head records how many lines the ledger has after the last append and the
// hash of the last one, so that editing the last line or cutting lines off the end is found too. The head is
// replaced (atomically) just before the lines are appended, and put back if the append fails: a failed
// head write leaves the ledger untouched, and every file is as it was after any failure.
//
// Ledgers written before the chain have lines without "prev": they are read as before, and the chain starts
// at the first line written since (its "prev" is the hash of the last old line, so that one is covered).
// `doctor --store` reports those older lines as an unchained prefix that cannot be checked.
import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileKind } from "../io/regular-file.js";
import { writeFileAtomic } from "../io/write-atomic.js";

export const HEAD_FILE = "ledger.head";
export const GENESIS = "0".repeat(64);

export interface LedgerHead {
  /** Non-blank lines in the ledger after the last append. */
  readonly lines: number;
  /** sha256 of the last of them. */
  readonly last: string;
}

export function lineHash(line: string): string {
  return createHash("sha256").update(line, "utf8").digest("hex");
}

/** The complete non-blank lines of the ledger text (an unterminated last piece is left out as torn). */
export function completeLines(text: string): { line: string; number: number }[] {
  const pieces = text.split("\n");
  pieces.pop();
  return pieces.flatMap((line, index) => (line.trim() === "" ? [] : [{ line, number: index + 1 }]));
}

export function headPath(storeDir: string): string {
  return join(storeDir, HEAD_FILE);
}

/** The head file, or null when missing; "damaged" when it cannot be read as a head. */
export function readHead(storeDir: string): LedgerHead | null | "damaged" {
  const path = headPath(storeDir);
  if (fileKind(path) === "missing") return null;
  try {
    const json: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (typeof json !== "object" || json === null) return "damaged";
    const { lines, last } = json as Record<string, unknown>;
    if (typeof lines !== "number" || !Number.isInteger(lines) || lines < 0) return "damaged";
    if (typeof last !== "string" || !/^[0-9a-f]{64}$/.test(last)) return "damaged";
    return { lines, last };
  } catch {
    return "damaged";
  }
}

/** Replaces the head in one rename, so that a crash leaves the old head or the new, never half of one. */
export function writeHead(storeDir: string, head: LedgerHead): void {
  writeFileAtomic(headPath(storeDir), `${JSON.stringify({ lines: head.lines, last: head.last })}\n`);
}

/** The head file's bytes (null when missing), to put back if an append fails after the head was written. */
export function headBytes(storeDir: string): Buffer | null {
  const path = headPath(storeDir);
  return fileKind(path) === "file" ? readFileSync(path) : null;
}

/** Puts the head back as it was (best effort: a head left ahead of its ledger shows in `doctor --store`). */
export function restoreHead(storeDir: string, bytes: Buffer | null): void {
  try {
    if (bytes === null) rmSync(headPath(storeDir), { force: true });
    else writeFileAtomic(headPath(storeDir), bytes);
  } catch {
    // reported by the append's own error; doctor --store would show the head ahead of the ledger
  }
}

export type ChainProblem =
  /** A line whose "prev" is not the hash of the line before it: that line was edited, removed or moved. */
  | { readonly kind: "link"; readonly line: number }
  /** A line without "prev" after the chain began: written by hand or by an older baocao. */
  | { readonly kind: "unlinked"; readonly line: number }
  /** A line that is not JSON at all (the chain cannot be followed through it). */
  | { readonly kind: "unreadable"; readonly line: number }
  /** Fewer lines than the head recorded: lines were cut off the end. */
  | { readonly kind: "shorter"; readonly lines: number; readonly expected: number }
  /** The line the head recorded as the last is not the one found there: it was edited. */
  | { readonly kind: "last"; readonly line: number }
  /** Chained lines but no head (removed), or a head that cannot be read. */
  | { readonly kind: "head-missing" }
  | { readonly kind: "head-damaged" };

export interface ChainReport {
  /** Non-blank complete lines. */
  readonly lines: number;
  /** Lines at the start written before the chain: they cannot be checked (the last of them is, by the next). */
  readonly unchained: number;
  readonly problems: ChainProblem[];
}

export function verifyChain(text: string, head: LedgerHead | null | "damaged"): ChainReport {
  const lines = completeLines(text);
  const problems: ChainProblem[] = [];
  let unchained = 0;
  let chained = false;
  let previous: string | null = null;
  for (const { line, number } of lines) {
    const prev = prevOf(line);
    if (prev === undefined) problems.push({ kind: "unreadable", line: number });
    else if (prev === null) {
      if (chained) problems.push({ kind: "unlinked", line: number });
      else unchained += 1;
    } else {
      chained = true;
      const expected = previous === null ? GENESIS : lineHash(previous);
      if (prev !== expected) problems.push({ kind: "link", line: number });
    }
    previous = line;
  }
  if (head === "damaged") problems.push({ kind: "head-damaged" });
  else if (head === null) {
    if (chained) problems.push({ kind: "head-missing" });
  } else if (lines.length < head.lines) {
    problems.push({ kind: "shorter", lines: lines.length, expected: head.lines });
  } else if (head.lines > 0) {
    // More lines than the head: a crash between the append and the head's update; the extra lines are
    // checked by their links.
    const recorded = lines[head.lines - 1]!;
    if (lineHash(recorded.line) !== head.last) problems.push({ kind: "last", line: recorded.number });
  }
  return { lines: lines.length, unchained, problems };
}

/** The line's "prev" (null when it has none); undefined when the line is not a JSON object. */
function prevOf(line: string): string | null | undefined {
  try {
    const json: unknown = JSON.parse(line.replace(/\r$/, ""));
    if (typeof json !== "object" || json === null) return undefined;
    const prev = (json as Record<string, unknown>).prev;
    if (prev === undefined) return null;
    return typeof prev === "string" ? prev : undefined;
  } catch {
    return undefined;
  }
}
