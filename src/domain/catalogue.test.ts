import { describe, expect, it } from "vitest";
import { readWorkspace } from "../workspace/read.js";
import {
  countUnitsByKind,
  findUnit,
  groupIndicators,
  indicatorShortName,
  indicatorsForKind,
  unitAddress,
} from "./catalogue.js";

const config = readWorkspace(new URL("../../samples/hung-yen-2023-h1/", import.meta.url).pathname).config;

describe("catalogue", () => {
  it("gives operators exactly the indicators DESIGN §5 assigns them", () => {
    expect(indicatorsForKind(config, "enterprise").map((i) => i.code)).toEqual([
      "TH01",
      "TH02",
      "TH04",
      "PH03",
      "TU04",
    ]);
    expect(indicatorsForKind(config, "agency")).toHaveLength(20);
  });

  it("finds units by code whatever the case and counts them by kind", () => {
    expect(findUnit(config, " vnpt ")?.name).toBe("VNPT Hưng Yên");
    expect(findUnit(config, "NOPE")).toBeUndefined();
    expect(countUnitsByKind(config.units)).toEqual({ agency: 8, district: 10, enterprise: 4 });
    expect(unitAddress(findUnit(config, "CAT")!)).toBe("Công an tỉnh");
    expect(unitAddress(findUnit(config, "SCT")!)).toBe("Sở Công Thương");
  });

  it("numbers the groups I–IV in catalogue order", () => {
    expect(groupIndicators(config).map((g) => `${g.numeral}. ${g.group.title} (${g.indicators.length})`)).toEqual([
      "I. Tình hình (5)",
      "II. Thanh tra, kiểm tra, xử lý vi phạm (6)",
      "III. Phối hợp ngăn chặn, xử lý (5)",
      "IV. Tuyên truyền, phổ biến pháp luật (4)",
    ]);
  });

  it('names an indicator shortly for a chart\'s axis and a column head: its shortName, else its name without "Số"', () => {
    expect(indicatorShortName({ name: "Số vụ án đã khởi tố", shortName: "Vụ án khởi tố" })).toBe("Vụ án khởi tố");
    expect(indicatorShortName({ name: "Số cuộc thanh tra, kiểm tra" })).toBe("Cuộc thanh tra, kiểm tra");
    expect(indicatorShortName({ name: "Tổng số tiền xử phạt" })).toBe("Tiền xử phạt");
    expect(indicatorShortName({ name: "Giá trị thiệt hại", shortName: "  " })).toBe("Giá trị thiệt hại");
    expect(indicatorShortName({ name: "Số" })).toBe("Số");
    // The sample gives every indicator a short name, none of them a code.
    for (const indicator of config.indicators) {
      expect(indicator.shortName, indicator.code).toBeDefined();
      expect(indicatorShortName(indicator)).not.toMatch(/^[A-Z]{2}\d{2}/);
    }
  });
});
