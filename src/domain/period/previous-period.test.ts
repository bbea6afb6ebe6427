import { describe, expect, it } from "vitest";
import { previousPeriod } from "./previous-period.js";

describe("previousPeriod (cùng kỳ năm trước)", () => {
  it("is the same period one year earlier", () => {
    expect(previousPeriod({ kind: "half", year: 2023, half: 1 })).toEqual({ kind: "half", year: 2022, half: 1 });
    expect(previousPeriod({ kind: "half", year: 2023, half: 2 })).toEqual({ kind: "half", year: 2022, half: 2 });
    expect(previousPeriod({ kind: "year", year: 2023 })).toEqual({ kind: "year", year: 2022 });
    expect(previousPeriod({ kind: "quarter", year: 2023, quarter: 3 })).toEqual({
      kind: "quarter",
      year: 2022,
      quarter: 3,
    });
    expect(previousPeriod({ kind: "month", year: 2023, month: 7 })).toEqual({ kind: "month", year: 2022, month: 7 });
  });

  it("does not mutate its argument", () => {
    const p = { kind: "month", year: 2023, month: 1 } as const;
    previousPeriod(p);
    expect(p.year).toBe(2023);
  });
});
