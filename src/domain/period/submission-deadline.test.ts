import { describe, expect, it } from "vitest";
import { calendarDate, dayOfWeek, toIsoDate } from "../calendar-date.js";
import type { CalendarDate } from "../calendar-date.js";
import type { DateWindow } from "./period.js";
import { submissionDeadline, workingDaysAfter } from "./submission-deadline.js";

const windowTo = (year: number, month: number, day: number): DateWindow => ({
  from: { year: year - 1, month: 12, day: 15 },
  to: { year, month, day },
});
const d = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

describe("submissionDeadline", () => {
  const h1_2023 = windowTo(2023, 6, 14);

  it("the H1 2023 window closes on a Wednesday", () => {
    expect(dayOfWeek(h1_2023.to)).toBe(3);
  });

  it("counts working days, skipping the weekend", () => {
    expect(toIsoDate(submissionDeadline(h1_2023, { days: 2, workingDays: true }))).toBe("2023-06-16");
    expect(toIsoDate(submissionDeadline(h1_2023, { days: 3, workingDays: true }))).toBe("2023-06-19");
    expect(toIsoDate(submissionDeadline(h1_2023, { days: 1, workingDays: true }))).toBe("2023-06-15");
  });

  it("a window closing on a Friday is due the following week", () => {
    const window = windowTo(2023, 7, 14); // Friday
    expect(toIsoDate(submissionDeadline(window, { days: 1, workingDays: true }))).toBe("2023-07-17");
  });

  it("skips listed holidays (Quốc khánh 2023: Fri 1/9 – Mon 4/9)", () => {
    const window = windowTo(2023, 8, 31); // Thursday
    const holidays = [d(2023, 9, 1), d(2023, 9, 2), d(2023, 9, 3), d(2023, 9, 4)];
    expect(toIsoDate(submissionDeadline(window, { days: 1, workingDays: true, holidays }))).toBe("2023-09-05");
    expect(toIsoDate(submissionDeadline(window, { days: 2, workingDays: true, holidays }))).toBe("2023-09-06");
    expect(toIsoDate(submissionDeadline(window, { days: 2, workingDays: true }))).toBe("2023-09-04");
  });

  it("counts calendar days when workingDays is false, weekends and holidays included", () => {
    expect(toIsoDate(submissionDeadline(h1_2023, { days: 5, workingDays: false }))).toBe("2023-06-19");
    expect(toIsoDate(submissionDeadline(h1_2023, { days: 2, workingDays: false, holidays: [d(2023, 6, 15)] }))).toBe(
      "2023-06-16",
    );
    expect(toIsoDate(submissionDeadline(windowTo(2023, 12, 14), { days: 20, workingDays: false }))).toBe("2024-01-03");
  });

  it("zero days is the window's last day", () => {
    expect(toIsoDate(submissionDeadline(h1_2023, { days: 0, workingDays: true }))).toBe("2023-06-14");
  });

  it("rejects negative or fractional day counts", () => {
    expect(() => submissionDeadline(h1_2023, { days: -1, workingDays: true })).toThrow(RangeError);
    expect(() => submissionDeadline(h1_2023, { days: 1.5, workingDays: false })).toThrow(RangeError);
  });
});

describe("workingDaysAfter (a reminder's new deadline)", () => {
  it("counts working days from the next day, skipping weekends and holidays", () => {
    // Thursday 29/6/2023 + 5 working days: Fri 30, Mon 3, Tue 4, Wed 5, Thu 6 July.
    expect(workingDaysAfter(calendarDate(2023, 6, 29), 5, [])).toEqual(calendarDate(2023, 7, 6));
    // A holiday on Monday 3 July pushes it to Friday 7.
    expect(workingDaysAfter(calendarDate(2023, 6, 29), 5, [calendarDate(2023, 7, 3)])).toEqual(
      calendarDate(2023, 7, 7),
    );
  });
});
