import type { Period } from "./period.js";

/**
 * "Cùng kỳ": the same period one year earlier (2023-H1 → 2022-H1, 2023-07 → 2022-07). Reports compare each
 * figure with cùng kỳ năm trước, not with the immediately preceding period, to cancel seasonal effects.
 */
export function previousPeriod(p: Period): Period {
  return { ...p, year: p.year - 1 };
}
