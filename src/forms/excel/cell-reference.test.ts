import { describe, expect, it } from "vitest";
import { columnLetter, sheetReference } from "./cell-reference.js";

describe("columnLetter", () => {
  it("names columns like Excel", () => {
    expect([1, 11, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "K", "Z", "AA", "AZ", "AAA"]);
  });
});

describe("sheetReference", () => {
  it("quotes a sheet name for a formula, doubling inner apostrophes", () => {
    expect(sheetReference("Theo đơn vị")).toBe("'Theo đơn vị'");
    expect(sheetReference("Danh mục")).toBe("'Danh mục'");
    expect(sheetReference("Đơn vị's list")).toBe("'Đơn vị''s list'");
  });
});
