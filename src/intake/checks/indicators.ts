// Sheet `Chỉ tiêu`: one row per indicator the unit's kind reports, each value a whole number ≥ 0.
import { findIndicator, indicatorsForKind } from "../../domain/catalogue.js";
import { INDICATOR_HEADERS, SHEETS } from "../../domain/form-contract.js";
import type { Unit } from "../../domain/unit.js";
import type { Finding } from "../../domain/findings.js";
import { asText } from "../interpret.js";
import type { RawSubmission } from "../raw-submission.js";
import type { IndicatorValue } from "../submission.js";
import { readAmount } from "./amount.js";
import type { CheckContext } from "./context.js";
import { finding } from "./finding.js";

export function checkIndicators(
  raw: RawSubmission,
  unit: Unit | null,
  context: CheckContext,
): { values: IndicatorValue[]; findings: Finding[] } {
  const table = raw.indicators;
  const findings: Finding[] = [];
  if (table.sheet === null)
    return {
      values: [],
      findings: [finding("error", "sheet/missing", { sheet: SHEETS.indicators }, { name: SHEETS.indicators })],
    };
  for (const key of ["code", "current"] as const) {
    if (table.columns[key] === undefined) {
      findings.push(
        finding(
          "error",
          "header/missing",
          { sheet: table.sheet, row: table.headerRow },
          { header: INDICATOR_HEADERS[key] },
        ),
      );
    }
  }
  if (findings.length > 0) return { values: [], findings };
  if (table.columns.previous === undefined) {
    findings.push(
      finding(
        "warning",
        "header/missing",
        { sheet: table.sheet, row: table.headerRow },
        { header: INDICATOR_HEADERS.previous },
      ),
    );
  }

  const applicable = new Set(unit === null ? [] : indicatorsForKind(context.config, unit.kind).map((i) => i.code));
  const seen = new Set<string>();
  const values: IndicatorValue[] = [];
  for (const row of table.rows) {
    const codeCell = row.cells.code;
    const code = codeCell === undefined ? null : (asText(codeCell.value)?.toUpperCase() ?? null);
    if (code === null || codeCell === undefined) continue; // a note row without a code
    const indicator = findIndicator(context.config, code);
    if (indicator === undefined) {
      findings.push(finding("warning", "indicator/unknown", codeCell, { code }));
      continue;
    }
    if (seen.has(code)) {
      findings.push(finding("error", "indicator/duplicate-row", codeCell, { code }));
      continue;
    }
    seen.add(code);
    if (unit !== null && !applicable.has(code)) {
      findings.push(finding("warning", "indicator/not-applicable", codeCell, { code }));
    }
    const current = readAmount(row.cells.current, { type: indicator.type, required: !indicator.optional });
    const previous = readAmount(row.cells.previous, { type: indicator.type, required: false });
    findings.push(...current.findings, ...previous.findings);
    const note = row.cells.note === undefined ? null : asText(row.cells.note.value);
    values.push({
      code,
      current: current.value,
      previous: previous.value,
      note,
      currentRef: row.cells.current!.ref,
      previousRef: row.cells.previous?.ref ?? null,
    });
  }
  for (const code of applicable) {
    if (!seen.has(code)) findings.push(finding("error", "indicator/missing-row", { sheet: table.sheet }, { code }));
  }
  return { values, findings };
}
