// `baocao` alone on a terminal: the reporting round of a period, step by step, from a menu. Each step
// says what it will do and where the files go, runs one use case of src/app/ (never a command, never the
// CLI in a new process), and sums up its result before the menu comes back. A user error ends the step,
// not the round. Questions go through a Prompter (the terminal's, or a test's).
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { aggregateToFiles } from "../../app/aggregate.js";
import { directive } from "../../app/directive.js";
import { currentPeriod } from "../../app/doctor.js";
import { forms } from "../../app/forms.js";
import { ingest } from "../../app/ingest.js";
import { init } from "../../app/init.js";
import { letters } from "../../app/letters.js";
import { configuredLibreOffice } from "../../app/libreoffice-config.js";
import type { Prompter } from "../../app/prompter.js";
import { report } from "../../app/report.js";
import { status } from "../../app/status.js";
import { summarizeValidation, validate } from "../../app/validate.js";
import type { CalendarDate } from "../../domain/calendar-date.js";
import { vietnamDateOf } from "../../domain/calendar-date.js";
import type { Numbering } from "../../documents/compose/index.js";
import type { Period } from "../../domain/period/index.js";
import { parsePeriod, periodCode } from "../../domain/period/index.js";
import { periodContext } from "../../domain/period/period-context.js";
import { UserError } from "../../errors.js";
import type { Lang } from "../../messages/index.js";
import { describeFinding, messages } from "../../messages/index.js";
import { locateLibreOffice, realSystem } from "../../machine/libreoffice.js";
import { formatShortDate } from "../../vn/dates.js";
import { WorkspaceConfigError } from "../../workspace/config-error.js";
import { formatConfigIssue } from "../../workspace/format-issue.js";
import type { Workspace } from "../../workspace/read.js";
import { readWorkspace, resolveWorkspaceDir } from "../../workspace/read.js";
import { askFirstLetterNumber, resolveNumbering } from "../numbering.js";
import type { Output } from "../output.js";

export interface GuidedOptions {
  cwd: string;
  /** -w: the workspace folder; default: found from cwd upward, or made here. */
  workspace?: string;
  lang: Lang;
  output: Output;
  prompter: Prompter;
  /** Today (the current period, dates of documents); the clock is read only when not given. */
  today?: CalendarDate;
  /** The time files are recorded as received; default: now. */
  now?: () => Date;
  /** Whether LibreOffice is there to make PDFs (the PDF is offered only then); default: looked for as doctor does. */
  libreOfficeFound?: (workspace: Workspace) => boolean;
}

export const STEPS = ["forms", "validate", "ingest", "status", "letters", "aggregate", "report", "directive"] as const;
export type Step = (typeof STEPS)[number];

type MenuChoice = Step | "period" | "quit";

/** What one session remembers between steps: the report's number and date, for the directive. */
interface Session {
  reportNumbering?: Numbering;
}

/** Runs the round until "Thoát"; returns the exit code (0, or 130 for Ctrl+C). */
export async function runGuided(options: GuidedOptions): Promise<number> {
  const { output, prompter, lang } = options;
  const g = messages(lang).guided;
  try {
    output.info(g.welcome);
    const dir = await findOrCreateWorkspace(options);
    if (dir === null) return 0;
    output.info(g.workspaceAt({ dir }));
    let period = await choosePeriod(options, readWorkspace(dir));
    const session: Session = {};
    let next: MenuChoice = "forms";
    for (;;) {
      const workspace = readWorkspace(dir);
      const choice = (await prompter.select(
        g.askStep({ label: periodContext(workspace.config, period).label }),
        menu(options, workspace, period),
        next,
      )) as MenuChoice;
      if (choice === "quit") break;
      if (choice === "period") {
        period = await choosePeriod(options, workspace);
        next = "forms";
        continue;
      }
      output.info(g.working);
      const done = await runStep(choice, options, dir, period, session);
      const index = STEPS.indexOf(choice);
      next = done ? (STEPS[index + 1] ?? "quit") : choice;
      output.info("");
    }
    output.info(g.bye);
    return 0;
  } catch (error) {
    // Ctrl+C in a question (Inquirer's ExitPromptError): the round ends; what was written stays written.
    if (error instanceof Error && error.name === "ExitPromptError") {
      output.info(g.bye);
      return 130;
    }
    throw error;
  }
}

const shown = (cwd: string, path: string) => relative(cwd, path) || ".";

