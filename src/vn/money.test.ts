import { describe, expect, it } from "vitest";
import { formatMoney } from "./money.js";

describe("formatMoney", () => {
  it("writes whole đồng by default", () => {
    expect(formatMoney(1250000)).toBe("1.250.000 đồng");
    expect(formatMoney(0)).toBe("0 đồng");
    expect(formatMoney(-500000)).toBe("-500.000 đồng");
    expect(formatMoney(1250000.6)).toBe("1.250.001 đồng");
    expect(formatMoney(1250000, { scale: "dong" })).toBe("1.250.000 đồng");
  });

  it("writes millions with up to 2 decimals, trailing zeros dropped", () => {
    expect(formatMoney(163000000, { scale: "million" })).toBe("163 triệu đồng");
    expect(formatMoney(1250000, { scale: "million" })).toBe("1,25 triệu đồng");
    expect(formatMoney(1500000, { scale: "million" })).toBe("1,5 triệu đồng");
    expect(formatMoney(1234567, { scale: "million" })).toBe("1,23 triệu đồng");
    expect(formatMoney(2345678901, { scale: "million" })).toBe("2.345,68 triệu đồng");
    expect(formatMoney(1005000, { scale: "million" })).toBe("1,01 triệu đồng");
  });

  it("uses fixed decimals when asked", () => {
    expect(formatMoney(163000000, { scale: "million", decimals: 1 })).toBe("163,0 triệu đồng");
    expect(formatMoney(1250000, { scale: "million", decimals: 0 })).toBe("1 triệu đồng");
    expect(formatMoney(1250000.5, { decimals: 1 })).toBe("1.250.000,5 đồng");
  });

  it("throws on non-finite amounts", () => {
    expect(() => formatMoney(Number.NaN)).toThrow(RangeError);
    expect(() => formatMoney(Number.POSITIVE_INFINITY, { scale: "million" })).toThrow(RangeError);
  });
});
