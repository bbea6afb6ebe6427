// `baocao status --history [--from P] [--to P]`: units × periods, on time / late N days / rejected /
// missing, with each unit's on-time rate and each period's completeness (src/app/status-history.ts).
// The table fits the terminal: when the periods do not all fit, the newest are shown and the rest named.
import { statusHistory as historyOfWorkspace } from "../../../app/status-history.js";
import type { StatusHistoryResult } from "../../../app/status-history.js";
import { parseIsoDate } from "../../../domain/calendar-date.js";
import { messages } from "../../../messages/index.js";
import type { HistoryCell } from "../../../store/index.js";
import { formatShortDate } from "../../../vn/dates.js";
import type { Output } from "../../output.js";
import { loadWorkspace, parsePeriodOption } from "../../options.js";
import { padEnd, padStart, shorten, widest } from "../../table.js";

export interface StatusHistoryOptions {
  cwd: string;
  workspace?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export async function statusHistory(options: StatusHistoryOptions): Promise<StatusHistoryResult> {
  const from = parsePeriodOption(options.from) ?? undefined;
  const to = parsePeriodOption(options.to) ?? undefined;
  return historyOfWorkspace(await loadWorkspace(options.workspace, options.cwd), { from, to });
}

/** "2/3 (67%)", or "—" over nothing. */
export function rateText(part: number, whole: number): string {
  return whole === 0 ? "—" : `${part}/${whole} (${Math.round((100 * part) / whole)}%)`;
}

const GAP = 2;
const MIN_NAME = 12;
const MAX_NAME = 30;

export function printStatusHistory(result: StatusHistoryResult, output: Output): void {
  if (output.settings.json) {
    const { names: _names, labels: _labels, ...json } = result;
    output.json(json);
    return;
  }
  const m = messages(output.settings.lang).status.history;
  const { out } = output;
  if (result.periods.length === 0) {
    output.result(m.empty);
    return;
  }
  const cellText = (cell: HistoryCell) => {
    const text = cell.state === "late" ? m.late({ days: cell.daysLate }) : (m.states[cell.state] ?? cell.state);
    const colour = { "on-time": out.green, late: out.yellow, rejected: out.red, missing: out.red }[cell.state];
    return colour(text);
  };
  const periods = result.periods.map((period, p) => {
    const cells = result.units.map((unit) => cellText(unit.cells[p]!));
    const completeness = rateText(period.received, period.expected);
    const onTime = rateText(period.onTime, period.expected);
    const deadline = formatShortDate(parseIsoDate(period.deadline)!);
    const width = widest([period.code, ...cells, deadline, completeness, onTime]);
    return { period, cells, deadline, completeness, onTime, width };
  });
  const rates = result.units.map((unit) => rateText(unit.onTime, unit.cells.length));
  const codeWidth = widest([m.unit, ...result.units.map((unit) => unit.unit), m.deadline, m.completeness, m.onTime]);
  const rateWidth = widest([m.unitRate, ...rates]);
  const names = result.units.map((unit) => result.names[unit.unit] ?? "");
  const fullName = Math.min(MAX_NAME, widest([m.name, ...names]));

  // The newest periods that fit beside the unit's code, its name (shortened down to MIN_NAME) and its rate.
  const fixed = (nameWidth: number) => GAP + codeWidth + GAP + nameWidth + GAP + rateWidth;
  const fitting = (nameWidth: number) => {
    let used = fixed(nameWidth);
    let count = 0;
    for (let p = periods.length - 1; p >= 0; p -= 1) {
      used += periods[p]!.width + GAP;
      if (used > output.columns) break;
      count += 1;
    }
    return count;
  };
  let nameWidth = fullName;
  while (nameWidth > MIN_NAME && fitting(nameWidth) < periods.length) nameWidth -= 1;
  const shown = periods.slice(periods.length - Math.max(1, fitting(nameWidth)));
  const hidden = periods.length - shown.length;

  const line = (code: string, name: string, cells: readonly string[], rate: string) =>
    [
      "",
      padEnd(code, codeWidth),
      padEnd(shorten(name, nameWidth), nameWidth),
      ...cells.map((cell, index) => padEnd(cell, shown[index]!.width)),
      padStart(rate, rateWidth),
    ]
      .join(" ".repeat(GAP))
      .trimEnd();
  const first = result.periods[0]!.code;
  const last = result.periods.at(-1)!.code;
  const lines = [
    out.bold(m.title({ count: result.periods.length, first, last })),
    out.bold(
      line(
        m.unit,
        m.name,
        shown.map((column) => column.period.code),
        m.unitRate,
      ),
    ),
  ];
  result.units.forEach((unit, u) => {
    lines.push(
      line(
        unit.unit,
        names[u]!,
        shown.map((column) => column.cells[u]!),
        rates[u]!,
      ),
    );
  });
  lines.push(
    line(
      m.deadline,
      "",
      shown.map((column) => column.deadline),
      "",
    ),
    line(
      m.completeness,
      "",
      shown.map((column) => column.completeness),
      "",
    ),
    line(
      m.onTime,
      "",
      shown.map((column) => column.onTime),
      "",
    ),
  );
  if (hidden > 0) lines.push("", m.hidden({ count: hidden, first }));
  lines.push("", ...m.legend);
  output.result(lines.join("\n"));
}
