// Reading the whole ledger text. Appends are single writes of complete lines, so the only damage a crash
// can do is a torn last line without its newline: that one is ignored and reported. Anything else that
// does not parse was damaged by hand or by disk trouble, and guessing past it could make the wrong
// submission current, so it stops the command with the line number.
import { UserError } from "../errors.js";
import { parseLedgerLine } from "./ledger-entry.js";
import type { LedgerEntry, LineProblem } from "./ledger-entry.js";
import { isLockLineJson, parseLockLine } from "./period-lock.js";
import type { PeriodLockLine } from "./period-lock.js";

export interface TornLine {
  /** 1-based line number. */
  readonly line: number;
  readonly text: string;
}

export interface ParsedLedger {
  /** The submission lines (ingest and review), in order. */
  readonly entries: LedgerEntry[];
  /** The lock and unlock lines, in order (period-lock.ts). */
  readonly locks: PeriodLockLine[];
  /** The last line, cut short by a crash during an append, that was left out. */
  readonly torn: TornLine | null;
}

export type ParsedAnyLine =
  | { readonly ok: true; readonly entry: LedgerEntry; readonly lock: null }
  | { readonly ok: true; readonly entry: null; readonly lock: PeriodLockLine }
  | { readonly ok: false; readonly problem: LineProblem; readonly detail: string };

/** A submission line or a lock line (told apart by its "kind" key). */
export function parseAnyLine(line: string): ParsedAnyLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { ok: false, problem: "json", detail: error instanceof Error ? error.message : String(error) };
  }
  if (!isLockLineJson(json)) {
    const parsed = parseLedgerLine(line);
    return parsed.ok ? { ok: true, entry: parsed.entry, lock: null } : parsed;
  }
  const parsed = parseLockLine(json);
  return parsed.ok
    ? { ok: true, entry: null, lock: parsed.lock }
    : { ok: false, problem: "schema", detail: parsed.detail };
}

export function parseLedger(text: string, file = "ledger.jsonl"): ParsedLedger {
  const lines = text.split("\n");
  // Text ending in "\n" splits into a last empty piece; anything else there is an unterminated line.
  const last = lines.pop() ?? "";
  const entries: LedgerEntry[] = [];
  const locks: PeriodLockLine[] = [];
  const keep = (parsed: ParsedAnyLine & { ok: true }) => {
    if (parsed.entry) entries.push(parsed.entry);
    else locks.push(parsed.lock);
  };
  lines.forEach((line, index) => {
    if (line.trim() === "") return; // blank lines (e.g. a hand edit) carry nothing
    const parsed = parseAnyLine(line.replace(/\r$/, ""));
    if (!parsed.ok) {
      throw new UserError("store/ledger-corrupt", {
        file,
        line: index + 1,
        problem: parsed.problem,
        detail: parsed.detail,
      });
    }
    keep(parsed);
  });

  if (last.trim() === "") return { entries, locks, torn: null };
  // An unterminated last line that parses is complete (an editor may drop the final newline); one that
  // does not is a torn append.
  const parsed = parseAnyLine(last);
  if (parsed.ok) {
    keep(parsed);
    return { entries, locks, torn: null };
  }
  return { entries, locks, torn: { line: lines.length + 1, text: last } };
}
