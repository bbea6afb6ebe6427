import type { Period } from "./period.js";
import { quarterToRoman } from "./roman-quarter.js";

/**
 * The Vietnamese wording used in report titles and bodies: "6 tháng đầu năm 2023", "6 tháng cuối năm 2023",
 * "năm 2023", "quý III năm 2023", "tháng 7 năm 2023" (months without a leading zero in prose).
 */
export function periodLabel(p: Period): string {
  switch (p.kind) {
    case "half":
      return `6 tháng ${p.half === 1 ? "đầu" : "cuối"} năm ${p.year}`;
    case "year":
      return `năm ${p.year}`;
    case "quarter":
      return `quý ${quarterToRoman(p.quarter)} năm ${p.year}`;
    case "month":
      return `tháng ${p.month} năm ${p.year}`;
  }
}
