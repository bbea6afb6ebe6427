// `baocao doctor`: is the workspace valid, and can this machine produce every output? (src/app/doctor.ts)
import { doctor as checkWorkspace } from "../../../app/doctor.js";
import type { DoctorResult } from "../../../app/doctor.js";
import type { CalendarDate } from "../../../domain/calendar-date.js";
import { parseIsoDate, vietnamDateOf } from "../../../domain/calendar-date.js";
import type { MachineReport } from "../../../machine/check.js";
import type { ConfiguredLibreOffice } from "../../../machine/libreoffice.js";
import { messages } from "../../../messages/index.js";
import type { Lang } from "../../../messages/index.js";
import type { Params } from "../../../messages/params.js";
import { formatShortDate } from "../../../vn/index.js";
import { resolveWorkspaceDir } from "../../../workspace/read.js";
import type { Output } from "../../output.js";

export interface DoctorOptions {
  cwd: string;
  workspace?: string;
  /** Today, for the example period; the clock is read only here. */
  today?: CalendarDate;
  machine?: (libreoffice: ConfiguredLibreOffice | null) => MachineReport;
  /** Also check the store's archives against the ledger (--store). */
  store?: boolean;
}

export type { DoctorResult };

export function doctor(options: DoctorOptions): DoctorResult {
  const dir = resolveWorkspaceDir(options.workspace, options.cwd);
  return checkWorkspace(dir, {
    today: options.today ?? vietnamDateOf(new Date()),
    ...(options.machine === undefined ? {} : { machine: options.machine }),
    store: options.store === true,
  });
}

/** 2: the workspace is invalid; 1: the store holds damage (--store); 0 otherwise. */
export function doctorExitCode(result: DoctorResult): number {
  if (!result.workspace.valid) return 2;
  return result.store !== undefined && !result.store.ok ? 1 : 0;
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
    output.error(
      `${output.err.red.bold(`${messages(lang).cli.errorPrefix}:`)} ${messages(lang).config.invalid({ file: "baocao.yaml", count: w.issues.length })}`,
    );
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
      row(
        "",
        m.example({
          label: w.periods.example.label,
          from: date(w.periods.example.from),
          to: date(w.periods.example.to),
          deadline: date(w.periods.example.deadline),
        }),
      ),
    );
  }
  const machine = result.machine;
  lines.push("", out.bold(m.machineTitle));
  lines.push(
    row(
      m.node,
      machine.node.ok ? m.nodeOk({ version: machine.node.version }) : m.nodeOld({ version: machine.node.version }),
      machine.node.ok,
    ),
  );
  lines.push(...libreOfficeRows(machine, lang, row));
  const font = !machine.font.checked
    ? m.fontUnknown
    : machine.font.name === null
      ? m.fontMissing
      : machine.font.metricCompatible
        ? m.fontMetric({ name: machine.font.name })
        : m.fontFound({ name: machine.font.name });
  lines.push(row(m.font, font, machine.font.found));
  if (w.valid) lines.push("", out.green(m.ok));
  const store = result.store;
  if (store !== undefined) {
    // A row is ✘ when a problem listed below it is about its file (the ledger, the lock).
    const troubled = (name: string) =>
      store.problems.some((problem) => String(problem.params.file ?? "").endsWith(name));
    const c = messages(lang).chain;
    lines.push("", out.bold(m.storeTitle));
    lines.push(
      row(m.path, store.dir),
      row(
        m.storeLedger,
        m.storeLedgerDetail({ entries: store.ledger.entries, torn: store.ledger.tornLine ?? "" }),
        !troubled("ledger.jsonl"),
      ),
      row(
        c.storeChain,
        c.chainDetail({ lines: store.chain.lines, unchained: store.chain.unchained }),
        store.chain.problems.length === 0,
      ),
      row(
        m.storeArchives,
        m.storeArchivesDetail({ checked: store.archives.checked, damaged: store.archives.damaged.length }),
        store.archives.damaged.length === 0,
      ),
      row(
        m.storeValues,
        m.storeValuesDetail({ recorded: store.values.recorded, damaged: store.values.damaged.length }),
        store.values.damaged.length === 0,
      ),
      row(
        m.storeLock,
        store.lock === null
          ? m.storeNoLock
          : m.storeLockHeld({
              pid: store.lock.pid ?? "?",
              host: store.lock.host ?? "?",
              since: store.lock.since ?? "?",
              stale: String(store.lock.stale),
            }),
        !troubled(".lock"),
      ),
    );
    for (const problem of store.problems) lines.push(out.red(`  ✘ ${problem.message[lang]}`));
    for (const problem of store.chain.problems) {
      const text = c.problem[problem.kind]?.({ ...problem }) ?? problem.kind;
      lines.push(out.red(`  ✘ ${c.storeChain}: ${text}`));
    }
    if (store.chain.problems.length > 0) lines.push(c.chainFix);
    for (const damaged of store.archives.damaged) {
      const { unit, period, file, archive, current } = damaged;
      const problem = m.storeProblems[damaged.problem]?.(damaged as unknown as Params) ?? damaged.problem;
      lines.push(
        out.red(
          `  ✘ ${m.storeDamaged({ unit: unit ?? "?", period, file, archive: `store/${archive}`, current: String(current), problem })}`,
        ),
        m.storeFix({ file, period }),
      );
    }
    if (!store.ok) lines.push(m.storeUnchanged({ dir: store.dir }));
    if (store.ok) lines.push("", out.green(m.storeOk));
  }
  output.result(lines.join("\n"));
}

/** Where LibreOffice was found and how; or why not, and how to install it on this operating system. */
function libreOfficeRows(
  machine: MachineReport,
  lang: Lang,
  row: (label: string, value: string, ok?: boolean) => string,
): string[] {
  const m = messages(lang);
  const found = machine.libreoffice;
  const label = m.doctor.libreoffice;
  const source = found.source === null ? "" : (m.machine.sources[found.source] ?? found.source);
  switch (found.problem) {
    case null:
      return [row(label, m.machine.found({ version: found.version ?? "", command: found.command ?? "", source }))];
    case "configured-missing":
      return [
        row(label, m.machine.missing, false),
        `    ${m.machine.givenMissing({ where: m.machine.givenIn[found.source ?? ""] ?? source, path: found.given ?? "" })}`,
      ];
    case "does-not-run":
      return [row(label, m.machine.doesNotRun({ command: found.command ?? "" }), false)];
    default:
      return [row(label, m.machine.missing, false), `    ${m.machine.install({ platform: machine.platform })}`];
  }
}
