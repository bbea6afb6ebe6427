// The commander program: declares flags and commands, normalises options, and lazy-imports each
// command (changesets' cli.ts pattern). It never prints results itself; commands return them and
// the small `print*` functions beside each command show them.
import { Command, CommanderError, Help, InvalidArgumentError, Option } from "commander";
import type { Lang } from "../messages/index.js";
import { messages } from "../messages/index.js";
import { packageVersion } from "../package-root.js";
import { PRESETS } from "../workspace/presets.js";
import { parseUnitKind } from "../vn/unit-kind.js";
import type { UnitKind } from "../domain/unit.js";
import type { Output } from "./output.js";
import { colorAllowed } from "./terminal.js";
import { stepNotice } from "./progress.js";
import { wrapHelp } from "./wrap-help.js";
import { localiseTerm, reportUsageErrors, UsageError } from "./usage.js";

export interface GlobalOptions {
  workspace?: string;
  json: boolean;
  quiet: boolean;
  color: boolean;
  input: boolean;
  lang: Lang;
  debug: boolean;
}

export interface ProgramContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdinIsTTY: boolean;
  /** Set by a command that finished with problems in the data (exit code 1). */
  exitCode: number;
  output?: Output;
}

/** Help text as printed: on a terminal wrapped to its width (wrap-help.ts), elsewhere one line per item. */
function forTerminal(text: string): string {
  return process.stdout.isTTY ? wrapHelp(text, process.stdout.columns || 80) : text;
}

