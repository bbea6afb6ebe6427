// The line that says what converting .xls/.ods/.xlsb files cost (validate and ingest).
import type { Lang } from "../messages/index.js";

/** The count and the seconds (one decimal, "3,4" in Vietnamese) of the files converted. */
export function conversionParams(conversions: { count: number; ms: number }, lang: Lang) {
  const seconds = (conversions.ms / 1000).toFixed(1);
  return { count: conversions.count, seconds: lang === "vi" ? seconds.replace(".", ",") : seconds };
}
