import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FALLBACK_DATE, pinDates, zipDate } from "./dates.js";

describe("pinDates", () => {
  it("keeps the workbook's dates", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.created = new Date(Date.UTC(2023, 5, 1));
    workbook.modified = new Date(Date.UTC(2023, 6, 14, 23, 30));
    pinDates(workbook);
    expect(workbook.created).toEqual(new Date(Date.UTC(2023, 5, 1)));
    expect(zipDate(workbook)).toEqual({ year: 2023, month: 7, day: 14 });
  });

  it("fills a missing date from the other, else from a constant, never from the clock", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.created = new Date(Date.UTC(2023, 5, 1));
    workbook.modified = undefined as unknown as Date;
    pinDates(workbook);
    expect(workbook.modified).toEqual(new Date(Date.UTC(2023, 5, 1)));

    workbook.created = undefined as unknown as Date;
    workbook.modified = new Date(Number.NaN);
    pinDates(workbook);
    expect(workbook.created).toEqual(FALLBACK_DATE);
    expect(workbook.modified).toEqual(FALLBACK_DATE);
    expect(zipDate(workbook)).toEqual({ year: 2000, month: 1, day: 1 });
  });
});
