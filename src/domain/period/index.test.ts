import { describe, expect, it } from "vitest";
import * as period from "./index.js";

describe("period barrel", () => {
  it("exports the public API", () => {
    for (const name of [
      "periodCode",
      "periodLabel",
      "parsePeriod",
      "dataWindow",
      "previousPeriod",
      "followingPeriod",
      "isInWindow",
      "submissionDeadline",
      "isValidPeriod",
    ] as const) {
      expect(typeof period[name]).toBe("function");
    }
    expect(period.DEFAULT_PERIOD_RULE).toBe("decree-09");
  });

  it("composes: the deadline of the H1 2023 report", () => {
    const p = period.parsePeriod("6 tháng đầu năm 2023");
    expect(p).not.toBeNull();
    if (p === null) return;
    const deadline = period.submissionDeadline(period.dataWindow(p, "decree-09"), { days: 2, workingDays: true });
    expect(deadline).toEqual({ year: 2023, month: 6, day: 16 });
  });
});
