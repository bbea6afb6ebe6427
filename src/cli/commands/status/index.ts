// `baocao status --period P`: who has submitted, who is missing, who was rejected, who was late
// (src/app/status.ts).
import { parseIsoDate } from "../../../domain/calendar-date.js";
import { status as unitStatus } from "../../../app/status.js";
import type { StatusResult } from "../../../app/status.js";
import type { Lang } from "../../../messages/index.js";
import { messages } from "../../../messages/index.js";
import { formatShortDate } from "../../../vn/dates.js";
import type { Output } from "../../output.js";
import { loadWorkspace, requirePeriodOption } from "../../options.js";
import { padEnd, shorten, widest } from "../../table.js";

export interface StatusOptions {
  cwd: string;
  workspace?: string;
  period: string;
  lang: Lang;
}

export type { StatusResult };

export async function status(options: StatusOptions): Promise<StatusResult> {
  const period = requirePeriodOption(options.period);
  return unitStatus(await loadWorkspace(options.workspace, options.cwd), period);
}

export function printStatus(result: StatusResult, output: Output): void {
  if (output.settings.json) {
    const { names: _names, ...json } = result;
    output.json(json);
    return;
  }
  const m = messages(output.settings.lang).status;
  const r = messages(output.settings.lang).review;
  const { out } = output;
  const lines = [
    out.bold(
      m.title({
        label: result.label,
        deadline: result.deadline ? formatShortDate(parseIsoDate(result.deadline)!) : "—",
      }),
    ),
  ];
  const colour = {
    accepted: out.green,
    "accepted-with-warnings": out.green,
    rejected: out.red,
    missing: out.yellow,
  } as const;
  const rows = [...result.rows, ...result.unexpected].map((row) => {
    const notes = [
      row.late ? out.yellow(m.late) : "",
      row.laterRejected ? out.red(m.laterRejected) : "",
      row.errors + row.warnings > 0 ? m.findings({ errors: row.errors, warnings: row.warnings }) : "",
      row.review ? (row.review.action === "accept" ? r.statusAccepted : r.statusRejected)({ ...row.review }) : "",
    ].filter(Boolean);
    return {
      unit: row.unit,
      name: result.names[row.unit] ?? m.unexpected,
      state: colour[row.status](m.states[row.status] ?? row.status),
      when: row.received ? formatReceived(row.received) : "",
      rest: `${row.file ?? ""}${notes.length ? `  (${notes.join("; ")})` : ""}`,
    };
  });
  // Columns as wide as their widest entry on screen (colour codes and Vietnamese marks take no column).
  const width = {
    unit: widest(rows.map((row) => row.unit)),
    name: Math.min(48, widest(rows.map((row) => row.name))),
    state: widest(rows.map((row) => row.state)),
    when: widest(rows.map((row) => row.when)),
  };
  for (const row of rows) {
    const cells = [
      padEnd(row.unit, width.unit),
      padEnd(shorten(row.name, width.name), width.name),
      padEnd(row.state, width.state),
      padEnd(row.when, width.when),
      row.rest,
    ];
    lines.push(`  ${cells.join("  ")}`.trimEnd());
  }
  const t = result.totals;
  if (result.lock !== null)
    lines.push("", r.statusLocked({ by: result.lock.by, time: formatReceived(result.lock.time) }));
  lines.push(
    "",
    m.totals({
      expected: t.expected,
      accepted: t.accepted + t.acceptedWithWarnings,
      rejected: t.rejected,
      missing: t.missing,
      late: t.late,
    }),
  );
  output.result(lines.join("\n"));
}

/** "03/07/2023 09:15" in Vietnam time. */
function formatReceived(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(shifted.getUTCDate())}/${pad(shifted.getUTCMonth() + 1)}/${shifted.getUTCFullYear()} ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}
