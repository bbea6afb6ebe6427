import { describe, expect, it } from "vitest";
import * as vn from "./index.js";

describe("src/vn barrel", () => {
  it("re-exports every module", () => {
    const expected = [
      // normalize.ts
      "normalizeText",
      "foldForCompare",
      "equalsLoose",
      "slugify",
      // dates.ts
      "DRAFT_BLANK",
      "formatDecreeDate",
      "formatDraftDate",
      "formatPlaceDate",
      "formatShortDate",
      "formatDocumentShortDate",
      "parseShortDate",
      // numbers.ts
      "formatNumber",
      "formatPercent",
      "toEnglishNotation",
      "roundDecimal",
      "parseVietnameseNumber",
      // money.ts
      "formatMoney",
      // words.ts
      "numberToWords",
      "moneyToWords",
      // change.ts
      "computeChange",
      "describeChange",
    ];
    expect(Object.keys(vn).sort()).toEqual([...expected].sort());
  });
});
