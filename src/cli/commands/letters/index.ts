// `baocao letters <template> [--to units|FILE] [filters] [--period P] [--number-from N | --draft] …`:
// the same letter to many recipients, one .docx each (or one combined), with a manifest (src/app/letters.ts).
// Large batches are made on worker threads (render-pool.ts), each letter written atomically (write-letter.ts).
import { letters as makeLetters } from "../../../app/letters.js";
import type { LetterWorkers, LettersResult } from "../../../app/letters.js";
import type { CalendarDate } from "../../../domain/calendar-date.js";
import { vietnamDateOf } from "../../../domain/calendar-date.js";
import { UserError } from "../../../errors.js";
import type { Lang } from "../../../messages/index.js";
import type { UnitKind } from "../../../workspace/schema.js";
import { loadWorkspace, parseDateOption, parsePeriodOption } from "../../options.js";
import { createRenderPool } from "./render-pool.js";
import { writeLetterAtomic } from "./write-letter.js";

export { printLetters } from "./print.js";
export { createProgress } from "./progress.js";
export type { LettersResult };

export interface LettersOptions {
  cwd: string;
  workspace?: string;
  /** A template name (templates/<name>.hbs, workspace first) or a .docx file. */
  template: string;
  to?: string;
  kind?: UnitKind;
  group?: string;
  units?: string[];
  missing: boolean;
  rejected: boolean;
  where: string[];
  period?: string;
  out?: string;
  combine: boolean;
  numberFrom?: number;
  date?: string;
  draft: boolean;
  dryRun: boolean;
  force: boolean;
  lang: Lang;
  today?: CalendarDate;
  /** For tests: letters in flight, all laid out in this thread (no worker threads). */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

const WORKERS: LetterWorkers = {
  createPool: (letters, word) => createRenderPool(letters, word),
  writeLetter: (path, bytes) => writeLetterAtomic(path, bytes, { dirExists: true }),
};

export async function letters(options: LettersOptions): Promise<LettersResult> {
  const period = parsePeriodOption(options.period);
  if ((options.missing || options.rejected) && period === null) throw new UserError("letters/needs-period", { option: options.missing ? "--missing" : "--rejected" });
  if (options.draft && options.numberFrom !== undefined) throw new UserError("letters/number-and-draft");
  const date = options.date === undefined ? undefined : parseDateOption(options.date, "--date");
  const workspace = loadWorkspace(options.workspace, options.cwd);
  const { period: _period, workspace: _workspace, date: _date, today, ...rest } = options;
  return makeLetters(workspace, period, { ...rest, today: today ?? vietnamDateOf(new Date()), ...(date === undefined ? {} : { date }) }, WORKERS);
}

export function lettersExitCode(result: LettersResult): number {
  return result.failed > 0 ? 1 : 0;
}
