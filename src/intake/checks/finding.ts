import { displayValue } from "../cell-value.js";
import type { Finding, FindingCode, FindingParams, Severity } from "../../domain/findings.js";
import type { CellRef, SheetCell } from "../raw-submission.js";

/** A finding located at a cell (or a row, or a sheet: pass what is known). */
export function finding(
  severity: Severity,
  code: FindingCode,
  at: SheetCell | CellRef | { sheet: string | null; row?: number | null; column?: string | null } | null,
  params: FindingParams = {},
): Finding {
  const ref = at === null ? null : "ref" in at ? at.ref : at;
  const value = at !== null && "value" in at ? displayValue(at.value) : null;
  return {
    severity,
    code,
    sheet: ref?.sheet ?? null,
    cell: ref !== null && "cell" in ref ? ref.cell : null,
    row: ref?.row ?? null,
    column: ref?.column ?? null,
    value,
    params,
  };
}
