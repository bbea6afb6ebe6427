// Sheet `Vụ việc`: the incident log. Dates inside the period's data window and never in the future,
// values from the workspace's lists, money as whole đồng, no row entered twice.
import { toDayNumber } from "../../domain/calendar-date.js";
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
  const seen: DuplicateIndex = { groups: new Map(), ids: new Map() };
  // The day numbers the dates are compared with, once (not for each row).
  const days: Days = {
    today: toDayNumber(context.today),
    from: window === null ? null : toDayNumber(window.from),
    to: window === null ? null : toDayNumber(window.to),
  };
  const money = { type: "money", required: false } as const;
  // Plain loop, each row's findings straight into `findings` (in the same order): no array, closures or
  // spreads per row.
  for (const row of table.rows) {
    const { cells } = row;
    const detectedOn = readIncidentDate(cells.detectedOn, window, days, context, findings);
    const area = readListValue(row, "area", lists.area, true, findings);
    const field = readListValue(row, "field", lists.field, true, findings);
    const behavior = readListValue(row, "behavior", lists.behavior, true, findings);
    const handling = readListValue(row, "handling", lists.handling, false, findings);
    const damage = readAmount(cells.damage, money);
    const fine = readAmount(cells.fine, money);
    for (const found of damage.findings) findings.push(found);
    for (const found of fine.findings) findings.push(found);

    const incident: Incident = {
      row: row.row,
      detectedOn,
      area,
      areaCode: area === null ? null : (areaCodes.get(area) ?? null),
      field,
      behavior,
      description: cellText(cells.description),
      damage: damage.value,
      handling,
      fine: fine.value,
      decision: cellText(cells.decision),
      note: cellText(cells.note),
      sheet: table.sheet,
    };
    const first = firstSame(seen, incident);
    if (first !== undefined) {
      findings.push(finding("warning", "incident/duplicate", { sheet: table.sheet, row: row.row }, { first }));
    }
    incidents.push(incident);
  }
  return { incidents, findings };
}

/** Day numbers (toDayNumber) of today and of the data window's ends. */
interface Days {
  readonly today: number;
  readonly from: number | null;
  readonly to: number | null;
}

function cellText(cell: SheetCell | undefined): string | null {
  return cell === undefined ? null : asText(cell.value);
}

function readIncidentDate(
  cell: SheetCell | undefined,
  window: DateWindow | null,
  days: Days,
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
  // compareDates, with the day numbers of today and the window made once.
  const day = toDayNumber(date);
  if (day > days.today) {
    findings.push(
      finding("error", "date/future", cell, { date: formatShortDate(date), today: formatShortDate(context.today) }),
    );
  } else if (window !== null && (day < days.from! || day > days.to!)) {
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

/**
 * The rows of one date, place, field and behaviour: the first alone (its texts not folded: most groups
 * keep one row), then, from the second on, every row by the rest of its key (rest()).
 */
interface Group {
  first: Incident | null;
  byRest: Map<string, number> | null;
}

/** Rows grouped by date, place, field and behaviour (groupKey); each value of those by a number. */
interface DuplicateIndex {
  readonly groups: Map<number | string, Group>;
  readonly ids: Map<string, number>;
}

/**
 * Two rows with the same date, place, field, behaviour, description and amounts are one incident twice:
 * the row of the first, or undefined (then `incident` is remembered). Why in two steps: folding every
 * row's description (accents, case, spaces) and making a key of all of it took more time than the rest of
 * the check, while rows whose date, place, field and behaviour match an earlier one's are few; so rows are
 * grouped by those (a number: no string made per row), and the amounts and folded texts make a key only
 * within a group of two or more (looked up, never compared row by row: a sheet of 20,000 rows that differ
 * only in their description is one group).
 */
function firstSame(index: DuplicateIndex, incident: Incident): number | undefined {
  const key = groupKey(index.ids, incident);
  const group = index.groups.get(key);
  if (group === undefined) {
    index.groups.set(key, { first: incident, byRest: null });
    return undefined;
  }
  if (group.byRest === null) {
    group.byRest = new Map([[rest(group.first!), group.first!.row]]);
    group.first = null;
  }
  const restKey = rest(incident);
  const first = group.byRest.get(restKey);
  if (first !== undefined) return first;
  group.byRest.set(restKey, incident.row);
  return undefined;
}

/** Amounts, description and decision (folded) as one string, different for different ones. */
function rest(incident: Incident): string {
  const description = foldForCompare(incident.description ?? "");
  return `${incident.damage ?? "-"}|${incident.fine ?? "-"}|${description.length}:${description}|${foldForCompare(
    incident.decision ?? "",
  )}`;
}

/**
 * Date, place, field and behaviour as one number (different for different ones): the date's day, then
 * each text by the order it was first seen in; a string in the unlikely case that does not fit 53 bits.
 */
function groupKey(ids: Map<string, number>, incident: Incident): number | string {
  const id = (text: string | null): number => {
    if (text === null) return 0;
    let known = ids.get(text);
    if (known === undefined) ids.set(text, (known = ids.size + 1));
    return known;
  };
  const date = incident.detectedOn;
  const [area, field, behavior] = [id(incident.area), id(incident.field), id(incident.behavior)];
  // 1..~5.1 million for a date of years 0..9999 (0: no date); a cell of t="d" may hold any month and day.
  const plain =
    date === null ||
    (date.year >= 0 && date.year <= 9999 && date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31);
  if (plain && area < 1024 && field < 1024 && behavior < 1024) {
    const day = date === null ? 0 : (date.year * 16 + date.month) * 32 + date.day;
    return ((day * 1024 + area) * 1024 + field) * 1024 + behavior;
  }
  return `${date === null ? "-" : `${date.year}-${date.month}-${date.day}`}|${area}|${field}|${behavior}`;
}
