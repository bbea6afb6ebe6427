import { describe, expect, it } from "vitest";
import { isValidPeriod } from "./period.js";

describe("isValidPeriod", () => {
  it("accepts well-formed periods in 1900–2999", () => {
    expect(isValidPeriod({ kind: "half", year: 2023, half: 2 })).toBe(true);
    expect(isValidPeriod({ kind: "year", year: 1900 })).toBe(true);
    expect(isValidPeriod({ kind: "quarter", year: 2999, quarter: 4 })).toBe(true);
    expect(isValidPeriod({ kind: "month", year: 2023, month: 12 })).toBe(true);
  });

  it("rejects out-of-range parts", () => {
    expect(isValidPeriod({ kind: "year", year: 1899 })).toBe(false);
    expect(isValidPeriod({ kind: "year", year: 3000 })).toBe(false);
    expect(isValidPeriod({ kind: "year", year: 2023.5 })).toBe(false);
    expect(isValidPeriod({ kind: "month", year: 2023, month: 0 })).toBe(false);
    expect(isValidPeriod({ kind: "month", year: 2023, month: 13 })).toBe(false);
    expect(isValidPeriod({ kind: "quarter", year: 2023, quarter: 5 as never })).toBe(false);
    expect(isValidPeriod({ kind: "half", year: 2023, half: 3 as never })).toBe(false);
  });
});
