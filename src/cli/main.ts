// The one place that turns errors into messages and exit codes (DESIGN §6):
// 0 success · 1 the work was done and found problems · 2 baocao could not run.
import { CommanderError } from "commander";
import { ExitError, UserError } from "../errors.js";
import type { Lang } from "../messages/index.js";
import { isLang, messages } from "../messages/index.js";
import type { Output } from "./output.js";
import { colorAllowed } from "./terminal.js";
import type { ProgramContext } from "./program.js";
import { createProgram } from "./program.js";
import { describeUsageError } from "./usage.js";

export interface MainEnvironment {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdinIsTTY: boolean;
  /** Whether stdout is a terminal: `baocao` alone opens the guided round only when both are. */
  stdoutIsTTY?: boolean;
}

export async function main(environment: MainEnvironment): Promise<number> {
  const { argv, env } = environment;
  const lang = detectLang(argv, env);
  const debug = argv.includes("--debug");
  const context: ProgramContext = {
    cwd: environment.cwd,
    env,
    stdinIsTTY: environment.stdinIsTTY,
    exitCode: 0,
  };
  // chalk is loaded only to print an error or when a command runs (src/cli/program.ts), not for --help.
  const fallbackOutput = async () =>
    context.output ??
    new (await import("./output.js")).Output({
      lang,
      json: false,
      quiet: false,
      debug,
      color: colorAllowed(env, argv.includes("--no-color")),
    });
  try {
    const bare = bareInvocation(argv);
    if (bare !== null) return await withoutCommand(bare, environment, lang, context);
    await createProgram(lang, context).parseAsync(argv, { from: "user" });
    return context.exitCode;
  } catch (error) {
    // --help and --version end through exitOverride too: nothing to print, no need to load the output.
    if (error instanceof CommanderError && isCleanExit(error)) return 0;
    return await reportError(error, await fallbackOutput(), lang, debug);
  }
}

/** The global options of a command line that names no command (`baocao`, `baocao -w ws --lang en`). */
interface BareInvocation {
  workspace?: string;
  /** --no-input or --json: no questions. */
  noInput: boolean;
  noColor: boolean;
  quiet: boolean;
}

/** null when the command line holds anything but global options (a command, --help, --version, a typo). */
export function bareInvocation(argv: readonly string[]): BareInvocation | null {
  const bare: BareInvocation = { noInput: false, noColor: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-w" || arg === "--workspace" || arg === "--lang") {
      const value = argv[++i];
      if (value === undefined || (arg === "--lang" && !isLang(value))) return null;
      if (arg !== "--lang") bare.workspace = value;
    } else if (arg.startsWith("--workspace=")) bare.workspace = arg.slice("--workspace=".length);
    else if ((arg.startsWith("--lang=") && isLang(arg.slice("--lang=".length))) || arg === "--debug") continue;
    else if (arg === "--no-input" || arg === "--json") bare.noInput = true;
    else if (arg === "--no-color") bare.noColor = true;
    else if (arg === "-q" || arg === "--quiet") bare.quiet = true;
    else return null;
  }
  return bare;
}

/**
 * `baocao` with no command: on a terminal (stdin and stdout) the guided round; otherwise the help, exit 0
 * (a script or a pipe gets the list of commands, not a question nobody can answer).
 */
async function withoutCommand(
  bare: BareInvocation,
  environment: MainEnvironment,
  lang: Lang,
  context: ProgramContext,
): Promise<number> {
  const program = createProgram(lang, context);
  if (bare.noInput || !environment.stdinIsTTY || environment.stdoutIsTTY !== true) {
    process.stdout.write(program.helpInformation());
    return 0;
  }
  const { Output } = await import("./output.js");
  const output = new Output({
    lang,
    json: false,
    quiet: bare.quiet,
    debug: false,
    color: colorAllowed(environment.env, bare.noColor),
  });
  context.output = output;
  const [{ runGuided }, { terminalPrompter }] = await Promise.all([
    import("./guided/index.js"),
    import("./prompter.js"),
  ]);
  return runGuided({
    cwd: environment.cwd,
    ...(bare.workspace === undefined ? {} : { workspace: bare.workspace }),
    lang,
    output,
    prompter: await terminalPrompter(lang),
  });
}

/** --lang en / --lang=en on the command line, else BAOCAO_LANG, else Vietnamese. */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value !== undefined && isLang(value)) return value;
  }
  const fromEnv = env.BAOCAO_LANG?.toLowerCase().slice(0, 2);
  return fromEnv !== undefined && isLang(fromEnv) ? fromEnv : "vi";
}

function isCleanExit(error: CommanderError): boolean {
  return error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version";
}

async function reportError(error: unknown, output: Output, lang: Lang, debug: boolean): Promise<number> {
  const m = messages(lang);
  const red = (text: string) => output.err.red.bold(text);
  if (error instanceof CommanderError) {
    if (isCleanExit(error)) return 0;
    const usage = describeUsageError(error, lang);
    output.error(`${red(`${m.cli.errorPrefix}:`)} ${usage.message}`);
    output.error(usage.hint);
    return 2;
  }
  if (error instanceof ExitError) return error.exitCode;
  // The configuration's error and its wording are loaded when there is an error to report, not at every start.
  const [{ WorkspaceConfigError }, { formatConfigIssue }] = await Promise.all([
    import("../workspace/config-error.js"),
    import("../workspace/format-issue.js"),
  ]);
  if (error instanceof WorkspaceConfigError) {
    output.error(
      `${red(`${m.cli.errorPrefix}:`)} ${m.config.invalid({ file: error.file, count: error.issues.length })}`,
    );
    for (const issue of error.issues) output.error(`  ${formatConfigIssue(issue, lang)}`);
    if (debug && error.stack) output.error(error.stack);
    return error.exitCode;
  }
  if (error instanceof UserError) {
    const message = m.errors[error.code]?.(error.params) ?? error.code;
    output.error(`${red(`${m.cli.errorPrefix}:`)} ${message}`);
    if (debug && error.stack) output.error(error.stack);
    return error.exitCode;
  }
  // A bug: show everything and ask for a report.
  output.error(red(m.cli.internalError));
  output.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return 2;
}
