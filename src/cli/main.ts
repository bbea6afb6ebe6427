// The one place that turns errors into messages and exit codes (DESIGN §6):
// 0 success · 1 the work was done and found problems · 2 baocao could not run.
import { CommanderError } from "commander";
import { ExitError, UserError } from "../errors.js";
import { WorkspaceConfigError } from "../workspace/config-error.js";
import type { Lang } from "../messages/index.js";
import { isLang, messages } from "../messages/index.js";
import { formatConfigIssue } from "../workspace/format-issue.js";
import { colorAllowed, Output } from "./output.js";
import type { ProgramContext } from "./program.js";
import { createProgram } from "./program.js";
import { describeUsageError } from "./usage.js";

export interface MainEnvironment {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdinIsTTY: boolean;
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
  const fallbackOutput = () =>
    context.output ??
    new Output({ lang, json: false, quiet: false, debug, color: colorAllowed(env, argv.includes("--no-color")) });
  try {
    await createProgram(lang, context).parseAsync(argv, { from: "user" });
    return context.exitCode;
  } catch (error) {
    return reportError(error, fallbackOutput(), lang, debug);
  }
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

function reportError(error: unknown, output: Output, lang: Lang, debug: boolean): number {
  const m = messages(lang);
  const red = (text: string) => output.err.red.bold(text);
  if (error instanceof CommanderError) {
    // --help and --version end through exitOverride too.
    if (error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version")
      return 0;
    const usage = describeUsageError(error, lang);
    output.error(`${red(`${m.cli.errorPrefix}:`)} ${usage.message}`);
    output.error(usage.hint);
    return 2;
  }
  if (error instanceof ExitError) return error.exitCode;
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
