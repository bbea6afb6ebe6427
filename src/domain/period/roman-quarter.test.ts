import { describe, expect, it } from "vitest";
import { quarterToRoman, romanToQuarter } from "./roman-quarter.js";

describe("roman quarters", () => {
  it("round-trips I–IV", () => {
    for (const q of [1, 2, 3, 4] as const) expect(romanToQuarter(quarterToRoman(q))).toBe(q);
    expect(quarterToRoman(4)).toBe("IV");
  });

  it("reads lower case and rejects anything else", () => {
    expect(romanToQuarter("iii")).toBe(3);
    expect(romanToQuarter("V")).toBeNull();
    expect(romanToQuarter("IIII")).toBeNull();
    expect(romanToQuarter("")).toBeNull();
  });
});
