import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent, parseVietnameseNumber, roundDecimal, toEnglishNotation } from "./numbers.js";

describe("formatNumber", () => {
  it.each([
    [0, "0"],
    [7, "7"],
    [999, "999"],
    [1000, "1.000"],
    [1234567, "1.234.567"],
    [-1234, "-1.234"],
    [12.5, "12,5"],
    [3.14159, "3,14"],
    [12.5001, "12,5"],
    [1.005, "1,01"],
    [0.125, "0,13"],
    [999.999, "1.000"],
    [-0.001, "0"],
    [-0, "0"],
    [1234567.891, "1.234.567,89"],
    [1e21, "1.000.000.000.000.000.000.000"],
    [Number.MAX_SAFE_INTEGER, "9.007.199.254.740.991"],
  ])("formats %d as %j", (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it("uses a fixed number of decimals when asked", () => {
    expect(formatNumber(12.5, { decimals: 1 })).toBe("12,5");
    expect(formatNumber(12, { decimals: 1 })).toBe("12,0");
    expect(formatNumber(12.25, { decimals: 1 })).toBe("12,3");
    expect(formatNumber(12.45, { decimals: 1 })).toBe("12,5");
    expect(formatNumber(-12.45, { decimals: 1 })).toBe("-12,5");
    expect(formatNumber(1234.5, { decimals: 0 })).toBe("1.235");
    expect(formatNumber(1.5e-7, { decimals: 8 })).toBe("0,00000015");
    expect(formatNumber(12, { decimals: 2, trimZeros: true })).toBe("12");
  });

  it("throws on non-finite values and bad decimals", () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: -1 })).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: 1.5 })).toThrow(RangeError);
  });

  it("agrees with an independent integer formatter (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (n) => {
        const digits = (n < 0n ? -n : n).toString();
        const groups: string[] = [];
        for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
        expect(formatNumber(Number(n))).toBe((n < 0n ? "-" : "") + groups.join("."));
      }),
    );
  });
});

describe("formatPercent", () => {
  it("writes a comma decimal, drops ',0' and puts no space before %", () => {
    expect(formatPercent(12.5)).toBe("12,5%");
    expect(formatPercent(20)).toBe("20,0%");
    expect(formatPercent(20.04)).toBe("20,0%");
    expect(formatPercent(-20)).toBe("-20,0%");
    expect(formatPercent(1234.56)).toBe("1.234,6%");
    expect(formatPercent(12.345, 2)).toBe("12,35%");
    expect(formatPercent(12.5, 0)).toBe("13%");
  });
});

describe("roundDecimal", () => {
  it("rounds half away from zero on the decimal value", () => {
    expect(roundDecimal(12.45, 1)).toBe(12.5);
    expect(roundDecimal(-12.45, 1)).toBe(-12.5);
    expect(roundDecimal(1.005, 2)).toBe(1.01);
    expect(roundDecimal(0.1 + 0.2, 1)).toBe(0.3);
    expect(roundDecimal(-0.04, 1)).toBe(0);
    expect(Object.is(roundDecimal(-0.04, 1), -0)).toBe(false);
    expect(roundDecimal(2.5, 0)).toBe(3);
    expect(roundDecimal(-2.5, 0)).toBe(-3);
  });
});

describe("parseVietnameseNumber", () => {
  it.each([
    ["1.234.567", 1234567],
    ["12,5", 12.5],
    ["1.234,5", 1234.5],
    ["-3", -3],
    ["+3", 3],
    ["\u22123", -3],
    ["  7 ", 7],
    ["1 234 567", 1234567],
    ["1\u00a0234\u00a0567", 1234567],
    ["1\u202f234,75", 1234.75],
    ["1.234", 1234],
    ["0", 0],
    ["-0", 0],
    ["007", 7],
    ["0,5", 0.5],
    ["12.5", 12.5],
    ["1234.5", 1234.5],
    ["1.2345", 1.2345],
  ])("reads %j as %d", (text, expected) => {
    expect(parseVietnameseNumber(text)).toBe(expected);
  });

  it.each([
    "",
    "   ",
    "abc",
    "12a",
    "1,2,3",
    "1.23.4",
    "1.2.3",
    "1.234.56",
    "12.34.567",
    "1234.567",
    "0.123",
    "01.234",
    "1.234 567",
    "1  234",
    ",5",
    "5,",
    "5.",
    ".5",
    "-",
    "--3",
    "+-3",
    "1e5",
    "Infinity",
    "NaN",
    "0x10",
    "1.234,5,6",
    "12.5,3",
    "٣",
    "1".repeat(400),
  ])("returns null for %j", (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });

  it("reads back formatted integers in ±1e15 (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (big) => {
        const n = Number(big);
        expect(parseVietnameseNumber(formatNumber(n))).toBe(n);
      }),
    );
  });

  it("reads back formatted numbers with 1–2 decimals (property)", () => {
    const withDecimals = fc
      .tuple(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), fc.constantFrom(10, 100))
      .map(([k, scale]) => Number(k) / scale);
    fc.assert(
      fc.property(withDecimals, (n) => {
        expect(parseVietnameseNumber(formatNumber(n))).toBe(n);
        expect(parseVietnameseNumber(formatNumber(n, { decimals: 2 }))).toBe(n);
      }),
    );
  });

  it("never throws (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("1", "2", "0", ".", ",", " ", "-", "+", "a", "\u00a0") }),
        (text) => {
          const parsed = parseVietnameseNumber(text);
          expect(parsed === null || Number.isFinite(parsed)).toBe(true);
        },
      ),
    );
  });
});

describe("toEnglishNotation", () => {
  it("swaps the thousands and decimal marks", () => {
    expect(toEnglishNotation("1.234.567,5")).toBe("1,234,567.5");
    expect(toEnglishNotation("12,5%")).toBe("12.5%");
    expect(toEnglishNotation("20")).toBe("20");
  });
});
