import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, compareDates, toIsoDate } from "../calendar-date.js";
import { dataWindow } from "./data-window.js";
import { followingPeriod } from "./following-period.js";
import type { DateWindow, Period, PeriodRule } from "./period.js";

const iso = (w: DateWindow) => [toIsoDate(w.from), toIsoDate(w.to)];
const half = (year: number, h: 1 | 2): Period => ({ kind: "half", year, half: h });
const quarter = (year: number, q: 1 | 2 | 3 | 4): Period => ({ kind: "quarter", year, quarter: q });
const month = (year: number, m: number): Period => ({ kind: "month", year, month: m });
const yearPeriod = (year: number): Period => ({ kind: "year", year });

describe("dataWindow: Decree 09/2019/NĐ-CP Điều 12", () => {
  it("is the default rule", () => {
    expect(iso(dataWindow(half(2023, 1)))).toEqual(["2022-12-15", "2023-06-14"]);
  });

  it("six months: 15/12 of the previous year → 14/6, then 15/6 → 14/12", () => {
    expect(iso(dataWindow(half(2023, 1), "decree-09"))).toEqual(["2022-12-15", "2023-06-14"]);
    expect(iso(dataWindow(half(2023, 2), "decree-09"))).toEqual(["2023-06-15", "2023-12-14"]);
  });

  it("year: 15/12 of the previous year → 14/12", () => {
    expect(iso(dataWindow(yearPeriod(2023), "decree-09"))).toEqual(["2022-12-15", "2023-12-14"]);
  });

  it("quarters: 15th of the month before the quarter → 14th of its last month", () => {
    expect(iso(dataWindow(quarter(2023, 1), "decree-09"))).toEqual(["2022-12-15", "2023-03-14"]);
    expect(iso(dataWindow(quarter(2023, 2), "decree-09"))).toEqual(["2023-03-15", "2023-06-14"]);
    expect(iso(dataWindow(quarter(2023, 3), "decree-09"))).toEqual(["2023-06-15", "2023-09-14"]);
    expect(iso(dataWindow(quarter(2023, 4), "decree-09"))).toEqual(["2023-09-15", "2023-12-14"]);
  });

  it("months: 15th of the previous month → 14th of the month", () => {
    expect(iso(dataWindow(month(2023, 1), "decree-09"))).toEqual(["2022-12-15", "2023-01-14"]);
    expect(iso(dataWindow(month(2023, 3), "decree-09"))).toEqual(["2023-02-15", "2023-03-14"]);
    expect(iso(dataWindow(month(2024, 3), "decree-09"))).toEqual(["2024-02-15", "2024-03-14"]);
    expect(iso(dataWindow(month(2023, 7), "decree-09"))).toEqual(["2023-06-15", "2023-07-14"]);
    expect(iso(dataWindow(month(2023, 12), "decree-09"))).toEqual(["2023-11-15", "2023-12-14"]);
  });
});

describe("dataWindow: calendar", () => {
  it("six months and year", () => {
    expect(iso(dataWindow(half(2023, 1), "calendar"))).toEqual(["2023-01-01", "2023-06-30"]);
    expect(iso(dataWindow(half(2023, 2), "calendar"))).toEqual(["2023-07-01", "2023-12-31"]);
    expect(iso(dataWindow(yearPeriod(2023), "calendar"))).toEqual(["2023-01-01", "2023-12-31"]);
  });

  it("quarters", () => {
    expect(iso(dataWindow(quarter(2023, 1), "calendar"))).toEqual(["2023-01-01", "2023-03-31"]);
    expect(iso(dataWindow(quarter(2023, 2), "calendar"))).toEqual(["2023-04-01", "2023-06-30"]);
    expect(iso(dataWindow(quarter(2023, 3), "calendar"))).toEqual(["2023-07-01", "2023-09-30"]);
    expect(iso(dataWindow(quarter(2023, 4), "calendar"))).toEqual(["2023-10-01", "2023-12-31"]);
  });

  it("months, including leap and common Februaries", () => {
    expect(iso(dataWindow(month(2023, 1), "calendar"))).toEqual(["2023-01-01", "2023-01-31"]);
    expect(iso(dataWindow(month(2023, 2), "calendar"))).toEqual(["2023-02-01", "2023-02-28"]);
    expect(iso(dataWindow(month(2024, 2), "calendar"))).toEqual(["2024-02-01", "2024-02-29"]);
    expect(iso(dataWindow(month(2024, 3), "calendar"))).toEqual(["2024-03-01", "2024-03-31"]);
    expect(iso(dataWindow(month(2000, 2), "calendar"))).toEqual(["2000-02-01", "2000-02-29"]);
    expect(iso(dataWindow(month(1900, 2), "calendar"))).toEqual(["1900-02-01", "1900-02-28"]);
    expect(iso(dataWindow(month(2023, 4), "calendar"))).toEqual(["2023-04-01", "2023-04-30"]);
  });
});

describe("dataWindow: properties", () => {
  const year = fc.integer({ min: 1900, max: 2999 });
  const rule = fc.constantFrom<PeriodRule>("decree-09", "calendar");
  const byKind: Record<"half" | "quarter" | "month" | "year", fc.Arbitrary<Period>> = {
    half: fc.tuple(year, fc.constantFrom(1 as const, 2 as const)).map(([y, h]) => half(y, h)),
    quarter: fc
      .tuple(year, fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const))
      .map(([y, q]) => quarter(y, q)),
    month: fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => month(y, m)),
    year: year.map(yearPeriod),
  };

  for (const [kind, periods] of Object.entries(byKind)) {
    it(`consecutive ${kind} windows tile without gap or overlap`, () => {
      fc.assert(
        fc.property(periods, rule, (p, r) => {
          const current = dataWindow(p, r);
          const next = dataWindow(followingPeriod(p), r);
          expect(compareDates(current.from, current.to)).toBeLessThan(0);
          expect(toIsoDate(next.from)).toBe(toIsoDate(addDays(current.to, 1)));
        }),
      );
    });
  }

  it("the halves, quarters and months of a year start and end with the year's window", () => {
    fc.assert(
      fc.property(year, rule, (y, r) => {
        const whole = iso(dataWindow(yearPeriod(y), r));
        expect([iso(dataWindow(half(y, 1), r))[0], iso(dataWindow(half(y, 2), r))[1]]).toEqual(whole);
        expect([iso(dataWindow(quarter(y, 1), r))[0], iso(dataWindow(quarter(y, 4), r))[1]]).toEqual(whole);
        expect([iso(dataWindow(month(y, 1), r))[0], iso(dataWindow(month(y, 12), r))[1]]).toEqual(whole);
      }),
    );
  });
});
