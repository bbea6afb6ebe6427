// A count or an amount of money in a cell (DESIGN §4): counts are whole numbers ≥ 0, money is whole
// đồng ≥ 0, text in Vietnamese format is accepted, an empty cell is an error unless optional.
import type { Finding } from "../../domain/findings.js";
import { asNumber } from "../interpret.js";
import type { SheetCell } from "../raw-submission.js";
import { finding } from "./finding.js";

export interface AmountRule {
  type: "count" | "money";
  required: boolean;
  /** Severity of a problem with this cell (a missing "same period" figure is less serious). */
  severity?: "error" | "warning";
}

/** No finding: one array for every cell without one (callers only read it). */
const NONE: readonly Finding[] = [];

export function readAmount(
  cell: SheetCell | undefined,
  rule: AmountRule,
): { value: number | null; findings: readonly Finding[] } {
  const severity = rule.severity ?? "error";
  if (cell === undefined) return { value: null, findings: NONE };
  const kind = cell.value.kind;
  if (kind === "formula-without-result")
    return { value: null, findings: [finding(severity, "value/formula-without-result", cell)] };
  if (kind === "error") return { value: null, findings: [finding(severity, "value/error", cell)] };
  const read = asNumber(cell.value);
  if (!read.ok) return { value: null, findings: [finding(severity, "value/not-a-number", cell)] };
  if (read.value === null) {
    return { value: null, findings: rule.required ? [finding(severity, "value/required", cell)] : NONE };
  }
  if (read.value < 0) return { value: null, findings: [finding(severity, "value/negative", cell)] };
  if (!Number.isInteger(read.value)) {
    return { value: null, findings: [finding(severity, "value/fractional", cell, { type: rule.type })] };
  }
  return { value: read.value, findings: NONE };
}
