import { describe, expect, it } from "vitest";
import { periodContext } from "./period-context.js";

const periods = {
  rule: "decree-09" as const,
  deadline: { days: 2, workingDays: true },
  holidays: ["2023-06-16", "not-a-date"],
};

describe("periodContext", () => {
  it("gives the code, label, Decree 09 window and the deadline counted around the holidays", () => {
    const context = periodContext({ periods }, { kind: "half", year: 2023, half: 1 });
    expect(context.code).toBe("2023-H1");
    expect(context.label).toBe("6 tháng đầu năm 2023");
    expect(context.window).toEqual({ from: { year: 2022, month: 12, day: 15 }, to: { year: 2023, month: 6, day: 14 } });
    // 15/06 (Thursday) is a working day, 16/06 a holiday, then the weekend: 19/06.
    expect(context.deadline).toEqual({ year: 2023, month: 6, day: 19 });
    expect(context.holidays).toEqual([{ year: 2023, month: 6, day: 16 }]);
  });

  it("counts calendar days when the workspace says so", () => {
    const context = periodContext(
      { periods: { ...periods, rule: "calendar", deadline: { days: 5, workingDays: false } } },
      { kind: "month", year: 2023, month: 4 },
    );
    expect(context.window.to).toEqual({ year: 2023, month: 4, day: 30 });
    expect(context.deadline).toEqual({ year: 2023, month: 5, day: 5 });
  });
});