async function findOrCreateWorkspace(options: GuidedOptions): Promise<string | null> {
  const { cwd, output, prompter, lang } = options;
  const g = messages(lang).guided;
  try {
    return resolveWorkspaceDir(options.workspace, cwd);
  } catch (error) {
    // No baocao.yaml found (or -w names a folder without one, or none at all): offer to make it there.
    const missing = error instanceof UserError && ["workspace/not-found", "workspace/dir-missing"].includes(error.code);
    if (!missing) throw error;
    output.info(g.noWorkspace({ dir: String(error.params.dir ?? cwd) }));
  }
  const start = await prompter.select(
    g.askStart,
    [
      { value: "init", name: g.createWorkspace, description: g.createWorkspaceHelp },
      { value: "quit", name: g.steps.quit },
    ],
    "init",
  );
  if (start === "quit") return null;
  const m = messages(lang).init;
  for (;;) {
    const where = await prompter.input(g.askWorkspaceDir, options.workspace ?? ".");
    try {
      const result = await init({ cwd, dir: where, lang, prompter });
      output.info(output.out.green(m.created({ dir: result.dir, preset: result.preset })));
      if (result.provinceChanged !== null) {
        const { from, to, files } = result.provinceChanged;
        output.warn(output.err.yellow(m.provinceChanged({ from, to, files: files.join(", ") })));
      }
      return result.dir;
    } catch (error) {
      // A folder that cannot hold a workspace (one already there, a file in the way): say so, ask again.
      if (!(error instanceof UserError)) throw error;
      printUserError(error, options);
    }
  }
}

async function choosePeriod(options: GuidedOptions, workspace: Workspace): Promise<Period> {
  const { prompter, lang } = options;
  const g = messages(lang).guided;
  const today = options.today ?? vietnamDateOf(new Date());
  const current = currentPeriod(workspace.config, today);
  const previous: Period =
    current.kind === "half" && current.half === 2
      ? { kind: "half", year: current.year, half: 1 }
      : { kind: "half", year: current.year - 1, half: 2 };
  const describe = (period: Period) => {
    const context = periodContext(workspace.config, period);
    return g.periodWindow({
      from: formatShortDate(context.window.from),
      to: formatShortDate(context.window.to),
      deadline: formatShortDate(context.deadline),
    });
  };
  const choice = await prompter.select(
    g.askPeriod,
    [
      {
        value: periodCode(current),
        name: g.periodCurrent({ label: periodContext(workspace.config, current).label }),
        description: describe(current),
      },
      {
        value: periodCode(previous),
        name: periodContext(workspace.config, previous).label,
        description: describe(previous),
      },
      { value: "other", name: g.periodOther },
    ],
    periodCode(current),
  );
  if (choice !== "other") return parsePeriod(choice)!;
  const typed = await prompter.input(g.askPeriodText, periodCode(current), (answer) =>
    parsePeriod(answer) === null ? g.periodInvalid({ value: answer }) : true,
  );
  return parsePeriod(typed)!;
}

/** Where each step writes, relative to where baocao runs. */
function places(options: GuidedOptions, workspace: Workspace, period: Period) {
  const code = periodCode(period);
  const at = (...parts: string[]) => join(workspace.dir, ...parts);
  return {
    forms: at("forms", code),
    inbox: at("inbox"),
    annotate: at("out", code, "tra-lai"),
    store: at("store"),
    letters: at("out", code, "thu", "don-doc"),
    json: at("out", code, "aggregate.json"),
    workbook: at("out", code, "tong-hop.xlsx"),
    report: at("out", code, `bao-cao-${code}.docx`),
    directive: at("out", code, `cong-van-chi-dao-${code}.docx`),
  };
}

function menu(options: GuidedOptions, workspace: Workspace, period: Period) {
  const g = messages(options.lang).guided;
  const p = places(options, workspace, period);
  const show = (path: string) => shown(options.cwd, path);
  const explain: Record<MenuChoice, string> = {
    forms: g.explain.forms({ count: workspace.config.units.length, dir: show(p.forms) }),
    validate: g.explain.validate({ inbox: show(p.inbox), annotate: show(p.annotate) }),
    ingest: g.explain.ingest({ inbox: show(p.inbox), store: show(p.store) }),
    status: g.explain.status(),
    letters: g.explain.letters({ dir: show(p.letters) }),
    aggregate: g.explain.aggregate({ json: show(p.json), workbook: show(p.workbook) }),
    report: g.explain.report({ file: show(p.report) }),
    directive: g.explain.directive({ file: show(p.directive) }),
    period: g.explain.period(),
    quit: g.explain.quit(),
  };
  return ([...STEPS, "period", "quit"] as const).map((value) => ({
    value,
    name: g.steps[value],
    description: explain[value],
  }));
}

/** One step; false when it stopped on a user error (said) or was declined. */
async function runStep(
  step: Step,
  options: GuidedOptions,
  dir: string,
  period: Period,
  session: Session,
): Promise<boolean> {
  try {
    const workspace = readWorkspace(dir);
    return await STEP_RUNNERS[step](options, workspace, period, session);
  } catch (error) {
    if (error instanceof WorkspaceConfigError) {
      const m = messages(options.lang);
      options.output.error(
        `${m.cli.errorPrefix}: ${m.config.invalid({ file: error.file, count: error.issues.length })}`,
      );
      for (const issue of error.issues) options.output.error(`  ${formatConfigIssue(issue, options.lang)}`);
    } else if (error instanceof UserError) {
      printUserError(error, options);
    } else throw error;
    options.output.info(messages(options.lang).guided.stepFailed);
    return false;
  }
}

