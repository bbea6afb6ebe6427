import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { StreamWorkbookWriter, ValueType } from "./exceljs-parts.js";

describe("exceljs' parts loaded on their own", () => {
  it("are the very objects exceljs exports", () => {
    expect(StreamWorkbookWriter).toBe(ExcelJS.stream.xlsx.WorkbookWriter);
    expect(ValueType).toBe(ExcelJS.ValueType);
  });
});
