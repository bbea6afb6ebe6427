// The line that says what converting .xls/.ods/.xlsb files cost (validate and ingest).
import type { Lang } from "../messages/index.js";
import { messages } from "../messages/index.js";
import type { FeedbackSettings } from "./progress.js";
import { createProgress } from "./progress.js";

/** The count and the seconds (one decimal, "3,4" in Vietnamese) of the files converted. */
export function conversionParams(conversions: { count: number; ms: number }, lang: Lang) {
  const seconds = (conversions.ms / 1000).toFixed(1);
  return { count: conversions.count, seconds: lang === "vi" ? seconds.replace(".", ",") : seconds };
}

/**
 * A bar for the conversions (LibreOffice, a second or more per file) on a terminal, cleared once the last
 * file is converted, before the bar of the files validated appears; undefined off a terminal.
 */
export function conversionProgress(
  settings: FeedbackSettings | undefined,
  lang: Lang,
): ((done: number, total: number) => void) | undefined {
  const bar = createProgress(settings, messages(lang).validate.converting);
  if (bar === undefined) return undefined;
  return (done, total) => {
    bar.update(done, total);
    if (done === total) bar.stop();
  };
}
