import { describe, expect, it } from "vitest";
import { fitWidth, wrappedHeight } from "./text-fit.js";

describe("fitWidth", () => {
  it("fits a width to the longest text within bounds", () => {
    expect(fitWidth([], 8, 20)).toBe(8);
    expect(fitWidth(["Thủ trưởng đơn vị"], 8, 40)).toBe(21);
    // NFD text counts like NFC.
    expect(fitWidth(["Thủ trưởng đơn vị".normalize("NFD")], 8, 40)).toBe(21);
    expect(fitWidth(["x".repeat(100)], 8, 40)).toBe(40);
  });

  it("takes a set of 200,000 texts without overflowing the stack", () => {
    const texts = new Set(Array.from({ length: 200_000 }, (_, index) => `vụ ${index}`));
    expect(fitWidth(texts, 8, 40)).toBe(Math.ceil("vụ 199999".length * 1.1) + 2);
  });
});

describe("wrappedHeight", () => {
  it("gives one line per ~1.1 characters of width, and counts explicit line breaks", () => {
    expect(wrappedHeight([])).toBe(15);
    expect(wrappedHeight([["ngắn", 20]])).toBe(15);
    expect(wrappedHeight([["x".repeat(99), 90]])).toBe(15);
    expect(wrappedHeight([["x".repeat(100), 90]])).toBe(30);
    expect(wrappedHeight([["x".repeat(100), 40]])).toBe(45);
    expect(
      wrappedHeight([
        ["một\nhai\nba", 40],
        ["x", 10],
      ]),
    ).toBe(45);
  });
});
