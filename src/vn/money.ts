// Amounts of money in Vietnamese đồng, as written in reports: "1.250.000 đồng", "163 triệu đồng".

import { formatNumber } from "./numbers.js";

export interface FormatMoneyOptions {
  /** "dong" (default) writes every đồng; "million" writes "… triệu đồng" for large budget figures. */
  readonly scale?: "dong" | "million";
  /** Fixed digits after the decimal comma. Default: 0 for "dong", up to 2 (zeros dropped) for "million". */
  readonly decimals?: number;
}

/**
 * 1250000 → "1.250.000 đồng"; { scale: "million" }: 163000000 → "163 triệu đồng", 1250000 → "1,25 triệu đồng".
 * The đồng has no subunit in use, so by default a fractional amount is rounded to whole đồng.
 * Throws RangeError for NaN/±Infinity.
 */
export function formatMoney(amount: number, options: FormatMoneyOptions = {}): string {
  if (!Number.isFinite(amount)) throw new RangeError(`Cannot format ${amount} as money`);
  if (options.scale === "million") {
    const millions = amount / 1_000_000;
    const text =
      options.decimals === undefined
        ? formatNumber(millions, { decimals: 2, trimZeros: true })
        : formatNumber(millions, { decimals: options.decimals });
    return `${text} triệu đồng`;
  }
  return `${formatNumber(amount, { decimals: options.decimals ?? 0 })} đồng`;
}