function printUserError(error: UserError, options: GuidedOptions): void {
  const m = messages(options.lang);
  const text = m.errors[error.code]?.(error.params) ?? error.code;
  options.output.error(`${options.output.err.red.bold(`${m.cli.errorPrefix}:`)} ${text}`);
}

type StepRunner = (options: GuidedOptions, workspace: Workspace, period: Period, session: Session) => Promise<boolean>;

const today = (options: GuidedOptions) => options.today ?? vietnamDateOf(new Date());

const STEP_RUNNERS: Record<Step, StepRunner> = {
  async forms(options, workspace, period) {
    const { output, prompter, cwd } = options;
    const g = messages(options.lang).guided;
    const write = (force: boolean) => forms(workspace, period, { cwd, force });
    let result;
    try {
      result = await write(false);
    } catch (error) {
      if (!(error instanceof UserError) || error.code !== "forms/would-overwrite") throw error;
      const count = String(error.params.files ?? "").split(", ").length;
      output.warn(g.formsExist({ dir: shown(cwd, places(options, workspace, period).forms), count }));
      const choice = await prompter.select(
        g.askKeep,
        [
          { value: "keep", name: g.formsKeep },
          { value: "overwrite", name: g.formsOverwrite },
        ],
        "keep",
      );
      if (choice === "keep") return false;
      result = await write(true);
    }
    output.result(output.out.green(g.formsDone({ count: result.forms.length, dir: shown(cwd, result.dir) })));
    return true;
  },

  async validate(options, workspace, period) {
    const { output, cwd, lang } = options;
    const g = messages(lang).guided;
    const p = places(options, workspace, period);
    let result;
    try {
      result = await validate(workspace, {
        cwd,
        inputs: [p.inbox],
        period,
        today: today(options),
        // Annotated copies are made again each time, from the files as they are now.
        annotate: p.annotate,
        force: true,
        lang,
      });
    } catch (error) {
      if (!(error instanceof UserError) || error.code !== "input/no-files") throw error;
      output.warn(g.noInboxFiles({ dir: shown(cwd, p.inbox) }));
      return false;
    }
    output.result(g.validateDone(summarizeValidation(result.files)));
    for (const { report: file } of result.files) {
      if (file.status === "accepted") continue;
      const first = file.findings.find((finding) => finding.severity === "error") ?? file.findings[0];
      const where = first?.sheet ? `${first.sheet}${first.cell ? `!${first.cell}` : ""}: ` : "";
      output.result(
        output.out.red(
          g.fileProblem({
            file: file.file,
            unit: file.unit ?? "",
            first: first === undefined ? "" : `${where}${describeFinding(first, lang).message}`,
          }),
        ),
      );
    }
    if (result.annotated.length > 0) output.result(g.annotated({ dir: shown(cwd, p.annotate) }));
    return true;
  },

  async ingest(options, workspace, period) {
    const { output, cwd, lang } = options;
    const g = messages(lang).guided;
    const p = places(options, workspace, period);
    let result;
    try {
      result = await ingest(workspace, period, {
        cwd,
        inputs: [p.inbox],
        strict: false,
        now: options.now?.() ?? new Date(),
        today: today(options),
      });
    } catch (error) {
      if (!(error instanceof UserError) || error.code !== "input/no-files") throw error;
      output.warn(g.noInboxFiles({ dir: shown(cwd, p.inbox) }));
      return false;
    }
    const fine = ["archived", "already-current", "duplicate-of-archived"];
    const refused = result.files.filter((file) => !fine.includes(file.outcome));
    output.result(g.ingestDone({ taken: result.files.length - refused.length, refused: refused.length }));
    for (const file of refused) {
      const reason = g.ingestReasons[file.outcome]?.({ errors: file.errors, warnings: file.warnings }) ?? file.outcome;
      output.result(output.out.red(g.ingestRefused({ file: file.file, unit: file.unit ?? "", reason })));
    }
    return true;
  },

  status(options, workspace, period) {
    const { output } = options;
    const g = messages(options.lang).guided;
    const result = status(workspace, period);
    const t = result.totals;
    output.result(
      g.statusDone({
        expected: t.expected,
        accepted: t.accepted + t.acceptedWithWarnings,
        rejected: t.rejected,
        missing: t.missing,
        late: t.late,
      }),
    );
    const waiting = result.rows.filter((row) => row.status === "missing" || row.status === "rejected");
    if (waiting.length > 0)
      output.result(
        output.out.yellow(
          g.statusWaiting({ units: waiting.map((row) => result.names[row.unit] ?? row.unit).join(", ") }),
        ),
      );
    return Promise.resolve(true);
  },

  async letters(options, workspace, period) {
    const { output, prompter, cwd, lang } = options;
    const g = messages(lang).guided;
    // As `letters --missing`: units without an accepted report (never sent, or only rejected files).
    const waiting = status(workspace, period).rows.filter(
      (row) => row.status === "missing" || row.status === "rejected",
    );
    if (waiting.length === 0) {
      output.result(g.lettersNone);
      return true;
    }
    const first = await askFirstLetterNumber(prompter, lang);
    const result = await letters(workspace, period, {
      cwd,
      template: "don-doc",
      missing: true,
      rejected: false,
      where: [],
      ...(first === null ? {} : { numberFrom: first }),
      draft: first === null,
      dryRun: false,
      today: today(options),
      combine: false,
      force: false,
      lang,
    });
    output.result(output.out.green(g.lettersDone({ ok: result.ok, failed: result.failed, dir: result.dir })));
    return result.failed === 0;
  },

  async aggregate(options, workspace, period) {
    const { output, cwd } = options;
    const g = messages(options.lang).guided;
    const result = await aggregateToFiles(workspace, period, { cwd, today: today(options) });
    const { units } = result.aggregate;
    output.result(
      output.out.green(
        g.aggregateDone({
          submitted: units.submitted.length,
          expected: units.expected.length,
          json: result.files.json,
          workbook: result.files.workbook,
        }),
      ),
    );
    return true;
  },

  async report(options, workspace, period, session) {
    const target = places(options, workspace, period).report;
    const force = await mayWrite(options, target);
    if (force === null) return false;
    const pdf = await askPdf(options, workspace);
    const written = await report(workspace, period, {
      cwd: options.cwd,
      force,
      pdf,
      today: today(options),
      numbering: async () => {
        session.reportNumbering = await askNumbering(options);
        return session.reportNumbering;
      },
      onNotice: (notice) =>
        options.output.warn(messages(options.lang).documents.aggregateRecomputed[notice.reason]({ file: notice.file })),
    });
    printWritten(options, written);
    return true;
  },

  async directive(options, workspace, period, session) {
    const target = places(options, workspace, period).directive;
    const force = await mayWrite(options, target);
    if (force === null) return false;
    // The report cited: the one made in this round if it was numbered, else asked (it has a number).
    const made = session.reportNumbering;
    const pdf = await askPdf(options, workspace);
    const written = await directive(workspace, period, {
      cwd: options.cwd,
      force,
      pdf,
      cited: () =>
        made !== undefined && made.number !== null
          ? Promise.resolve(made)
          : resolveNumbering({
              draft: false,
              interactive: true,
              lang: options.lang,
              prompter: options.prompter,
              today: today(options),
              cites: "report",
            }),
      numbering: () => askNumbering(options),
    });
    printWritten(options, written);
    return true;
  },
};

