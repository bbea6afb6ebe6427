// `baocao status --period P`: who has submitted, who is missing, who was rejected, who was late.
import { join } from "node:path";
import { parseIsoDate, toIsoDate } from "../../../domain/calendar-date.js";
import type { CalendarDate } from "../../../domain/calendar-date.js";
import { dataWindow, periodCode, periodLabel, submissionDeadline } from "../../../domain/period/index.js";
import type { Lang } from "../../../messages/index.js";
import { messages } from "../../../messages/index.js";
import { readLedger, unitStatuses } from "../../../store/index.js";
import type { StatusReport } from "../../../store/index.js";
import { formatShortDate } from "../../../vn/dates.js";
import { readWorkspace, resolveWorkspaceDir } from "../../../workspace/read.js";
import type { Output } from "../../output.js";
import { parsePeriodOption } from "../validate/index.js";

export interface StatusOptions {
  cwd: string;
  workspace?: string;
  period: string;
  lang: Lang;
}

export interface StatusResult extends StatusReport {
  label: string;
  names: Record<string, string>;
}

export function status(options: StatusOptions): StatusResult {
  const period = parsePeriodOption(options.period)!;
  const workspace = readWorkspace(resolveWorkspaceDir(options.workspace, options.cwd));
  const { config } = workspace;
  const holidays = config.periods.holidays.map(parseIsoDate).filter((d): d is CalendarDate => d !== null);
  const deadline = submissionDeadline(dataWindow(period, config.periods.rule), { ...config.periods.deadline, holidays });
  const ledger = readLedger(join(workspace.dir, "store"));
  const report = unitStatuses(ledger.entries, periodCode(period), config.units.map((unit) => unit.code), toIsoDate(deadline));
  return { ...report, label: periodLabel(period), names: Object.fromEntries(config.units.map((unit) => [unit.code, unit.name])) };
}

export function printStatus(result: StatusResult, output: Output): void {
  if (output.settings.json) {
    const { names: _names, ...json } = result;
    output.json(json);
    return;
  }
  const m = messages(output.settings.lang).status;
  const { out } = output;
  const lines = [out.bold(m.title({ label: result.label, deadline: result.deadline ? formatShortDate(parseIsoDate(result.deadline)!) : "—" }))];
  const colour = { accepted: out.green, "accepted-with-warnings": out.green, rejected: out.red, missing: out.yellow } as const;
  for (const row of [...result.rows, ...result.unexpected]) {
    const name = result.names[row.unit] ?? m.unexpected;
    const state = colour[row.status](m.states[row.status] ?? row.status);
    const when = row.received ? formatReceived(row.received) : "";
    const notes = [
      row.late ? out.yellow(m.late) : "",
      row.laterRejected ? out.red(m.laterRejected) : "",
      row.errors + row.warnings > 0 ? m.findings({ errors: row.errors, warnings: row.warnings }) : "",
    ].filter(Boolean);
    lines.push(`  ${row.unit.padEnd(15)} ${name.padEnd(38)} ${state.padEnd(22)} ${when.padEnd(17)} ${row.file ?? ""}${notes.length ? `  (${notes.join("; ")})` : ""}`);
  }
  const t = result.totals;
  lines.push("", m.totals({ expected: t.expected, accepted: t.accepted + t.acceptedWithWarnings, rejected: t.rejected, missing: t.missing, late: t.late }));
  output.result(lines.join("\n"));
}

/** "03/07/2023 09:15" in Vietnam time. */
function formatReceived(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(shifted.getUTCDate())}/${pad(shifted.getUTCMonth() + 1)}/${shifted.getUTCFullYear()} ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}
