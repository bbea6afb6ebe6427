// Text typed in TCVN3 or VNI was converted to Unicode when read; say so, cell by cell, so nobody is
// surprised by a changed name (and the agency learns to switch to Unicode).
import type { Finding } from "../../domain/findings.js";
import type { RawSubmission, SheetCell } from "../raw-submission.js";
import { finding } from "./finding.js";

export function checkLegacyText(raw: RawSubmission): Finding[] {
  const findings: Finding[] = [];
  const check = (cell: SheetCell | undefined) => {
    if (cell === undefined || cell.value.kind !== "text" || cell.value.legacy === null) return;
    const value = cell.value;
    findings.push(
      finding("warning", "text/legacy-encoding", cell, {
        encoding: value.legacy === "vni" ? "VNI" : "TCVN3",
        original: value.original,
      }),
    );
  };
  for (const cell of Object.values(raw.info.values)) check(cell);
  for (const table of [raw.indicators, raw.incidents, raw.assessment]) {
    // for…in rather than Object.values: no array made for each of 100,000 rows.
    for (const row of table.rows) {
      const cells = row.cells as Record<string, SheetCell | undefined>;
      for (const key in cells) check(cells[key]);
    }
  }
  return findings;
}
