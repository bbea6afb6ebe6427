import { describe, expect, it } from "vitest";
import { parseCitedLetter, requestLettersOf } from "./cited-letter.js";

describe("parseCitedLetter (--ref)", () => {
  it("reads the number and the date in the forms a clerk types", () => {
    const expected = { number: "120/STTTT-TTr", date: { year: 2023, month: 6, day: 5 } };
    expect(parseCitedLetter("120/STTTT-TTr, 05/6/2023")).toEqual(expected);
    expect(parseCitedLetter("số 120/STTTT-TTr ngày 05/06/2023")).toEqual(expected);
    expect(parseCitedLetter("120/STTTT-TTr 2023-06-05")).toEqual(expected);
    expect(parseCitedLetter("120/STTTT-TTr")).toEqual({ number: "120/STTTT-TTr", date: null });
  });

  it("refuses what is not a number and a date", () => {
    expect(parseCitedLetter("công văn hôm trước")).toBeNull();
    expect(parseCitedLetter("120/STTTT-TTr, 31/02/2023")).toBeNull();
    expect(parseCitedLetter("")).toBeNull();
  });
});

describe("requestLettersOf (an earlier request batch's manifest.json)", () => {
  const manifest = {
    template: "de-nghi-bao-cao",
    date: "2023-06-05",
    draft: false,
    dryRun: false,
    letters: [
      { code: "CAT", number: "120/STTTT-TTr", status: "ok" },
      { code: "STP", number: "121/STTTT-TTr", status: "failed" },
      { code: "VNPT", number: null, status: "ok" },
    ],
  };

  it("gives each unit whose numbered letter was made its number and the batch's date", () => {
    expect([...requestLettersOf(manifest)]).toEqual([
      ["CAT", { number: "120/STTTT-TTr", date: { year: 2023, month: 6, day: 5 } }],
    ]);
  });

  it("gives nothing for another template, a draft, a dry run or anything else; no date in an older manifest", () => {
    expect(requestLettersOf({ ...manifest, template: "don-doc" }).size).toBe(0);
    expect(requestLettersOf({ ...manifest, draft: true }).size).toBe(0);
    expect(requestLettersOf({ ...manifest, dryRun: true }).size).toBe(0);
    expect(requestLettersOf("x").size).toBe(0);
    const { date: _date, ...older } = manifest;
    expect(requestLettersOf(older).get("CAT")).toEqual({ number: "120/STTTT-TTr", date: null });
  });
});
