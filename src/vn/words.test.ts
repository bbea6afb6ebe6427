import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moneyToWords, numberToWords } from "./words.js";

describe("numberToWords", () => {
  it.each([
    [0, "không"],
    [5, "năm"],
    [10, "mười"],
    [11, "mười một"],
    [14, "mười bốn"],
    [15, "mười lăm"],
    [21, "hai mươi mốt"],
    [24, "hai mươi tư"],
    [25, "hai mươi lăm"],
    [105, "một trăm lẻ năm"],
    [2021, "hai nghìn không trăm hai mươi mốt"],
    [1001001, "một triệu không trăm lẻ một nghìn không trăm lẻ một"],
    [1_000_000_000, "một tỷ"],
    [110000000000, "một trăm mười tỷ"],
    [-15, "âm mười lăm"],
  ])("reads %d as %j", (n, expected) => {
    expect(numberToWords(n)).toBe(expected);
  });

  it("reads bigints beyond the safe integer range", () => {
    expect(numberToWords(10n ** 18n)).toBe("một tỷ tỷ");
    expect(numberToWords(2021n)).toBe("hai nghìn không trăm hai mươi mốt");
  });

  it("rejects numbers that are not safe integers", () => {
    expect(() => numberToWords(1.5)).toThrow(RangeError);
    expect(() => numberToWords(Number.NaN)).toThrow(RangeError);
    expect(() => numberToWords(2 ** 60)).toThrow(RangeError);
  });

  it("never writes 'tỉ' or 'linh' (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), (n) => {
        const words = numberToWords(n);
        expect(words).not.toMatch(/\btỉ\b|\blinh\b/u);
        expect(words).toMatch(/^[\p{L} ]+$/u);
      }),
    );
  });
});

describe("moneyToWords", () => {
  it("reads whole đồng", () => {
    expect(moneyToWords(163000000)).toBe("một trăm sáu mươi ba triệu đồng");
    expect(moneyToWords(163000000, { capitalize: true })).toBe("Một trăm sáu mươi ba triệu đồng");
    expect(moneyToWords(0)).toBe("không đồng");
    expect(moneyToWords(0, { capitalize: true })).toBe("Không đồng");
    expect(moneyToWords(1250000n)).toBe("một triệu hai trăm năm mươi nghìn đồng");
    expect(moneyToWords(5_000_000_000)).toBe("năm tỷ đồng");
  });

  it("rejects fractional, negative and non-finite amounts", () => {
    expect(() => moneyToWords(1.5)).toThrow(RangeError);
    expect(() => moneyToWords(-1)).toThrow(RangeError);
    expect(() => moneyToWords(-1n)).toThrow(RangeError);
    expect(() => moneyToWords(Number.NaN)).toThrow(RangeError);
    expect(() => moneyToWords(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
