import { describe, expect, it } from "vitest";
import { periodCode } from "./period-code.js";

describe("periodCode", () => {
  it("writes each kind", () => {
    expect(periodCode({ kind: "half", year: 2023, half: 1 })).toBe("2023-H1");
    expect(periodCode({ kind: "half", year: 2023, half: 2 })).toBe("2023-H2");
    expect(periodCode({ kind: "year", year: 2023 })).toBe("2023");
    expect(periodCode({ kind: "quarter", year: 2023, quarter: 3 })).toBe("2023-Q3");
    expect(periodCode({ kind: "month", year: 2023, month: 7 })).toBe("2023-07");
    expect(periodCode({ kind: "month", year: 2023, month: 12 })).toBe("2023-12");
  });
});
