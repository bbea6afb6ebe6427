import { describe, expect, it } from "vitest";
import { followingPeriod } from "./following-period.js";
import type { Period } from "./period.js";
import { precedingPeriod } from "./preceding-period.js";

describe("precedingPeriod", () => {
  it("steps back one period of the same kind, across the year", () => {
    expect(precedingPeriod({ kind: "half", year: 2023, half: 1 })).toEqual({ kind: "half", year: 2022, half: 2 });
    expect(precedingPeriod({ kind: "half", year: 2023, half: 2 })).toEqual({ kind: "half", year: 2023, half: 1 });
    expect(precedingPeriod({ kind: "quarter", year: 2023, quarter: 1 })).toEqual({
      kind: "quarter",
      year: 2022,
      quarter: 4,
    });
    expect(precedingPeriod({ kind: "month", year: 2024, month: 1 })).toEqual({ kind: "month", year: 2023, month: 12 });
    expect(precedingPeriod({ kind: "year", year: 2024 })).toEqual({ kind: "year", year: 2023 });
  });

  it("undoes followingPeriod", () => {
    const periods: Period[] = [
      { kind: "half", year: 2023, half: 2 },
      { kind: "quarter", year: 2023, quarter: 3 },
      { kind: "month", year: 2023, month: 12 },
    ];
    for (const period of periods) expect(precedingPeriod(followingPeriod(period))).toEqual(period);
  });
});
