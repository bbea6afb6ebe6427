// Sheet `Vụ việc`: the incident log. Dates inside the period's data window and never in the future,
// values from the workspace's lists, money as whole đồng, no row entered twice.
import { compareDates } from "../../domain/calendar-date.js";
import type { DateWindow } from "../../domain/period/index.js";
import { INCIDENT_HEADERS, SHEETS } from "../../domain/form-contract.js";
import type { IncidentColumn } from "../../domain/form-contract.js";
import { formatShortDate } from "../../vn/dates.js";
import { foldForCompare } from "../../vn/normalize.js";
import type { Finding } from "../../domain/findings.js";
import { asDate, asText } from "../interpret.js";
import type { RawRow, RawSubmission, SheetCell } from "../raw-submission.js";
import type { Incident } from "../submission.js";
import { readAmount } from "./amount.js";
import { codeList } from "./code-list.js";
import type { CodeList } from "./code-list.js";
import type { CheckContext } from "./context.js";
import { finding } from "./finding.js";

const REQUIRED_HEADERS: readonly IncidentColumn[] = [
  "detectedOn",
  "area",
  "field",
  "behavior",
  "handling",
  "damage",
  "fine",
];

export function checkIncidents(
  raw: RawSubmission,
  window: DateWindow | null,
  context: CheckContext,
): { incidents: Incident[]; findings: Finding[] } {
  const table = raw.incidents;
  if (table.sheet === null) {
    return {
      incidents: [],
      findings: [finding("error", "sheet/missing", { sheet: SHEETS.incidents }, { name: SHEETS.incidents })],
    };
  }
  const findings: Finding[] = [];
  for (const key of REQUIRED_HEADERS) {
    if (table.columns[key] === undefined) {
      findings.push(
        finding(
          "error",
          "header/missing",
          { sheet: table.sheet, row: table.headerRow },
          { header: INCIDENT_HEADERS[key] },
        ),
      );
    }
  }
  if (findings.length > 0) return { incidents: [], findings };

  const { config } = context;
  const lists = {
    area: codeList(
      INCIDENT_HEADERS.area,
      config.areas.map((area) => ({
        value: area.name,
        aliases: [area.code, ...(area.type ? [`${area.type} ${area.name}`] : [])],
      })),
    ),
    field: codeList(
      INCIDENT_HEADERS.field,
      config.codeLists.fields.map((value) => ({ value })),
    ),
    behavior: codeList(
      INCIDENT_HEADERS.behavior,
      config.codeLists.behaviors.map((value) => ({ value })),
    ),
    handling: codeList(
      INCIDENT_HEADERS.handling,
      config.codeLists.handling.map((value) => ({ value })),
    ),
  };
  const areaCodes = new Map(config.areas.map((area) => [area.name, area.code]));

  const incidents: Incident[] = [];
  const seen = new Map<string, Seen[]>();
  for (const row of table.rows) {
    const rowFindings: Finding[] = [];
    const text = (key: IncidentColumn) => {
      const cell = row.cells[key];
      return cell === undefined ? null : asText(cell.value);
    };
    const listValue = (key: "area" | "field" | "behavior" | "handling", required: boolean) =>
      readListValue(row, key, lists[key], required, rowFindings);

    const detectedOn = readIncidentDate(row.cells.detectedOn, window, context, rowFindings);
    const area = listValue("area", true);
    const field = listValue("field", true);
    const behavior = listValue("behavior", true);
    const handling = listValue("handling", false);
    const damage = readAmount(row.cells.damage, { type: "money", required: false });
    const fine = readAmount(row.cells.fine, { type: "money", required: false });
    rowFindings.push(...damage.findings, ...fine.findings);

    const incident: Incident = {
      row: row.row,
      detectedOn,
      area,
      areaCode: area === null ? null : (areaCodes.get(area) ?? null),
      field,
      behavior,
      description: text("description"),
      damage: damage.value,
      handling,
      fine: fine.value,
      decision: text("decision"),
      note: text("note"),
      sheet: table.sheet,
    };
    const first = firstSame(seen, incident);
    if (first !== undefined) {
      rowFindings.push(finding("warning", "incident/duplicate", { sheet: table.sheet, row: row.row }, { first }));
    }
    findings.push(...rowFindings);
    incidents.push(incident);
  }
  return { incidents, findings };
}