/** A PDF beside the .docx (PDF/A, for signing), offered only where LibreOffice is found. */
async function askPdf(options: GuidedOptions, workspace: Workspace): Promise<boolean> {
  const found =
    options.libreOfficeFound?.(workspace) ?? locateLibreOffice(realSystem(), configuredLibreOffice(workspace)).found;
  if (!found) return false;
  const g = messages(options.lang).guided;
  const choice = await options.prompter.select(
    g.askPdf,
    [
      { value: "no", name: g.pdfNo },
      { value: "yes", name: g.pdfYes },
    ],
    "no",
  );
  if (choice === "yes") options.output.info(messages(options.lang).documents.converting);
  return choice === "yes";
}

function printWritten(options: GuidedOptions, written: { docx: string; pdf: string | null }): void {
  const g = messages(options.lang).guided;
  for (const file of written.pdf === null ? [written.docx] : [written.docx, written.pdf])
    options.output.result(options.output.out.green(g.documentDone({ file })));
}

function askNumbering(options: GuidedOptions): Promise<Numbering> {
  return resolveNumbering({
    draft: false,
    interactive: true,
    lang: options.lang,
    prompter: options.prompter,
    today: today(options),
  });
}

/** A document already there may have been edited in Word: overwrite only if asked to. null: keep it. */
async function mayWrite(options: GuidedOptions, target: string): Promise<boolean | null> {
  if (!existsSync(target)) return false;
  const g = messages(options.lang).guided;
  options.output.warn(g.documentExists({ file: shown(options.cwd, target) }));
  const choice = await options.prompter.select(
    g.askKeep,
    [
      { value: "keep", name: g.keep },
      { value: "overwrite", name: g.overwrite },
    ],
    "keep",
  );
  if (choice === "overwrite") return true;
  options.output.info(g.kept);
  return null;
}
