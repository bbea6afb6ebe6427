import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth } from "../domain/calendar-date.js";
import type { CalendarDate } from "../domain/calendar-date.js";
import {
  DRAFT_BLANK,
  formatDecreeDate,
  formatDocumentShortDate,
  formatDraftDate,
  formatPlaceDate,
  formatShortDate,
  parseShortDate,
} from "./dates.js";

// The Decree 30 spelling of each month and of each day, written out by hand rather than computed
// with the helpers under test.
const MONTHS = ["01", "02", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"];
const DAYS = [
  "01",
  "02",
  "03",
  "04",
  "05",
  "06",
  "07",
  "08",
  "09",
  "10",
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "20",
  "21",
  "22",
  "23",
  "24",
  "25",
  "26",
  "27",
  "28",
  "29",
  "30",
  "31",
];

// Every valid day of 2024 (a leap year, so 29 February is covered).
const ALL_2024: { date: CalendarDate; day: string; month: string }[] = [];
for (let month = 1; month <= 12; month++) {
  for (let day = 1; day <= 31; day++) {
    // Independent of the module's validity check: the JS Date rolls an invalid day into the next month.
    const probe = new Date(Date.UTC(2024, month - 1, day));
    if (probe.getUTCMonth() !== month - 1) continue;
    ALL_2024.push({ date: { year: 2024, month, day }, day: DAYS[day - 1]!, month: MONTHS[month - 1]! });
  }
}

describe("formatDecreeDate", () => {
  it("gives the exact strings of the examples", () => {
    expect(formatDecreeDate({ year: 2023, month: 7, day: 3 })).toBe("ngày 03 tháng 7 năm 2023");
    expect(formatDecreeDate({ year: 2020, month: 1, day: 5 })).toBe("ngày 05 tháng 01 năm 2020");
    expect(formatDecreeDate({ year: 2024, month: 2, day: 10 })).toBe("ngày 10 tháng 02 năm 2024");
    expect(formatDecreeDate({ year: 2023, month: 12, day: 31 })).toBe("ngày 31 tháng 12 năm 2023");
  });

  it("covers all 366 days of 2024", () => {
    expect(ALL_2024).toHaveLength(366);
  });

  it.each(ALL_2024)("pads day < 10 and months 1–2 only: $date.day/$date.month", ({ date, day, month }) => {
    expect(formatDecreeDate(date)).toBe(`ngày ${day} tháng ${month} năm 2024`);
  });

  it("pads the day below 10 whatever the month, never pads months 3–12, and rejects days past month end", () => {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 31; day++) {
        if (day > daysInMonth(2023, month)) {
          expect(() => formatDecreeDate({ year: 2023, month, day })).toThrow(RangeError);
          continue;
        }
        const [, dayText, monthText] = /^ngày (\d+) tháng (\d+) năm 2023$/.exec(
          formatDecreeDate({ year: 2023, month, day }),
        )!;
        expect(dayText!.length === 2).toBe(true);
        expect(Number(dayText)).toBe(day);
        expect(monthText!.startsWith("0")).toBe(month === 1 || month === 2);
        expect(Number(monthText)).toBe(month);
      }
    }
  });

  it("rejects impossible dates", () => {
    expect(() => formatDecreeDate({ year: 2023, month: 2, day: 29 })).toThrow(RangeError);
    expect(() => formatDecreeDate({ year: 2023, month: 13, day: 1 })).toThrow(RangeError);
    expect(() => formatDecreeDate({ year: 2023, month: 4, day: 31 })).toThrow(RangeError);
    expect(() => formatDecreeDate({ year: 2023, month: 1, day: 0 })).toThrow(RangeError);
  });
});

describe("formatDraftDate", () => {
  it("leaves exactly six ASCII spaces for the day", () => {
    expect(DRAFT_BLANK).toBe("      ");
    expect(DRAFT_BLANK).toMatch(/^ {6}$/);
    expect(formatDraftDate(2023, 7)).toBe("ngày" + "      " + "tháng 7 năm 2023");
    expect(formatDraftDate(2023, 7)).toBe("ngày      tháng 7 năm 2023");
  });

  it.each(MONTHS.map((text, i) => ({ month: i + 1, text })))("writes month $month as '$text'", ({ month, text }) => {
    expect(formatDraftDate(2025, month)).toBe(`ngày      tháng ${text} năm 2025`);
  });

  it("lets the document number reuse the blank", () => {
    expect(`Số:${DRAFT_BLANK}/UBND-KGVX`).toBe("Số:      /UBND-KGVX");
  });

  it("rejects an invalid month or year", () => {
    expect(() => formatDraftDate(2023, 0)).toThrow(RangeError);
    expect(() => formatDraftDate(2023, 13)).toThrow(RangeError);
    expect(() => formatDraftDate(2023.5, 7)).toThrow(RangeError);
  });
});

