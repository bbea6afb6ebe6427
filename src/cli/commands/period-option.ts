// --period, shared by the commands. A module of its own so that a command that only needs this (letters)
// does not load validate's, which brings exceljs (about half a second of start-up).
import type { Period } from "../../domain/period/index.js";
import { parsePeriod } from "../../domain/period/index.js";
import { UserError } from "../../errors.js";

export function parsePeriodOption(value: string | undefined): Period | null {
  if (value === undefined) return null;
  const period = parsePeriod(value);
  if (period === null) throw new UserError("period/invalid-option", { value });
  return period;
}
