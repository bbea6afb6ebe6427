// `baocao doctor`: is the workspace valid, and can this machine produce every output?
import { WorkspaceConfigError } from "../../../errors.js";
import type { CalendarDate } from "../../../domain/calendar-date.js";
import { parseIsoDate, toIsoDate, vietnamDateOf } from "../../../domain/calendar-date.js";
import { countUnitsByKind } from "../../../domain/catalogue.js";
import { dataWindow, isInWindow, periodCode, periodLabel, submissionDeadline } from "../../../domain/period/index.js";
import type { Period } from "../../../domain/period/index.js";
import { checkMachine } from "../../../machine/check.js";
import type { MachineReport } from "../../../machine/check.js";
import { messages } from "../../../messages/index.js";
import { formatShortDate } from "../../../vn/index.js";
import { formatConfigIssue } from "../../../workspace/format-issue.js";
import { readWorkspace, resolveWorkspaceDir } from "../../../workspace/read.js";
import type { WorkspaceConfig } from "../../../domain/workspace-config.js";
import type { Output } from "../../output.js";

export interface DoctorOptions {
  cwd: string;
  workspace?: string;
  /** Today, for the example period; the clock is read only here. */
  today?: CalendarDate;
  machine?: () => MachineReport;
}

export type WorkspaceReport =
  | { valid: false; dir: string; issues: { file: string | null; line: number | null; path: string; message: { vi: string; en: string } }[] }
  | {
      valid: true;
      dir: string;
      files: string[];
      province: string;
      units: { total: number; byKind: Record<string, number> };
      areas: number;
      indicators: { total: number; groups: number };
      rules: number;
      issuers: { id: string; name: string; signers: number }[];
      periods: {
        rule: string;
        deadline: { days: number; workingDays: boolean };
        example: { period: string; label: string; from: string; to: string; deadline: string };
      };
    };

export interface DoctorResult {
  workspace: WorkspaceReport;
  machine: MachineReport;
}

export async function doctor(options: DoctorOptions): Promise<DoctorResult> {
  const dir = resolveWorkspaceDir(options.workspace, options.cwd);
  const machine = (options.machine ?? checkMachine)();
  try {
    const workspace = readWorkspace(dir);
    const today = options.today ?? vietnamDateOf(new Date());
    return { workspace: summarize(dir, workspace.files, workspace.config, today), machine };
  } catch (error) {
    if (!(error instanceof WorkspaceConfigError)) throw error;
    const issues = error.issues.map((issue) => ({
      file: issue.file ?? null,
      line: issue.line ?? null,
      path: issue.path.join("."),
      message: { vi: formatConfigIssue(issue, "vi"), en: formatConfigIssue(issue, "en") },
    }));
    return { workspace: { valid: false, dir, issues }, machine };
  }
}

function summarize(dir: string, files: readonly string[], config: WorkspaceConfig, today: CalendarDate): WorkspaceReport {
  // The half-year the clerk is most likely working on: the one whose data window holds today.
  const candidates: Period[] = [
    { kind: "half", year: today.year, half: 1 },
    { kind: "half", year: today.year, half: 2 },
    { kind: "half", year: today.year + 1, half: 1 },
  ];
  const example = candidates.find((p) => isInWindow(today, dataWindow(p, config.periods.rule))) ?? candidates[0]!;
  const window = dataWindow(example, config.periods.rule);
  const holidays = config.periods.holidays.map((text) => parseIsoDate(text)).filter((d): d is CalendarDate => d !== null);
  const deadline = submissionDeadline(window, { ...config.periods.deadline, holidays });
  return {
    valid: true,
    dir,
    files: [...files],
    province: config.organisation.province,
    units: { total: config.units.length, byKind: countUnitsByKind(config.units) },
    areas: config.areas.length,
    indicators: { total: config.indicators.length, groups: config.indicatorGroups.length },
    rules: config.rules.length,
    issuers: Object.entries(config.issuers).map(([id, issuer]) => ({ id, name: issuer.name, signers: issuer.signers.length })),
    periods: {
      rule: config.periods.rule,
      deadline: config.periods.deadline,
      example: {
        period: periodCode(example),
        label: periodLabel(example),
        from: toIsoDate(window.from),
        to: toIsoDate(window.to),
        deadline: toIsoDate(deadline),
      },
    },
  };
}

export function printDoctor(result: DoctorResult, output: Output): void {
  if (output.settings.json) {
    output.json(result);
    return;
  }
  const lang = output.settings.lang;
  const m = messages(lang).doctor;
  const { out } = output;
  const row = (label: string, value: string, ok = true) =>
    `  ${ok ? out.green("✔") : out.yellow("!")} ${label.padEnd(26)} ${value}`;
  const lines: string[] = [out.bold(m.workspaceTitle)];
  const w = result.workspace;
  if (!w.valid) {
    output.error(`${output.err.red.bold(`${messages(lang).cli.errorPrefix}:`)} ${messages(lang).config.invalid({ file: "baocao.yaml", count: w.issues.length })}`);
    for (const issue of w.issues) output.error(`  ${issue.message[lang]}`);
  } else {
    const date = (iso: string) => formatShortDate(parseIsoDate(iso)!);
    const kinds = Object.entries(w.units.byKind)
      .filter(([, count]) => count > 0)
      .map(([kind, count]) => `${count} ${m.kinds[kind] ?? kind}`)
      .join(", ");
    lines.push(
      row(m.path, w.dir),
      row(m.organisation, w.province),
      row(m.units, m.unitsByKind({ total: w.units.total, detail: kinds })),
      row(m.areas, String(w.areas)),
      row(m.indicators, m.indicatorsDetail({ total: w.indicators.total, groups: w.indicators.groups })),
      row(m.rules, String(w.rules)),
      row(m.issuers, w.issuers.map((issuer) => issuer.name).join("; ")),
      row(m.periodRule, m.periodRules[w.periods.rule] ?? w.periods.rule),
      row("", m.deadline({ days: w.periods.deadline.days, working: String(w.periods.deadline.workingDays) })),
      row("", m.example({ label: w.periods.example.label, from: date(w.periods.example.from), to: date(w.periods.example.to), deadline: date(w.periods.example.deadline) })),
    );
  }
  const machine = result.machine;
  lines.push("", out.bold(m.machineTitle));
  lines.push(row(m.node, machine.node.ok ? m.nodeOk({ version: machine.node.version }) : m.nodeOld({ version: machine.node.version }), machine.node.ok));
  lines.push(row(m.libreoffice, machine.libreoffice.version ?? m.libreofficeMissing, machine.libreoffice.found));
  const font = !machine.font.checked
    ? m.fontUnknown
    : machine.font.name === null
      ? m.fontMissing
      : machine.font.metricCompatible
        ? m.fontMetric({ name: machine.font.name })
        : m.fontFound({ name: machine.font.name });
  lines.push(row(m.font, font, machine.font.found));
  if (w.valid) lines.push("", out.green(m.ok));
  output.result(lines.join("\n"));
}
