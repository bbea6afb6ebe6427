// `baocao letters <template> [--to units|FILE] [filters] [--period P] [--number-from N | --draft] …`:
// the same letter to many recipients, one .docx each (or one combined), with a manifest (src/app/letters.ts).
import { letters as makeLetters } from "../../../app/letters.js";
import type { LettersOptions as AppLettersOptions, LettersResult } from "../../../app/letters.js";
import type { CalendarDate } from "../../../domain/calendar-date.js";
import { vietnamDateOf } from "../../../domain/calendar-date.js";
import { UserError } from "../../../errors.js";
import { parseCitedLetter } from "../../../letters/index.js";
import { askFirstLetterNumber } from "../../numbering.js";
import { loadWorkspace, parseDateOption, parsePeriodOption } from "../../options.js";
import type { Prompter } from "../../prompter.js";
import { terminalPrompter } from "../../prompter.js";

export { printLetters } from "./print.js";
export { createProgress } from "../../progress.js";
export type { LettersResult };

/** The use case's options as flags give them: the workspace folder, and the period and date as typed. */
export type LettersOptions = Omit<AppLettersOptions, "date" | "today" | "deadline" | "ref"> & {
  workspace?: string;
  period?: string;
  date?: string;
  /** --deadline DD/MM/YYYY */
  deadline?: string | undefined;
  /** --ref "120/STTTT-TTr, 05/6/2023" */
  ref?: string | undefined;
  today?: CalendarDate;
  /** On a terminal (and no --no-input): without --number-from or --draft, ask for the first number. */
  interactive?: boolean;
  prompter?: Prompter;
};

export async function letters(options: LettersOptions): Promise<LettersResult> {
  const period = parsePeriodOption(options.period);
  if ((options.missing || options.rejected) && period === null)
    throw new UserError("letters/needs-period", { option: options.missing ? "--missing" : "--rejected" });
  if (options.draft && options.numberFrom !== undefined) throw new UserError("letters/number-and-draft");
  const date = options.date === undefined ? undefined : parseDateOption(options.date, "--date");
  const deadline = options.deadline === undefined ? undefined : parseDateOption(options.deadline, "--deadline");
  const ref = options.ref === undefined ? undefined : parseCitedLetter(options.ref);
  if (ref === null) throw new UserError("letters/bad-ref", { value: options.ref! });
  const workspace = await loadWorkspace(options.workspace, options.cwd);
  const {
    period: _period,
    workspace: _workspace,
    date: _date,
    deadline: _deadline,
    ref: _ref,
    today,
    interactive,
    prompter,
    ...rest
  } = options;
  if (interactive === true && !rest.draft && !rest.dryRun && rest.numberFrom === undefined) {
    const first = await askFirstLetterNumber(prompter ?? (await terminalPrompter(rest.lang)), rest.lang);
    if (first === null) rest.draft = true;
    else rest.numberFrom = first;
  }
  return makeLetters(workspace, period, {
    ...rest,
    today: today ?? vietnamDateOf(new Date()),
    ...(date === undefined ? {} : { date }),
    ...(deadline === undefined ? {} : { deadline }),
    ...(ref === undefined ? {} : { ref }),
  });
}

export function lettersExitCode(result: LettersResult): number {
  return result.failed > 0 ? 1 : 0;
}
