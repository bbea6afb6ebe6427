import type { Period } from "./period.js";

/**
 * The period of the same kind that starts right after `p` (2023-H2 → 2024-H1, 2023-12 → 2024-01).
 * Not to be confused with previousPeriod, which is "cùng kỳ" (one year back).
 */
export function followingPeriod(p: Period): Period {
  switch (p.kind) {
    case "half":
      return p.half === 1 ? { kind: "half", year: p.year, half: 2 } : { kind: "half", year: p.year + 1, half: 1 };
    case "year":
      return { kind: "year", year: p.year + 1 };
    case "quarter":
      return p.quarter === 4
        ? { kind: "quarter", year: p.year + 1, quarter: 1 }
        : { kind: "quarter", year: p.year, quarter: (p.quarter + 1) as 2 | 3 | 4 };
    case "month":
      return p.month === 12
        ? { kind: "month", year: p.year + 1, month: 1 }
        : { kind: "month", year: p.year, month: p.month + 1 };
  }
}
