// Comparison with the same period of the previous year ("so với cùng kỳ"), the core of every
// periodic report: "tăng 3 vụ (+12,5%)", "giảm 2 vụ (-20,0%)", "bằng cùng kỳ".

import { normalizeText } from "./normalize.js";
import { formatNumber, formatPercent, roundDecimal, toEnglishNotation } from "./numbers.js";

export interface Change {
  /** current − previous; null when there is no previous figure. */
  readonly change: number | null;
  /** Percentage of the previous figure, 1 decimal; null without a previous figure or on a zero base. */
  readonly changePct: number | null;
}

/**
 * change = current − previous, changePct = change / |previous| × 100 rounded half away from zero to 1 decimal.
 * Dividing by |previous| keeps the sign of the percentage equal to the direction of the change
 * even for a negative base (e.g. a deficit). Throws RangeError for non-finite inputs.
 */
export function computeChange(current: number, previous: number | null): Change {
  if (!Number.isFinite(current) || (previous !== null && !Number.isFinite(previous))) {
    throw new RangeError(`Cannot compare ${current} with ${String(previous)}`);
  }
  if (previous === null) return { change: null, changePct: null };
  const change = current - previous;
  // No percentage on a zero base: "+∞%" says nothing to the reader.
  const changePct = previous === 0 ? null : roundDecimal((change / Math.abs(previous)) * 100, 1);
  return { change, changePct };
}

export interface DescribeChangeOptions {
  /** The figures are money: the amount is written in whole đồng. Implied when the unit is "đồng". */
  readonly money?: boolean;
  /**
   * "en" for the CLI's English output (--lang en): "up 3 (+12.5%)", "down 2 (-20.0%)", "same as last year".
   * The unit is left out there: it is workspace data in Vietnamese. Documents are always Vietnamese.
   */
  readonly lang?: "vi" | "en";
}

/**
 * The phrase against the same period: "tăng 3 vụ (+12,5%)", "giảm 2 vụ (-20,0%)", "bằng cùng kỳ",
 * "tăng 5 vụ" on a zero base (no percentage), "" when there is no previous figure (nothing to compare).
 * An empty unit writes just the amount: "tăng 3 (+12,5%)".
 */
export function describeChange(
  current: number,
  previous: number | null,
  unit: string,
  options: DescribeChangeOptions = {},
): string {
  const { change, changePct } = computeChange(current, previous);
  if (change === null) return "";
  const english = options.lang === "en";
  const unitText = normalizeText(unit);
  const money = options.money === true || unitText === "đồng";
  const amount = formatNumber(Math.abs(change), money ? { decimals: 0 } : {});
  // Compare the amount as printed: a float remainder such as 0.1 + 0.2 − 0.3 must not read "tăng 0 vụ".
  if (/^[0,.]+$/.test(amount)) return english ? "same as last year" : "bằng cùng kỳ";

  const percent = changePct === null ? null : `${change > 0 ? "+" : "-"}${formatPercent(Math.abs(changePct), 1)}`;
  if (english) {
    const phrase = `${change > 0 ? "up" : "down"} ${toEnglishNotation(amount)}`;
    return percent === null ? phrase : `${phrase} (${toEnglishNotation(percent)})`;
  }
  const verb = change > 0 ? "tăng" : "giảm";
  const phrase = unitText === "" ? `${verb} ${amount}` : `${verb} ${amount} ${unitText}`;
  return percent === null ? phrase : `${phrase} (${percent})`;
}
