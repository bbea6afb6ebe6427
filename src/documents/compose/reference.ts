// How a document cites another: "841/BC-STTTT ngày 03/7/2023" (Decree 30 short date inside prose), or with
// the date in full, "841/BC-STTTT ngày 03 tháng 7 năm 2023", as an appendix's guidance line gives it.
import { DRAFT_BLANK, formatDecreeDate, formatDocumentShortDate, formatDraftDate } from "../../vn/dates.js";
import type { Numbering } from "./meta.js";

export function documentReference(numbering: Numbering, symbol: string, dateForm: "short" | "full" = "short"): string {
  // Decree 30: numbers below 10 are written with a leading zero, as on the "Số:" line.
  const number = numbering.number === null ? DRAFT_BLANK : numbering.number.padStart(2, "0");
  if (dateForm === "full") {
    const date =
      "draft" in numbering.date
        ? formatDraftDate(numbering.date.year, numbering.date.month)
        : formatDecreeDate(numbering.date);
    return `${number}/${symbol} ${date}`;
  }
  const date =
    "draft" in numbering.date
      ? `${DRAFT_BLANK}/${numbering.date.month < 3 ? `0${numbering.date.month}` : numbering.date.month}/${numbering.date.year}`
      : formatDocumentShortDate(numbering.date);
  return `${number}/${symbol} ngày ${date}`;
}
