import { foldForCompare } from "../../vn/normalize.js";
import { isValidPeriod } from "./period.js";
import type { Period } from "./period.js";
import { romanToQuarter } from "./roman-quarter.js";

// Patterns run on foldForCompare output: lower case, no accents, đ → d, single spaces, trimmed.
// " ?" is allowed only where a letter meets a digit or "/", so "tháng 7/2023" and "tháng7 / 2023" both
// parse, but two digit groups are never glued together ("năm 20 23" stays invalid).
const YEAR = String.raw`(\d{4})`;
const YEAR_SEP = String.raw`(?: ?nam ?| ?/ ?)`; // "năm 2023" or "/2023"

const CODE_HALF = new RegExp(String.raw`^${YEAR}-h(\d)$`);
const CODE_QUARTER = new RegExp(String.raw`^${YEAR}-q(\d)$`);
const CODE_MONTH = new RegExp(String.raw`^${YEAR}-(\d{2})$`);
const CODE_YEAR = new RegExp(String.raw`^${YEAR}$`);

const LABEL_HALF = new RegExp(String.raw`^(?:6 ?|sau )thang (dau|cuoi) nam ?${YEAR}$`);
const LABEL_YEAR = new RegExp(String.raw`^nam ?${YEAR}$`);
const LABEL_QUARTER = new RegExp(String.raw`^quy (i|ii|iii|iv)${YEAR_SEP}${YEAR}$`);
const LABEL_QUARTER_DIGIT = new RegExp(String.raw`^quy ?(\d{1,2})${YEAR_SEP}${YEAR}$`);
const LABEL_MONTH = new RegExp(String.raw`^thang ?(\d{1,2})${YEAR_SEP}${YEAR}$`);

/**
 * Reads a period code ("2023-H1", "2023-q3", "2023-07", "2023") or a Vietnamese label ("6 tháng đầu năm 2023",
 * "quý III/2023", "tháng 07/2023", …), ignoring accents, case and spacing. Returns null for anything else,
 * including out-of-range halves, quarters, months and years outside 1900–2999.
 */
export function parsePeriod(text: string): Period | null {
  const s = foldForCompare(text);
  if (s === "") return null;
  const candidate = readCandidate(s);
  return candidate !== null && isValidPeriod(candidate) ? candidate : null;
}

// Builds a period from the matched numbers without range checks; isValidPeriod does those in one place.
function readCandidate(s: string): Period | null {
  let m: RegExpExecArray | null;
  if ((m = CODE_HALF.exec(s))) return { kind: "half", year: Number(m[1]), half: Number(m[2]) as 1 | 2 };
  if ((m = CODE_QUARTER.exec(s))) {
    return { kind: "quarter", year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
  }
  if ((m = CODE_MONTH.exec(s))) return { kind: "month", year: Number(m[1]), month: Number(m[2]) };
  if ((m = CODE_YEAR.exec(s)) || (m = LABEL_YEAR.exec(s))) return { kind: "year", year: Number(m[1]) };
  if ((m = LABEL_HALF.exec(s))) return { kind: "half", year: Number(m[2]), half: m[1] === "dau" ? 1 : 2 };
  if ((m = LABEL_QUARTER.exec(s))) {
    const quarter = romanToQuarter(m[1] ?? "");
    return quarter === null ? null : { kind: "quarter", year: Number(m[2]), quarter };
  }
  if ((m = LABEL_QUARTER_DIGIT.exec(s))) {
    return { kind: "quarter", year: Number(m[2]), quarter: Number(m[1]) as 1 | 2 | 3 | 4 };
  }
  if ((m = LABEL_MONTH.exec(s))) return { kind: "month", year: Number(m[2]), month: Number(m[1]) };
  return null;
}
