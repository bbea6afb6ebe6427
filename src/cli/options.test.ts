import { describe, expect, it } from "vitest";
import { UserError } from "../errors.js";
import { parseDateOption, parsePeriodOption, parseReceived } from "./options.js";

describe("shared options", () => {
  it("--period: a period, none when not given, a UserError naming the value when wrong", () => {
    expect(parsePeriodOption("2023-H1")).toEqual({ kind: "half", year: 2023, half: 1 });
    expect(parsePeriodOption(undefined)).toBeNull();
    expect(() => parsePeriodOption("2023-H3")).toThrow(
      expect.objectContaining({ code: "period/invalid-option", params: { value: "2023-H3" } }) as Error,
    );
  });

  it("a date option in either form, the option named when wrong", () => {
    expect(parseDateOption("03/07/2023", "--date")).toEqual({ year: 2023, month: 7, day: 3 });
    expect(parseDateOption("2023-07-03", "--date")).toEqual({ year: 2023, month: 7, day: 3 });
    expect(() => parseDateOption("31/02/2023", "--report-date")).toThrow(
      expect.objectContaining({
        code: "date/invalid-option",
        params: { option: "--report-date", value: "31/02/2023" },
      }) as Error,
    );
  });

  it("--received: noon in Vietnam of that day", () => {
    expect(parseReceived("16/06/2023")?.toISOString()).toBe("2023-06-16T05:00:00.000Z");
    expect(parseReceived(undefined)).toBeUndefined();
    expect(() => parseReceived("hôm qua")).toThrow(UserError);
  });
});
