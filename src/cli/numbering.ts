// The number and date of a document being issued: from --number/--date, asked on a terminal, or left
// blank with --draft for the records office to fill in at issue (Decree 30 draft form).
import type { CalendarDate } from "../domain/calendar-date.js";
import { parseIsoDate, vietnamDateOf } from "../domain/calendar-date.js";
import type { Numbering } from "../documents/compose/index.js";
import { UserError } from "../errors.js";
import { parseShortDate } from "../vn/dates.js";
import { parseDateOption } from "./options.js";
import type { Lang } from "../messages/index.js";
import { messages } from "../messages/index.js";
import type { AnswerCheck, Prompter } from "./prompter.js";
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

/** A document number as typed: 1–6 digits, not 0 (numbers start at 1). */
export function numberCheck(lang: Lang): AnswerCheck {
  return (answer) => (/^[0-9]{1,6}$/.test(answer) && !/^0+$/.test(answer) ? true : messages(lang).guided.badNumber);
}

/** A date as typed: dd/mm/yyyy or yyyy-mm-dd. */
export function dateCheck(lang: Lang): AnswerCheck {
  return (answer) =>
    parseIsoDate(answer) !== null || parseShortDate(answer) !== null ? true : messages(lang).guided.badDate;
}

export function shortDateText(date: CalendarDate): string {
  return `${String(date.day).padStart(2, "0")}/${String(date.month).padStart(2, "0")}/${date.year}`;
}

export async function resolveNumbering(options: NumberingOptions): Promise<Numbering> {
  const today = options.today ?? vietnamDateOf(new Date());
  const draftOf = (month: CalendarDate): Numbering => ({
    number: null,
    date: { draft: true, year: month.year, month: month.month },
  });
  if (options.draft) return draftOf(options.date === undefined ? today : parseDateOption(options.date, "--date"));
  const names =
    options.cites === "report"
      ? { number: "--report-number", date: "--report-date" }
      : { number: "--number", date: "--date" };
  let number = options.number;
  let date = options.date === undefined ? undefined : parseDateOption(options.date, "--date");
  if ((number === undefined || date === undefined) && options.interactive) {
    const m = messages(options.lang).documents;
    const g = messages(options.lang).guided;
    const prompter = options.prompter ?? (await terminalPrompter(options.lang));
    // A document of one's own may be a draft; the report a directive cites was issued: it has a number.
    if (options.cites !== "report" && number === undefined) {
      const choice = await prompter.select(
        g.askNumbering,
        [
          { value: "number", name: g.numberingGiven },
          { value: "draft", name: g.numberingDraft, description: g.numberingDraftHelp },
        ],
        "number",
      );
      if (choice === "draft") return draftOf(date ?? today);
    }
    // Each answer is checked as it is typed and asked again if wrong: no answer is lost to a later one.
    number ??= await prompter.input(
      options.cites === "report" ? m.askReportNumber : m.askNumber,
      "",
      numberCheck(options.lang),
    );
    date ??= parseDateOption(
      await prompter.input(
        options.cites === "report" ? m.askReportDate : m.askDate,
        shortDateText(today),
        dateCheck(options.lang),
      ),
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

/** The first number of a batch of letters, asked on a terminal: a number, or null for a draft batch. */
export async function askFirstLetterNumber(prompter: Prompter, lang: Lang): Promise<number | null> {
  const g = messages(lang).guided;
  const choice = await prompter.select(
    g.askLetterNumbering,
    [
      { value: "number", name: g.letterNumberingGiven },
      { value: "draft", name: g.numberingDraft, description: g.numberingDraftHelp },
    ],
    "number",
  );
  if (choice === "draft") return null;
  return Number(await prompter.input(g.askFirstNumber, "", numberCheck(lang)));
}
