// Usage errors (a mistyped option, a missing --period …) in baocao's own words. commander reports them in
// English through exitOverride; each command's override wraps the CommanderError with the command it came
// from, so the message can name that command's help (`baocao report --help`) and its options.
import type { Command } from "commander";
import { CommanderError } from "commander";
import type { Lang } from "../messages/index.js";
import { messages } from "../messages/index.js";

export class UsageError extends CommanderError {
  constructor(
    error: CommanderError,
    /** The command whose arguments were wrong; the program itself for a global option or an unknown command. */
    readonly command: Command,
  ) {
    super(error.exitCode, error.code, error.message);
    this.name = "UsageError";
  }
}

/** Every command reports its usage errors as a UsageError that knows it (commander's public exitOverride). */
export function reportUsageErrors(program: Command): void {
  for (const command of [program, ...program.commands]) {
    command.exitOverride((error) => {
      throw new UsageError(error, command);
    });
  }
}

/** `baocao report` for the report command, `baocao` for the program. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at !== null; at = at.parent) names.unshift(at.name());
  return names.join(" ");
}

/** The two lines a usage error prints: what is wrong, and where the help is. */
export function describeUsageError(error: CommanderError, lang: Lang): { message: string; hint: string } {
  const u = messages(lang).cli.usageErrors;
  const command = error instanceof UsageError ? error.command : null;
  const help = command === null || error.code === "commander.unknownCommand" ? "baocao" : commandPath(command);
  return { message: usageMessage(error, command, lang), hint: u.hint({ command: help }) };
}

function usageMessage(error: CommanderError, command: Command | null, lang: Lang): string {
  const u = messages(lang).cli.usageErrors;
  const raw = error.message.replace(/^error:\s*/, "");
  const quoted = [...raw.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? "");
  // commander's own suggestion: "(Did you mean --period?)" or "(Did you mean one of a, b?)".
  const suggestion = /Did you mean (?:one of )?(.+?)\?\)?$/m.exec(raw)?.[1] ?? "";
  const flag = (flags: string) => flags.split(/[ ,|]+/).find((part) => part.startsWith("--")) ?? flags.split(" ")[0]!;
  switch (error.code) {
    case "commander.unknownOption":
      return u.unknownOption({ option: quoted[0] ?? raw, suggestion });
    case "commander.unknownCommand":
      return u.unknownCommand({ command: quoted[0] ?? raw, suggestion });
    case "commander.missingArgument": {
      const name = quoted[0] ?? "";
      const description = command?.registeredArguments.find((argument) => argument.name() === name)?.description;
      return u.missingArgument({
        argument: localiseTerm(`<${name}>`, lang),
        command: commandName(command),
        description: description ?? "",
      });
    }
    case "commander.optionMissingArgument":
      return u.missingOptionValue({ option: flag(quoted[0] ?? raw) });
    case "commander.missingMandatoryOptionValue":
      return u.missingOption({ option: flag(quoted[0] ?? raw) });
    case "commander.invalidArgument": {
      // "option '--lang <lang>' argument 'fr' is invalid. Allowed choices are vi, en." or, from our own
      // parsers (positiveInteger, --kind), "… is invalid. <the reason, already in the user's language>".
      const choices = /Allowed choices are (.+)\.$/m.exec(raw)?.[1];
      const detail =
        choices === undefined ? (/is invalid[^.]*\.\s*([^]*)$/.exec(raw)?.[1] ?? "") : u.choices({ choices });
      const option = raw.startsWith("option") ? flag(quoted[0] ?? "") : localiseTerm(`<${quoted[1] ?? ""}>`, lang);
      const value = raw.startsWith("option") ? (quoted[1] ?? "") : (quoted[0] ?? "");
      return u.invalidValue({ option, value, detail });
    }
    case "commander.excessArguments": {
      const extra = command === null ? [] : command.args.slice(command.registeredArguments.length);
      return u.excessArguments({ command: commandName(command), arguments: extra.map((arg) => `"${arg}"`).join(" ") });
    }
    case "commander.help": {
      // The program's help was shown on stderr for want of a command: `baocao help nope`, or no command at all.
      const [first, second] = command?.args ?? [];
      return first === "help" && second !== undefined
        ? u.unknownCommand({ command: second, suggestion: "" })
        : u.noCommand;
    }
    default:
      return u.other({ detail: raw.replace(/\n/g, " ") });
  }
}

function commandName(command: Command | null): string {
  return command === null ? "baocao" : commandPath(command);
}

/**
 * The words of commander's help and usage lines in the user's language: `[options]`, `[command]` and the
 * placeholders of arguments and option values (`<period>` → `<kỳ>`). English keeps them as they are.
 */
export function localiseTerm(text: string, lang: Lang): string {
  const terms = messages(lang).cli.terms;
  return text.replace(
    /([<[])([^<>[\]]+?)(\.\.\.)?([>\]])/g,
    (whole: string, open: string, word: string, dots: string | undefined, close: string) => {
      const term = terms[word];
      return term === undefined ? whole : `${open}${term}${dots ?? ""}${close}`;
    },
  );
}
