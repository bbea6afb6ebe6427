// The doctor use case: is the workspace valid, and can this machine produce every output?
import { WorkspaceConfigError } from "../workspace/config-error.js";
import type { CalendarDate } from "../domain/calendar-date.js";
import { toIsoDate } from "../domain/calendar-date.js";
import { countUnitsByKind } from "../domain/catalogue.js";
import { dataWindow, isInWindow } from "../domain/period/index.js";
import { periodContext } from "../domain/period/period-context.js";
import type { Period } from "../domain/period/index.js";
import { checkMachine } from "../machine/check.js";
import type { MachineReport } from "../machine/check.js";
import { formatConfigIssue } from "../workspace/format-issue.js";
import { readWorkspace } from "../workspace/read.js";
import type { WorkspaceConfig } from "../workspace/schema.js";

export interface DoctorOptions {
  /** Today, for the example period. */
  today: CalendarDate;
  /** The machine's checks (tests give their own). */
  machine?: () => MachineReport;
}

export type WorkspaceReport =
  | {
      valid: false;
      dir: string;
      issues: { file: string | null; line: number | null; path: string; message: { vi: string; en: string } }[];
    }
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

/** `dir`: the workspace folder (found, not yet read: an invalid configuration is reported, not thrown). */
export function doctor(dir: string, options: DoctorOptions): DoctorResult {
  const machine = (options.machine ?? checkMachine)();
  try {
    const workspace = readWorkspace(dir);
    return { workspace: summarize(dir, workspace.files, workspace.config, options.today), machine };
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

function summarize(
  dir: string,
  files: readonly string[],
  config: WorkspaceConfig,
  today: CalendarDate,
): WorkspaceReport {
  // The half-year the clerk is most likely working on: the one whose data window holds today.
  const candidates: Period[] = [
    { kind: "half", year: today.year, half: 1 },
    { kind: "half", year: today.year, half: 2 },
    { kind: "half", year: today.year + 1, half: 1 },
  ];
  const example = candidates.find((p) => isInWindow(today, dataWindow(p, config.periods.rule))) ?? candidates[0]!;
  const { code, label, window, deadline } = periodContext(config, example);
  return {
    valid: true,
    dir,
    files: [...files],
    province: config.organisation.province,
    units: { total: config.units.length, byKind: countUnitsByKind(config.units) },
    areas: config.areas.length,
    indicators: { total: config.indicators.length, groups: config.indicatorGroups.length },
    rules: config.rules.length,
    issuers: Object.entries(config.issuers).map(([id, issuer]) => ({
      id,
      name: issuer.name,
      signers: issuer.signers.length,
    })),
    periods: {
      rule: config.periods.rule,
      deadline: config.periods.deadline,
      example: {
        period: code,
        label,
        from: toIsoDate(window.from),
        to: toIsoDate(window.to),
        deadline: toIsoDate(deadline),
      },
    },
  };
}
