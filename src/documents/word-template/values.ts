// A value as the runs that replace its placeholder. Values are text, never markup: docx escapes them
// when it writes the XML, so "<w:p>&" prints as typed. Line breaks become w:br inside the paragraph, the
// characters XML cannot hold become U+FFFD (cleanText, as the layout engine does), and so do the two
// private-use characters that delimit placeholders inside a prepared template, so a value can never be
// read as a placeholder by the patches that follow it.
import { TextRun } from "docx";
import { cleanText } from "../layout/fonts.js";

export const OPEN = "\uE000";
export const CLOSE = "\uE001";

export type ScalarValue = string | number;

/** The text of a scalar value: strings as they are, numbers as JavaScript writes them. */
export function valueText(value: ScalarValue): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`cannot write ${value}`);
    return String(value);
  }
  return cleanText(value).replace(/[\uE000\uE001]/g, "\uFFFD");
}

export function valueRuns(value: ScalarValue): TextRun[] {
  return valueText(value)
    .split("\n")
    .map((line, index) => (index === 0 ? new TextRun(line) : new TextRun({ text: line, break: 1 })));
}

export function isScalar(value: unknown): value is ScalarValue {
  return typeof value === "string" || typeof value === "number";
}
