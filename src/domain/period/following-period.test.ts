import { describe, expect, it } from "vitest";
import { followingPeriod } from "./following-period.js";

describe("followingPeriod", () => {
  it("steps within a year", () => {
    expect(followingPeriod({ kind: "half", year: 2023, half: 1 })).toEqual({ kind: "half", year: 2023, half: 2 });
    expect(followingPeriod({ kind: "quarter", year: 2023, quarter: 2 })).toEqual({
      kind: "quarter",
      year: 2023,
      quarter: 3,
    });
    expect(followingPeriod({ kind: "month", year: 2023, month: 7 })).toEqual({ kind: "month", year: 2023, month: 8 });
  });

  it("rolls over into the next year", () => {
    expect(followingPeriod({ kind: "half", year: 2023, half: 2 })).toEqual({ kind: "half", year: 2024, half: 1 });
    expect(followingPeriod({ kind: "quarter", year: 2023, quarter: 4 })).toEqual({
      kind: "quarter",
      year: 2024,
      quarter: 1,
    });
    expect(followingPeriod({ kind: "month", year: 2023, month: 12 })).toEqual({ kind: "month", year: 2024, month: 1 });
    expect(followingPeriod({ kind: "year", year: 2023 })).toEqual({ kind: "year", year: 2024 });
  });
});