export function createProgram(lang: Lang, context: ProgramContext): Command {
  const m = messages(lang);
  const program = new Command("baocao");
  const help = new Help();
  program
    .description(m.cli.description)
    .version(packageVersion(), "-V, --version", m.cli.version)
    .helpOption("-h, --help", m.cli.help)
    .helpCommand("help [command]", m.cli.helpCommand)
    .configureHelp({
      showGlobalOptions: true,
      // One line per item (in a pipe or a file that reads and greps best); on a terminal wrapped to its width
      // by wrapHelp, which bin/baocao.js also uses to answer `--help` without loading the program.
      helpWidth: 1000,
      formatHelp: (command, helper) => forTerminal(Help.prototype.formatHelp.call(helper, command, helper)),
      styleTitle: (title) => m.cli.titles[title] ?? title,
      // "[options]", "[command]", "<period>" … in the user's language (src/cli/usage.ts).
      commandUsage: (command) => localiseTerm(Help.prototype.commandUsage.call(help, command), lang),
      subcommandTerm: (command) => localiseTerm(Help.prototype.subcommandTerm.call(help, command), lang),
      optionTerm: (option) => localiseTerm(option.flags, lang),
      argumentTerm: (argument) => m.cli.terms[argument.name()] ?? argument.name(),
      // commander appends "(choices: …, default: …)" in English; say it in the user's language.
      optionDescription: (option) =>
        option.argChoices
          ? `${option.description} (${m.cli.choices}: ${option.argChoices.join(", ")})`
          : option.description,
    })
    .option("-w, --workspace <dir>", m.cli.workspace)
    .option("--json", m.cli.json)
    .option("-q, --quiet", m.cli.quiet)
    .option("--no-color", m.cli.noColor)
    .option("--no-input", m.cli.noInput)
    .addOption(new Option("--lang <lang>", m.cli.lang).choices(["vi", "en"]))
    .option("--debug", m.cli.debug)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => {} }) // main.ts prints usage errors in the user's language
    .addHelpText("after", examplesText(m.cli.examples));
  // Options the command cannot run without. Checked before the action rather than by commander's
  // requiredOption, which reports a missing --period before a mistyped --perod (the real mistake).
  const mandatory = new WeakSet<Option>();
  const periodOption = (description: string) => {
    const option = new Option("--period <period>", description);
    mandatory.add(option);
    return option;
  };
  // chalk (through Output) is loaded only when a command runs: --help and usage errors do without it.
  let OutputClass: typeof Output | undefined;
  program.hook("preAction", async () => {
    OutputClass ??= (await import("./output.js")).Output;
  });
  program.hook("preAction", (_program, command) => {
    for (const option of command.options) {
      if (mandatory.has(option) && command.getOptionValue(option.attributeName()) === undefined) {
        const error = new CommanderError(2, "commander.missingMandatoryOptionValue", `error: '${option.flags}'`);
        throw new UsageError(error, command);
      }
    }
  });
  /** The help's last lines: how periods are written (for the commands that take --period), then examples. */
  const helpAfter = (examples: readonly string[], period: boolean) =>
    forTerminal(`${period ? `\n${m.cli.periodFormats}\n` : ""}${examplesLines(examples)}`);
  function examplesText(examples: readonly string[]): string {
    return forTerminal(examplesLines(examples));
  }
  function examplesLines(examples: readonly string[]): string {
    return `\n${m.cli.examplesTitle}\n${examples.map((example) => `  ${example}`).join("\n")}\n`;
  }

  const globals = (command: Command): GlobalOptions => {
    const options = command.optsWithGlobals<Partial<GlobalOptions>>();
    const settings: GlobalOptions = {
      workspace: options.workspace,
      json: options.json === true,
      quiet: options.quiet === true,
      color: colorAllowed(context.env, options.color === false),
      input: options.input !== false,
      lang,
      debug: options.debug === true,
    };
    if (OutputClass === undefined) throw new Error("Output used before the preAction hook loaded it");
    context.output = new OutputClass({
      lang: settings.lang,
      json: settings.json,
      quiet: settings.quiet,
      color: settings.color,
      debug: settings.debug,
    });
    return settings;
  };

  program
    .command("init")
    .description(m.commands.init.description)
    .addHelpText("after", helpAfter(m.commands.init.examples, false))
    .argument("[dir]", m.commands.init.dir)
    .addOption(
      new Option("--preset <name>", m.commands.init.preset({ names: PRESETS.map((p) => p.name).join(", ") })).choices(
        PRESETS.map((p) => p.name),
      ),
    )
    .action(async (dir: string | undefined, options: { preset?: string }, command: Command) => {
      const global = globals(command);
      const { init, printInit } = await import("./commands/init/index.js");
      const interactive = global.input && context.stdinIsTTY && !global.json;
      const result = await init({ cwd: context.cwd, dir, preset: options.preset, interactive, lang: global.lang });
      printInit(result, context.output!);
    });

  program
    .command("forms")
    .description(m.commands.forms.description)
    .addHelpText("after", helpAfter(m.commands.forms.examples, true))
    .addOption(periodOption(m.commands.forms.period))
    .option("--unit <code...>", m.commands.forms.unit)
    .option("--out <dir>", m.commands.forms.out)
    .option("--force", m.commands.report.force)
    .action(async (options: { period: string; unit?: string[]; out?: string; force?: boolean }, command: Command) => {
      const global = globals(command);
      const { forms, printForms } = await import("./commands/forms/index.js");
      const result = await forms({
        cwd: context.cwd,
        workspace: global.workspace,
        period: options.period,
        units: options.unit,
        out: options.out,
        force: options.force === true,
        lang: global.lang,
        feedback: global,
      });
      printForms(result, context.output!);
    });

  program
    .command("validate")
    .description(m.commands.validate.description)
    .addHelpText("after", helpAfter(m.commands.validate.examples, true))
    .argument("<files...>", m.commands.validate.files)
    .option("--period <period>", m.commands.validate.period)
    .option("--annotate <dir>", m.commands.validate.annotate)
    .option("--max-issues <n>", m.commands.validate.maxIssues, positiveInteger(lang))
    .option("--force", m.commands.validate.force)
    .action(
      async (
        files: string[],
        options: { period?: string; annotate?: string; maxIssues?: number; force?: boolean },
        command: Command,
      ) => {
        const global = globals(command);
        await startValidationWorkers(files, context.cwd);
        const { validate, printValidate, exitCodeOf } = await import("./commands/validate/index.js");
        const result = await validate({
          cwd: context.cwd,
          workspace: global.workspace,
          inputs: files,
          ...options,
          lang: global.lang,
          feedback: global,
        });
        printValidate(result, context.output!);
        context.exitCode = exitCodeOf(result);
      },
    );

  program
    .command("ingest")
    .description(m.commands.ingest.description)
    .addHelpText("after", helpAfter(m.commands.ingest.examples, true))
    .argument("<files...>", m.commands.validate.files)
    .addOption(periodOption(m.commands.ingest.period))
    .option("--strict", m.commands.ingest.strict)
    .option("--received <date>", m.commands.ingest.received)
    .option("--unlock <reason>", m.commands.ingest.unlock)
    .action(
      async (
        files: string[],
        options: { period: string; strict?: boolean; received?: string; unlock?: string },
        command: Command,
      ) => {
        const global = globals(command);
        await startValidationWorkers(files, context.cwd);
        const { ingest, printIngest, ingestExitCode } = await import("./commands/ingest/index.js");
        const result = await ingest({
          cwd: context.cwd,
          workspace: global.workspace,
          inputs: files,
          period: options.period,
          strict: options.strict === true,
          received: options.received,
          ...(options.unlock === undefined ? {} : { unlock: options.unlock }),
          lang: global.lang,
          feedback: global,
        });
        printIngest(result, context.output!);
        context.exitCode = ingestExitCode(result);
      },
    );

  program
    .command("status")
    .description(m.commands.status.description)
    .addHelpText("after", helpAfter(m.commands.status.examples, true))
    // --period is required unless --history is given (which takes --from/--to instead).
    .addOption(new Option("--period <period>", m.commands.status.period))
    .option("--history", m.commands.status.history)
    .option("--from <period>", m.commands.status.from)
    .option("--to <period>", m.commands.status.to)
    .action(async (options: { period?: string; history?: boolean; from?: string; to?: string }, command: Command) => {
      const global = globals(command);
      if (options.history === true) {
        const { statusHistory, printStatusHistory } = await import("./commands/status/history.js");
        printStatusHistory(
          // With --history, --period P is --to P (as aggregate's sheet: the periods up to P).
          await statusHistory({
            cwd: context.cwd,
            workspace: global.workspace,
            from: options.from,
            to: options.to ?? options.period,
          }),
          context.output!,
        );
        return;
      }
      if (options.period === undefined) {
        const error = new CommanderError(2, "commander.missingMandatoryOptionValue", "error: '--period <period>'");
        throw new UsageError(error, command);
      }
      const { status, printStatus } = await import("./commands/status/index.js");
      printStatus(
        await status({ cwd: context.cwd, workspace: global.workspace, period: options.period, lang: global.lang }),
        context.output!,
      );
    });

  program
    .command("review")
    .description(m.commands.review.description)
    .addHelpText("after", helpAfter(m.commands.review.examples, true))
    .argument("<unit>", m.commands.review.unit)
    .addOption(periodOption(m.commands.review.period))
    .option("--accept", m.commands.review.accept)
    .option("--reject", m.commands.review.reject)
    .option("--note <text>", m.commands.review.note)
    .option("--unlock <reason>", m.commands.review.unlock)
    .action(
      async (
        unit: string,
        options: { period: string; accept?: boolean; reject?: boolean; note?: string; unlock?: string },
        command: Command,
      ) => {
        const global = globals(command);
        const { review, printReview } = await import("./commands/review/index.js");
        printReview(await review({ cwd: context.cwd, workspace: global.workspace, unit, ...options }), context.output!);
      },
    );

  program
    .command("lock")
    .description(m.commands.lock.description)
    .addHelpText("after", helpAfter(m.commands.lock.examples, true))
    .addOption(periodOption(m.commands.lock.period))
    .option("--note <text>", m.commands.lock.note)
    .action(async (options: { period: string; note?: string }, command: Command) => {
      const global = globals(command);
      const { lock, printLock } = await import("./commands/lock/index.js");
      printLock(await lock({ cwd: context.cwd, workspace: global.workspace, ...options }), context.output!);
    });

  program
    .command("aggregate")
    .description(m.commands.aggregate.description)
    .addHelpText("after", helpAfter(m.commands.aggregate.examples, true))
    .addOption(periodOption(m.commands.aggregate.period))
    .option("--out <dir>", m.commands.aggregate.out)
    .action(async (options: { period: string; out?: string }, command: Command) => {
      const global = globals(command);
      const { runAggregate, printAggregate } = await import("./commands/aggregate/index.js");
      printAggregate(
        await runAggregate({
          cwd: context.cwd,
          workspace: global.workspace,
          period: options.period,
          out: options.out,
          lang: global.lang,
          feedback: global,
        }),
        context.output!,
      );
    });

  const documentOptions = (command: Command) =>
    command
      .option("--number <n>", m.commands.report.number)
      .option("--date <date>", m.commands.report.date)
      .option("--draft", m.commands.report.draft)
      .option("--pdf", m.commands.report.pdf)
      .option("--out <file>", m.commands.report.out)
      .option("--force", m.commands.report.force);
  interface DocumentFlags {
    period: string;
    number?: string;
    date?: string;
    draft?: boolean;
    pdf?: boolean;
    out?: string;
    force?: boolean;
  }
  const documentSettings = (options: DocumentFlags, global: GlobalOptions) => ({
    cwd: context.cwd,
    workspace: global.workspace,
    period: options.period,
    number: options.number,
    date: options.date,
    draft: options.draft === true,
    pdf: options.pdf === true,
    out: options.out,
    force: options.force === true,
    interactive: global.input && context.stdinIsTTY && !global.json,
    lang: global.lang,
    onPdf: stepNotice(global, m.documents.converting),
  });

  documentOptions(
    program
      .command("report")
      .description(m.commands.report.description)
      .addHelpText("after", helpAfter(m.commands.report.examples, true))
      .addOption(periodOption(m.commands.report.period)),
  ).action(async (options: DocumentFlags, command: Command) => {
    const global = globals(command);
    const { report, printReport, printAggregateNotice } = await import("./commands/report/index.js");
    const onNotice = (notice: Parameters<typeof printAggregateNotice>[0]) =>
      printAggregateNotice(notice, context.output!);
    printReport(await report({ ...documentSettings(options, global), onNotice }), context.output!);
  });

  documentOptions(
    program
      .command("directive")
      .description(m.commands.directive.description)
      .addHelpText("after", helpAfter(m.commands.directive.examples, true))
      .addOption(periodOption(m.commands.report.period))
      .option("--report-number <n>", m.commands.directive.reportNumber)
      .option("--report-date <date>", m.commands.directive.reportDate),
  ).action(async (options: DocumentFlags & { reportNumber?: string; reportDate?: string }, command: Command) => {
    const global = globals(command);
    const { directive } = await import("./commands/directive/index.js");
    const { printDocument } = await import("./document-options.js");
    printDocument(
      await directive({
        ...documentSettings(options, global),
        reportNumber: options.reportNumber,
        reportDate: options.reportDate,
      }),
      context.output!,
    );
  });

  program
    .command("letters")
    .description(m.commands.letters.description)
    .addHelpText("after", helpAfter(m.commands.letters.examples, true))
    .argument("<template>", m.commands.letters.template)
    .option("--to <recipients>", m.commands.letters.to)
    .option("--kind <kind>", m.commands.letters.kind, (value: string) => {
      const kind = parseUnitKind(value);
      if (kind === null)
        throw new InvalidArgumentError(m.cli.usageErrors.choices({ choices: m.commands.letters.kinds }));
      return kind;
    })
    .option("--group <text>", m.commands.letters.group)
    .option("--unit <code...>", m.commands.letters.unit)
    .option("--missing", m.commands.letters.missing)
    .option("--rejected", m.commands.letters.rejected)
    .option(
      "--where <field=value>",
      m.commands.letters.where,
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option("--period <period>", m.commands.letters.period)
    .option("--out <dir>", m.commands.letters.out)
    .option("--combine", m.commands.letters.combine)
    .option("--number-from <n>", m.commands.letters.numberFrom, positiveInteger(lang))
    .option("--date <date>", m.commands.letters.date)
    .option("--draft", m.commands.letters.draft)
    .option("--deadline <date>", m.commands.letters.deadline)
    .option("--ref <letter>", m.commands.letters.ref)
    .option("--dry-run", m.commands.letters.dryRun)
    .option("--force", m.commands.letters.force)
    .action(async (template: string, options: LettersFlags, command: Command) => {
      const global = globals(command);
      const { letters, printLetters, lettersExitCode, createProgress } = await import("./commands/letters/index.js");
      const progress = createProgress(global, messages(global.lang).letters.progress);
      let result;
      try {
        result = await letters({
          cwd: context.cwd,
          workspace: global.workspace,
          template,
          to: options.to,
          kind: options.kind,
          group: options.group,
          units: options.unit,
          missing: options.missing === true,
          rejected: options.rejected === true,
          where: options.where,
          period: options.period,
          out: options.out,
          combine: options.combine === true,
          numberFrom: options.numberFrom,
          date: options.date,
          deadline: options.deadline,
          ref: options.ref,
          draft: options.draft === true,
          dryRun: options.dryRun === true,
          force: options.force === true,
          lang: global.lang,
          interactive: global.input && context.stdinIsTTY && !global.json,
          ...(progress === undefined
            ? {}
            : { onProgress: (done: number, total: number) => progress.update(done, total) }),
        });
      } finally {
        progress?.stop();
      }
      printLetters(result, context.output!);
      context.exitCode = lettersExitCode(result);
    });

  program
    .command("doctor")
    .description(m.commands.doctor.description)
    .addHelpText("after", helpAfter(m.commands.doctor.examples, false))
    .option("--store", m.commands.doctor.store)
    .action(async (options: { store?: boolean }, command: Command) => {
      const global = globals(command);
      const { doctor, doctorExitCode, printDoctor } = await import("./commands/doctor/index.js");
      const result = doctor({ cwd: context.cwd, workspace: global.workspace, store: options.store === true });
      printDoctor(result, context.output!);
      context.exitCode = doctorExitCode(result);
    });

  reportUsageErrors(program);
  return program;
}

