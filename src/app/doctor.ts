// The doctor use case: is the workspace valid, and can this machine produce every output? With `store`,
// also: is every archived submission the very file its ledger line recorded? (Reads only.)
import { join } from "node:path";
import { UserError } from "../errors.js";
import { messages } from "../messages/index.js";
import {
  inspectLock,
  ledgerPath,
  readHead,
  readLedger,
  readLedgerBytes,
  verifyArchives,
  inspectRecordedValues,
  verifyChain,
} from "../store/index.js";
import type { ChainReport, DamagedArchive, LockInfo } from "../store/index.js";
import { WorkspaceConfigError } from "../workspace/config-error.js";
import type { CalendarDate } from "../domain/calendar-date.js";
import { toIsoDate } from "../domain/calendar-date.js";
import { countUnitsByKind } from "../domain/catalogue.js";
import { dataWindow, isInWindow } from "../domain/period/index.js";
import { periodContext } from "../domain/period/period-context.js";
import type { Period } from "../domain/period/index.js";
import { checkMachine } from "../machine/check.js";
import type { MachineReport } from "../machine/check.js";
import type { ConfiguredLibreOffice } from "../machine/libreoffice.js";
import { formatConfigIssue } from "../workspace/format-issue.js";
import { readWorkspace } from "../workspace/read.js";
import type { WorkspaceConfig } from "../workspace/schema.js";

export interface DoctorOptions {
  /** Today, for the example period. */
  today: CalendarDate;
  /** The machine's checks, given the workspace's `libreoffice:` key if any (tests give their own). */
  machine?: (libreoffice: ConfiguredLibreOffice | null) => MachineReport;
  /** Also check the store (doctor --store). */
  store?: boolean;
}

/** A problem that stopped part of the store check (a damaged ledger, a .lock folder), with its text. */
export interface StoreProblem {
  code: string;
  params: Record<string, string | number>;
  message: { vi: string; en: string };
}

export interface StoreReport {
  /** The store folder. */
  dir: string;
  /** Nothing damaged: every archive intact, the ledger readable. */
  ok: boolean;
  /** Ledger lines read; the line left out as half-written by a crash (harmless), if any. */
  ledger: { entries: number; tornLine: number | null };
  archives: { checked: number; damaged: DamagedArchive[] };
  /**
   * The values recorded at ingest beside the archives (store/values.ts): records that read, and those that
   * do not (harmless: aggregate reads the form again; a re-ingest writes them anew). Not part of `ok`.
   */
  values: { recorded: number; damaged: string[] };
  /** The hash chain of the ledger's lines (store/chain.ts): edited, removed or reordered lines. */
  chain: ChainReport;
  lock: LockInfo | null;
  problems: StoreProblem[];
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
  /** Only with the `store` option. */
  store?: StoreReport;
}

/** `dir`: the workspace folder (found, not yet read: an invalid configuration is reported, not thrown). */
export function doctor(dir: string, options: DoctorOptions): DoctorResult {
  const result = checkWorkspace(dir, options);
  return options.store === true ? { ...result, store: checkStore(join(dir, "store")) } : result;
}

/** Every archive against its ledger line, the ledger itself, and the lock; changes nothing. */
export function checkStore(storeDir: string): StoreReport {
  const problems: StoreProblem[] = [];
  const attempt = <T>(fn: () => T): T | null => {
    try {
      return fn();
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const text = (lang: "vi" | "en") => messages(lang).errors[error.code]?.(error.params) ?? error.code;
      problems.push({ code: error.code, params: error.params, message: { vi: text("vi"), en: text("en") } });
      return null;
    }
  };
  const ledger = attempt(() => readLedger(storeDir));
  const archives = ledger === null ? { checked: 0, damaged: [] } : verifyArchives(storeDir, ledger.entries);
  // The chain is followed over the raw lines, so a line that no longer parses is reported here too.
  const bytes = attempt(() => readLedgerBytes(ledgerPath(storeDir)));
  const chain = verifyChain(bytes?.toString("utf8") ?? "", readHead(storeDir));
  const lock = attempt(() => inspectLock(storeDir));
  return {
    dir: storeDir,
    ok: problems.length === 0 && archives.damaged.length === 0 && chain.problems.length === 0,
    ledger: { entries: ledger?.entries.length ?? 0, tornLine: ledger?.torn?.line ?? null },
    archives,
    values: ledger === null ? { recorded: 0, damaged: [] } : inspectRecordedValues(storeDir, ledger.entries),
    chain,
    lock,
    problems,
  };
}

function checkWorkspace(dir: string, options: DoctorOptions): DoctorResult {
  const check = options.machine ?? checkMachine;
  try {
    const workspace = readWorkspace(dir);
    const configured = workspace.config.libreoffice;
    const machine = check(configured === undefined ? null : { path: configured, workspaceDir: dir });
    return { workspace: summarize(dir, workspace.files, workspace.config, options.today), machine };
  } catch (error) {
    if (!(error instanceof WorkspaceConfigError)) throw error;
    const issues = error.issues.map((issue) => ({
      file: issue.file ?? null,
      line: issue.line ?? null,
      path: issue.path.join("."),
      message: { vi: formatConfigIssue(issue, "vi"), en: formatConfigIssue(issue, "en") },
    }));
    return { workspace: { valid: false, dir, issues }, machine: check(null) };
  }
}

/** The half-year the clerk is most likely working on: the one whose data window holds today. */
export function currentPeriod(config: WorkspaceConfig, today: CalendarDate): Period {
  const candidates: Period[] = [
    { kind: "half", year: today.year, half: 1 },
    { kind: "half", year: today.year, half: 2 },
    { kind: "half", year: today.year + 1, half: 1 },
  ];
  return candidates.find((p) => isInWindow(today, dataWindow(p, config.periods.rule))) ?? candidates[0]!;
}

function summarize(
  dir: string,
  files: readonly string[],
  config: WorkspaceConfig,
  today: CalendarDate,
): WorkspaceReport {
  const example = currentPeriod(config, today);
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