function readIncidentDate(
  cell: SheetCell | undefined,
  window: DateWindow | null,
  context: CheckContext,
  findings: Finding[],
) {
  if (cell === undefined) return null;
  const read = asDate(cell.value);
  if (!read.ok) {
    findings.push(finding("error", "date/unreadable", cell));
    return null;
  }
  if (read.value === null) {
    findings.push(finding("error", "value/required", cell));
    return null;
  }
  const date = read.value;
  if (compareDates(date, context.today) > 0) {
    findings.push(
      finding("error", "date/future", cell, { date: formatShortDate(date), today: formatShortDate(context.today) }),
    );
  } else if (window !== null && (compareDates(date, window.from) < 0 || compareDates(date, window.to) > 0)) {
    findings.push(
      finding("warning", "date/outside-window", cell, {
        date: formatShortDate(date),
        from: formatShortDate(window.from),
        to: formatShortDate(window.to),
      }),
    );
  }
  return date;
}

function readListValue(
  row: RawRow<IncidentColumn>,
  key: "area" | "field" | "behavior" | "handling",
  list: CodeList,
  required: boolean,
  findings: Finding[],
): string | null {
  const cell = row.cells[key];
  const written = cell === undefined ? null : asText(cell.value);
  if (written === null) {
    if (required && cell !== undefined) findings.push(finding("error", "value/required", cell));
    return null;
  }
  const value = list.lookup(written);
  if (value === null) {
    const suggestion = list.closest(written);
    findings.push(
      finding("error", "list/unknown-value", cell!, {
        list: list.name,
        ...(suggestion === null ? {} : { suggestion }),
      }),
    );
  }
  return value;
}

/** An earlier row that is the same incident (below), not yet itself a repeat; or, alone, its key's first. */
interface Seen {
  readonly row: number;
  readonly description: string | null;
  readonly decision: string | null;
  /** The description and decision folded, once a later row's other parts match. */
  folded?: readonly [string, string];
}

/**
 * Two rows with the same date, place, field, behaviour, description and amounts are one incident twice:
 * the row of the first, or undefined (then `incident` is remembered). Why in two steps: folding every
 * row's description (accents, case, spaces) took more time than the rest of the check, while rows whose
 * date, place, field, behaviour and amounts all match an earlier one's are few; so rows are grouped by
 * those, and the texts are folded only within a group of two or more.
 */
function firstSame(seen: Map<string, Seen[]>, incident: Incident): number | undefined {
  const key = groupKey(incident);
  const group = seen.get(key);
  if (group === undefined) {
    seen.set(key, [{ row: incident.row, description: incident.description, decision: incident.decision }]);
    return undefined;
  }
  const folded = [foldForCompare(incident.description ?? ""), foldForCompare(incident.decision ?? "")] as const;
  for (const earlier of group) {
    earlier.folded ??= [foldForCompare(earlier.description ?? ""), foldForCompare(earlier.decision ?? "")];
    if (earlier.folded[0] === folded[0] && earlier.folded[1] === folded[1]) return earlier.row;
  }
  group.push({ row: incident.row, description: incident.description, decision: incident.decision, folded });
  return undefined;
}

/** Date, place, field, behaviour and amounts as one string, different for different ones (texts by length). */
function groupKey(incident: Incident): string {
  const date = incident.detectedOn;
  const text = (value: string | null) => (value === null ? "-" : `${value.length}:${value}`);
  return `${date === null ? "-" : `${date.year}-${date.month}-${date.day}`}|${text(incident.area)}|${text(
    incident.field,
  )}|${text(incident.behavior)}|${incident.damage ?? "-"}|${incident.fine ?? "-"}`;
}
