import { describe, expect, it } from "vitest";
import { characterCount, fitWidth, wrappedHeight, wrappedLines } from "./text-fit.js";

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

describe("characterCount", () => {
  it("counts the code points of the text in NFC, whatever its characters", () => {
    const slow = (text: string) => [...text.normalize("NFC")].length;
    const samples = [
      "",
      "Công ty Viễn thông Thử nghiệm số 19",
      "Thủ trưởng đơn vị".normalize("NFD"),
      "e\u0301 và A\u030A",
      "Ω Å \u212B \u2126",
      "😀 nhóm 𝔸",
      "\uD800 lẻ",
      "ỹ\u0303 Ơ\u0301",
      // NFC makes these longer: one character becomes two.
      "\u0344 \u0958 \uFB1D",
    ];
    // Every character of the fast path, and each followed by a combining mark.
    for (const code of [0x41, 0xe0, 0x111, 0x1a1, 0x1b0, 0x2ff, 0x1e00, 0x1ec7, 0x1eff, 0x1f00])
      samples.push(String.fromCharCode(code), `${String.fromCharCode(code)}\u0309`);
    for (const text of samples) expect(characterCount(text), JSON.stringify(text)).toBe(slow(text));
  });

  it("counts lines as wrappedHeight does", () => {
    expect(wrappedLines("một\nhai\nba", 40)).toBe(3);
    expect(wrappedLines("x".repeat(100), 40)).toBe(3);
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("a\n", 10)).toBe(2);
  });
});
