import type { Period } from "./period.js";

/**
 * The period of the same kind that ends right before `p` (2023-H1 → 2022-H2, 2024-01 → 2023-12): the inverse
 * of followingPeriod. Not previousPeriod, which is "cùng kỳ" (one year back).
 */
export function precedingPeriod(p: Period): Period {
  switch (p.kind) {
    case "half":
      return p.half === 2 ? { kind: "half", year: p.year, half: 1 } : { kind: "half", year: p.year - 1, half: 2 };
    case "year":
      return { kind: "year", year: p.year - 1 };
    case "quarter":
      return p.quarter === 1
        ? { kind: "quarter", year: p.year - 1, quarter: 4 }
        : { kind: "quarter", year: p.year, quarter: (p.quarter - 1) as 1 | 2 | 3 };
    case "month":
      return p.month === 1
        ? { kind: "month", year: p.year - 1, month: 12 }
        : { kind: "month", year: p.year, month: p.month - 1 };
  }
}
