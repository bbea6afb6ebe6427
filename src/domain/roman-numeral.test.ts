import { describe, expect, it } from "vitest";
import { toRoman } from "./roman-numeral.js";

describe("toRoman", () => {
  it("writes the subtractive forms", () => {
    expect([1, 4, 9, 14, 40, 90, 400, 1994].map(toRoman)).toEqual([
      "I",
      "IV",
      "IX",
      "XIV",
      "XL",
      "XC",
      "CD",
      "MCMXCIV",
    ]);
  });

  it("writes nothing for zero", () => {
    expect(toRoman(0)).toBe("");
  });
});
