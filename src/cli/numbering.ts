// The number and date of a document being issued: from --number/--date, asked on a terminal, or left
// blank with --draft for the records office to fill in at issue (Decree 30 draft form).
import type { CalendarDate } from "../domain/calendar-date.js";
import { vietnamDateOf } from "../domain/calendar-date.js";
import type { Numbering } from "../documents/compose/index.js";
import { UserError } from "../errors.js";
import { parseDateOption } from "./options.js";
import type { Lang } from "../messages/index.js";
import { messages } from "../messages/index.js";
import type { Prompter } from "./prompter.js";
import { terminalPrompter } from "./prompter.js";

export interface NumberingOptions {
  number?: string;
  date?: string;
  draft: boolean;
  interactive: boolean;
  lang: Lang;
  prompter?: Prompter;
  today?: CalendarDate;
  /** Which options these are, for questions and errors (default --number, --date). */
  cites?: "report";
}

export async function resolveNumbering(options: NumberingOptions): Promise<Numbering> {
  const today = options.today ?? vietnamDateOf(new Date());
  if (options.draft) {
    const month = options.date === undefined ? today : parseDateOption(options.date, "--date");
    return { number: null, date: { draft: true, year: month.year, month: month.month } };
  }
  const names =
    options.cites === "report"
      ? { number: "--report-number", date: "--report-date" }
      : { number: "--number", date: "--date" };
  let number = options.number;
  let date = options.date === undefined ? undefined : parseDateOption(options.date, "--date");
  if ((number === undefined || date === undefined) && options.interactive) {
    const m = messages(options.lang).documents;
    const prompter = options.prompter ?? (await terminalPrompter());
    number ??= await prompter.input(options.cites === "report" ? m.askReportNumber : m.askNumber, "");
    const todayText = `${String(today.day).padStart(2, "0")}/${String(today.month).padStart(2, "0")}/${today.year}`;
    date ??= parseDateOption(
      await prompter.input(options.cites === "report" ? m.askReportDate : m.askDate, todayText),
      names.date,
    );
  }
  const missing = [
    number === undefined || number === "" ? names.number : null,
    date === undefined ? names.date : null,
  ].filter(Boolean);
  if (missing.length > 0 || date === undefined || number === undefined)
    // The report a directive answers was issued already: --draft (blank number and day) is not for it.
    throw new UserError(options.cites === "report" ? "document/missing-cited" : "document/missing-metadata", {
      missing: missing.join(", "),
    });
  if (!/^[0-9]{1,6}$/.test(number)) throw new UserError("document/bad-number", { value: number });
  // Numbers start at 1 ("Số: 0/BC-…" is no number), as --number-from does for letters.
  if (/^0+$/.test(number)) throw new UserError("number/zero-option", { option: names.number, value: number });
  return { number, date };
}
