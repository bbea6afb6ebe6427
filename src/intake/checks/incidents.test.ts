// The duplicate-incident check (grouped by date, place, field and behaviour, texts folded within a group)
// against the rule it stands for: one key of all eight parts, texts folded, the first row with that key.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INCIDENT_HEADERS } from "../../domain/form-contract.js";
import type { IncidentColumn } from "../../domain/form-contract.js";
import { foldForCompare } from "../../vn/normalize.js";
import { context } from "../../../test/helpers/sample.js";
import type { CellValue } from "../cell-value.js";
import type { RawRow, RawSubmission, SheetCell } from "../raw-submission.js";
import type { Incident } from "../submission.js";
import { checkIncidents } from "./incidents.js";

const COLUMNS = Object.keys(INCIDENT_HEADERS) as IncidentColumn[];
const text = (t: string): CellValue => ({ kind: "text", text: t, legacy: null, original: t });

function raw(rows: Partial<Record<IncidentColumn, CellValue>>[]): RawSubmission {
  const sheet = "Vụ việc";
  const tableRows: RawRow<IncidentColumn>[] = rows.map((values, i) => {
    const cells: Partial<Record<IncidentColumn, SheetCell>> = {};
    COLUMNS.forEach((key, c) => {
      cells[key] = {
        ref: { sheet, cell: `${String.fromCharCode(65 + c)}${i + 2}`, row: i + 2, column: INCIDENT_HEADERS[key] },
        value: values[key] ?? { kind: "empty" },
      };
    });
    return { row: i + 2, cells };
  });
  const columns = Object.fromEntries(COLUMNS.map((key, c) => [key, c + 1]));
  const empty = { sheet: null, headerRow: 1, columns: {}, rows: [] };
  return {
    info: { sheet: null, values: {} },
    indicators: empty,
    incidents: { sheet, headerRow: 1, columns, rows: tableRows },
    assessment: empty,
    meta: null,
  };
}

/** The rule as it was written: JSON of the eight parts, the first row with the same key. */
function expectedDuplicates(incidents: readonly Incident[]): [number, number][] {
  const seen = new Map<string, number>();
  const found: [number, number][] = [];
  for (const incident of incidents) {
    const key = JSON.stringify([
      incident.detectedOn,
      incident.area,
      incident.field,
      incident.behavior,
      foldForCompare(incident.description ?? ""),
      incident.damage,
      incident.fine,
      foldForCompare(incident.decision ?? ""),
    ]);
    const first = seen.get(key);
    if (first !== undefined) found.push([incident.row, first]);
    else seen.set(key, incident.row);
  }
  return found;
}

const { config } = context;
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const row = fc.record({
  detectedOn: fc.oneof(
    pick(["05/03/2023", "hôm qua"]).map(text),
    pick<CellValue>([
      { kind: "number", value: 44990 },
      { kind: "date", date: { year: 2023, month: 0, day: 45 } },
      { kind: "date", date: { year: 2023, month: 1, day: 13 } },
      { kind: "empty" },
    ]),
  ),
  area: pick([config.areas[0]!.name, config.areas[0]!.code, "Nơi khác"]).map(text),
  field: pick(config.codeLists.fields.slice(0, 2)).map(text),
  behavior: pick(config.codeLists.behaviors.slice(0, 1)).map(text),
  description: pick(["Lừa đảo qua mạng", "LỪA ĐẢO  QUA MẠNG", "Khác"]).map(text),
  damage: pick<CellValue>([{ kind: "number", value: 1000 }, { kind: "empty" }]),
  fine: pick<CellValue>([{ kind: "empty" }, text("1.000"), { kind: "number", value: 1000 }]),
  decision: pick(["", "12/QĐ", "12/qđ"]).map((t) => (t === "" ? ({ kind: "empty" } as const) : text(t))),
});

describe("checkIncidents: duplicates", () => {
  it("finds the rows the eight-part key finds, each with the first row like it (property)", () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(row, { minLength: 10, maxLength: 40 }), (rows) => {
        const { incidents, findings } = checkIncidents(raw(rows), null, context);
        const duplicates = findings
          .filter((f) => f.code === "incident/duplicate")
          .map((f) => [f.row!, f.params.first as number]);
        expect(duplicates).toEqual(expectedDuplicates(incidents));
        found += duplicates.length;
      }),
      { numRuns: 300 },
    );
    // The rows are alike enough that many are repeats.
    expect(found).toBeGreaterThan(200);
  });
});
