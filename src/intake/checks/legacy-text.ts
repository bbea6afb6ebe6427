// Text typed in TCVN3 or VNI was converted to Unicode when read; say so, cell by cell, so nobody is
// surprised by a changed name (and the agency learns to switch to Unicode).
import type { Finding } from "../findings.js";
import type { RawSubmission, SheetCell } from "../raw-submission.js";
import { finding } from "./finding.js";

export function checkLegacyText(raw: RawSubmission): Finding[] {
  const cells: SheetCell[] = [
    ...Object.values(raw.info.values),
    ...[raw.indicators, raw.incidents, raw.assessment].flatMap((table) =>
      table.rows.flatMap((row) => Object.values(row.cells) as SheetCell[]),
    ),
  ];
  return cells
    .filter((cell) => cell.value.kind === "text" && cell.value.legacy !== null)
    .map((cell) => {
      const value = cell.value as Extract<SheetCell["value"], { kind: "text" }>;
      return finding("warning", "text/legacy-encoding", cell, { encoding: value.legacy === "vni" ? "VNI" : "TCVN3", original: value.original });
    });
}
