// How a document cites another: "841/BC-STTTT ngày 03/7/2023" (Decree 30 short date inside prose).
import { DRAFT_BLANK, formatDocumentShortDate } from "../../vn/dates.js";
import type { Numbering } from "./meta.js";

export function documentReference(numbering: Numbering, symbol: string): string {
  // Decree 30: numbers below 10 are written with a leading zero, as on the "Số:" line.
  const number = numbering.number === null ? DRAFT_BLANK : numbering.number.padStart(2, "0");
  const date =
    "draft" in numbering.date
      ? `${DRAFT_BLANK}/${numbering.date.month < 3 ? `0${numbering.date.month}` : numbering.date.month}/${numbering.date.year}`
      : formatDocumentShortDate(numbering.date);
  return `${number}/${symbol} ngày ${date}`;
}
