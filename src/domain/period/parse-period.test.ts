import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "./parse-period.js";
import type { Period } from "./period.js";
import { periodCode } from "./period-code.js";
import { periodLabel } from "./period-label.js";

const year = fc.integer({ min: 1900, max: 2999 });
const anyPeriod: fc.Arbitrary<Period> = fc.oneof(
  fc.record({ kind: fc.constant("half" as const), year, half: fc.constantFrom(1 as const, 2 as const) }),
  fc.record({ kind: fc.constant("year" as const), year }),
  fc.record({
    kind: fc.constant("quarter" as const),
    year,
    quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  }),
  fc.record({ kind: fc.constant("month" as const), year, month: fc.integer({ min: 1, max: 12 }) }),
);

const H1_2023: Period = { kind: "half", year: 2023, half: 1 };
const H2_2023: Period = { kind: "half", year: 2023, half: 2 };
const Y2023: Period = { kind: "year", year: 2023 };
const Q1_2023: Period = { kind: "quarter", year: 2023, quarter: 1 };
const Q3_2023: Period = { kind: "quarter", year: 2023, quarter: 3 };
const JUL_2023: Period = { kind: "month", year: 2023, month: 7 };

describe("parsePeriod: codes", () => {
  it.each<[string, Period]>([
    ["2023-H1", H1_2023],
    ["2023-h1", H1_2023],
    ["2023-H2", H2_2023],
    ["2023", Y2023],
    ["2023-Q3", Q3_2023],
    ["2023-q3", Q3_2023],
    ["2023-07", JUL_2023],
    ["  2023-07 ", JUL_2023],
  ])("%j", (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });
});

describe("parsePeriod: Vietnamese labels", () => {
  it.each<[string, Period]>([
    ["6 tháng đầu năm 2023", H1_2023],
    ["6 tháng cuối năm 2023", H2_2023],
    ["sáu tháng đầu năm 2023", H1_2023],
    ["Sáu tháng cuối năm 2023", H2_2023],
    ["6 THÁNG ĐẦU NĂM 2023", H1_2023],
    ["6 thang dau nam 2023", H1_2023],
    ["  6   tháng\u00a0đầu  năm 2023 ", H1_2023],
    ["6 tháng đầu năm 2023".normalize("NFD"), H1_2023],
    ["năm 2023", Y2023],
    ["Năm 2023", Y2023],
    ["quý I năm 2023", Q1_2023],
    ["Quý i năm 2023", Q1_2023],
    ["quý 1 năm 2023", Q1_2023],
    ["quý III/2023", Q3_2023],
    ["quý III / 2023", Q3_2023],
    ["quý 3/2023", Q3_2023],
    ["QUY III NAM 2023", Q3_2023],
    ["quý II năm 2023", { kind: "quarter", year: 2023, quarter: 2 }],
    ["quý IV năm 2023", { kind: "quarter", year: 2023, quarter: 4 }],
    ["tháng 7 năm 2023", JUL_2023],
    ["tháng 07/2023", JUL_2023],
    ["tháng 7/2023", JUL_2023],
    ["Tháng 07 năm 2023", JUL_2023],
    ["tháng 12/2023", { kind: "month", year: 2023, month: 12 }],
  ])("%j", (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });
});

describe("parsePeriod: rejections", () => {
  it.each([
    "",
    "   ",
    "abc",
    "2023-H3",
    "2023-H0",
    "2023-Q5",
    "2023-Q0",
    "2023-13",
    "2023-00",
    "2023-7",
    "tháng 13 năm 2023",
    "tháng 0 năm 2023",
    "tháng 007/2023",
    "quý V năm 2023",
    "quý 5 năm 2023",
    "quý IIII năm 2023",
    "6 tháng giữa năm 2023",
    "7 tháng đầu năm 2023",
    "năm 1899",
    "năm 3000",
    "1899",
    "23",
    "năm 20 23",
    "tháng 1 2/2023",
    "2023-H1 abc",
  ])("%j", (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe("parsePeriod: round trips", () => {
  it("reads back every code", () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        expect(parsePeriod(periodCode(p))).toEqual(p);
      }),
    );
  });

  it("reads back every label", () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        expect(parsePeriod(periodLabel(p))).toEqual(p);
      }),
    );
  });

  it("reads back labels regardless of case and accents", () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        const label = periodLabel(p);
        expect(parsePeriod(label.toUpperCase())).toEqual(p);
        expect(parsePeriod(label.normalize("NFD"))).toEqual(p);
      }),
    );
  });
});
