// Reading the whole ledger text. Appends are single writes of complete lines, so the only damage a crash
// can do is a torn last line without its newline: that one is ignored and reported. Anything else that
// does not parse was damaged by hand or by disk trouble, and guessing past it could make the wrong
// submission current, so it stops the command with the line number.
import { UserError } from "../errors.js";
import { parseLedgerLine } from "./ledger-entry.js";
import type { LedgerEntry } from "./ledger-entry.js";

export interface TornLine {
  /** 1-based line number. */
  readonly line: number;
  readonly text: string;
}

export interface ParsedLedger {
  readonly entries: LedgerEntry[];
  /** The last line, cut short by a crash during an append, that was left out. */
  readonly torn: TornLine | null;
}

export function parseLedger(text: string, file = "ledger.jsonl"): ParsedLedger {
  const lines = text.split("\n");
  // Text ending in "\n" splits into a last empty piece; anything else there is an unterminated line.
  const last = lines.pop() ?? "";
  const entries: LedgerEntry[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === "") return; // blank lines (e.g. a hand edit) carry nothing
    const parsed = parseLedgerLine(line.replace(/\r$/, ""));
    if (!parsed.ok) {
      throw new UserError("store/ledger-corrupt", {
        file,
        line: index + 1,
        problem: parsed.problem,
        detail: parsed.detail,
      });
    }
    entries.push(parsed.entry);
  });

  if (last.trim() === "") return { entries, torn: null };
  // An unterminated last line that parses is complete (an editor may drop the final newline); one that
  // does not is a torn append.
  const parsed = parseLedgerLine(last);
  if (parsed.ok) {
    entries.push(parsed.entry);
    return { entries, torn: null };
  }
  return { entries, torn: { line: lines.length + 1, text: last } };
}
