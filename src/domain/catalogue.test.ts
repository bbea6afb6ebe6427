import { describe, expect, it } from "vitest";
import { readWorkspace } from "../workspace/read.js";
import { countUnitsByKind, findUnit, groupIndicators, indicatorsForKind, unitAddress } from "./catalogue.js";

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
});