interface LettersFlags {
  to?: string;
  kind?: UnitKind;
  group?: string;
  unit?: string[];
  missing?: boolean;
  rejected?: boolean;
  where: string[];
  period?: string;
  out?: string;
  combine?: boolean;
  numberFrom?: number;
  date?: string;
  deadline?: string;
  ref?: string;
  draft?: boolean;
  dryRun?: boolean;
  force?: boolean;
}

/** An option's whole number from 1 (--max-issues, --number-from); the error says so in the user's words. */
function positiveInteger(lang: Lang) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1)
      throw new InvalidArgumentError(messages(lang).cli.usageErrors.positiveInteger);
    return number;
  };
}

/**
 * Starts the validation workers before the command's code and baocao.yaml are loaded, so that both load
 * at once (src/intake/parallel/warm.ts). Any problem with the inputs is left for the command to report.
 */
async function startValidationWorkers(inputs: readonly string[], cwd: string): Promise<void> {
  const { collectInputFiles } = await import("../intake/collect-files.js");
  const { fileSizes, startWorkersEarly } = await import("../intake/parallel/warm.js");
  try {
    startWorkersEarly(fileSizes(collectInputFiles(inputs, cwd).files.map((file) => file.path)));
  } catch {
    // no inputs, a missing file …: the command says so
  }
}
