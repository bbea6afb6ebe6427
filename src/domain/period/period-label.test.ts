import { describe, expect, it } from "vitest";
import { periodLabel } from "./period-label.js";

describe("periodLabel", () => {
  it("writes the Vietnamese wording for each kind", () => {
    expect(periodLabel({ kind: "half", year: 2023, half: 1 })).toBe("6 tháng đầu năm 2023");
    expect(periodLabel({ kind: "half", year: 2023, half: 2 })).toBe("6 tháng cuối năm 2023");
    expect(periodLabel({ kind: "year", year: 2023 })).toBe("năm 2023");
    expect(periodLabel({ kind: "month", year: 2023, month: 7 })).toBe("tháng 7 năm 2023");
    expect(periodLabel({ kind: "month", year: 2023, month: 11 })).toBe("tháng 11 năm 2023");
  });

  it("uses Roman numerals for quarters", () => {
    expect(periodLabel({ kind: "quarter", year: 2023, quarter: 1 })).toBe("quý I năm 2023");
    expect(periodLabel({ kind: "quarter", year: 2023, quarter: 2 })).toBe("quý II năm 2023");
    expect(periodLabel({ kind: "quarter", year: 2023, quarter: 3 })).toBe("quý III năm 2023");
    expect(periodLabel({ kind: "quarter", year: 2023, quarter: 4 })).toBe("quý IV năm 2023");
  });

  it("produces NFC text", () => {
    const label = periodLabel({ kind: "half", year: 2023, half: 1 });
    expect(label).toBe(label.normalize("NFC"));
  });
});