describe("formatPlaceDate", () => {
  it("writes the place before the date", () => {
    expect(formatPlaceDate("Hưng Yên", { year: 2023, month: 7, day: 3 })).toBe("Hưng Yên, ngày 03 tháng 7 năm 2023");
    expect(formatPlaceDate("Hưng Yên", { draft: true, year: 2023, month: 7 })).toBe(
      "Hưng Yên, ngày      tháng 7 năm 2023",
    );
    expect(formatPlaceDate("Hà Nội", { draft: true, year: 2024, month: 1 })).toBe(
      "Hà Nội, ngày      tháng 01 năm 2024",
    );
  });

  it("normalises the place to trimmed NFC", () => {
    const nfd = "  Hưng Yên ".normalize("NFD");
    expect(formatPlaceDate(nfd, { year: 2023, month: 7, day: 3 })).toBe("Hưng Yên, ngày 03 tháng 7 năm 2023");
  });

  it("requires a place", () => {
    expect(() => formatPlaceDate("  ", { year: 2023, month: 7, day: 3 })).toThrow(RangeError);
  });
});

describe("formatShortDate / formatDocumentShortDate", () => {
  it("gives the exact strings of the examples", () => {
    expect(formatShortDate({ year: 2023, month: 7, day: 3 })).toBe("03/07/2023");
    expect(formatDocumentShortDate({ year: 2023, month: 7, day: 3 })).toBe("03/7/2023");
    expect(`Báo cáo số 841/BC-STTTT ngày ${formatDocumentShortDate({ year: 2023, month: 7, day: 3 })}`).toBe(
      "Báo cáo số 841/BC-STTTT ngày 03/7/2023",
    );
    expect(formatDocumentShortDate({ year: 2024, month: 2, day: 15 })).toBe("15/02/2024");
    expect(formatDocumentShortDate({ year: 2024, month: 11, day: 9 })).toBe("09/11/2024");
  });

  it.each(ALL_2024)("follows each rule for $date.day/$date.month", ({ date, day, month }) => {
    const fixedMonth = String(100 + date.month).slice(1);
    expect(formatShortDate(date)).toBe(`${day}/${fixedMonth}/2024`);
    expect(formatDocumentShortDate(date)).toBe(`${day}/${month}/2024`);
  });

  it("rejects impossible dates", () => {
    expect(() => formatShortDate({ year: 2023, month: 2, day: 31 })).toThrow(RangeError);
    expect(() => formatDocumentShortDate({ year: 2023, month: 2, day: 31 })).toThrow(RangeError);
  });
});

describe("parseShortDate", () => {
  it("reads day-first dates with /, - or . separators", () => {
    const expected = { year: 2023, month: 7, day: 3 };
    expect(parseShortDate("3/7/2023")).toEqual(expected);
    expect(parseShortDate("03/07/2023")).toEqual(expected);
    expect(parseShortDate("03-07-2023")).toEqual(expected);
    expect(parseShortDate("03.07.2023")).toEqual(expected);
    expect(parseShortDate("  03/07/2023\t")).toEqual(expected);
    expect(parseShortDate("\u00a003/7/2023\u00a0")).toEqual(expected);
  });

  it("never reads month first", () => {
    expect(parseShortDate("12/01/2024")).toEqual({ year: 2024, month: 1, day: 12 });
    expect(parseShortDate("07/13/2023")).toBeNull();
  });

  it("returns null for impossible dates", () => {
    expect(parseShortDate("31/02/2023")).toBeNull();
    expect(parseShortDate("29/02/2023")).toBeNull();
    expect(parseShortDate("29/02/2024")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseShortDate("00/01/2023")).toBeNull();
    expect(parseShortDate("01/00/2023")).toBeNull();
    expect(parseShortDate("32/01/2023")).toBeNull();
  });

  it.each([
    "",
    "03/07/23",
    "3/7/023",
    "03/07-2023",
    "2023-07-03",
    "2023/07/03",
    "003/07/2023",
    "03/07/2023 10:00",
    "ngày 03 tháng 7 năm 2023",
    "03 / 07 / 2023",
    "abc",
    "٠٣/٠٧/٢٠٢٣",
  ])("returns null for %j", (text) => {
    expect(parseShortDate(text)).toBeNull();
  });

  it("reads back every formatted short date", () => {
    for (const { date } of ALL_2024) {
      expect(parseShortDate(formatShortDate(date))).toEqual(date);
      expect(parseShortDate(formatDocumentShortDate(date))).toEqual(date);
    }
  });

  it("round-trips any valid date (property)", () => {
    const validDate = fc
      .record({
        year: fc.integer({ min: 1000, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      })
      .filter(({ year, month, day }) => day <= daysInMonth(year, month));
    fc.assert(
      fc.property(validDate, (date) => {
        expect(parseShortDate(formatShortDate(date))).toEqual(date);
        expect(parseShortDate(formatDocumentShortDate(date))).toEqual(date);
      }),
    );
  });

  it("never throws, and only returns valid dates (property)", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseShortDate(text);
        if (parsed !== null) {
          expect(daysInMonth(parsed.year, parsed.month)).toBeGreaterThanOrEqual(parsed.day);
        }
      }),
    );
  });
});
