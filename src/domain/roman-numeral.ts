// Roman numerals, as Vietnamese administrative writing numbers groups ("I. Tình hình …") and quarters
// ("quý III năm 2023"). The one implementation: the catalogue, periods and the summary workbook use it.

const NUMERALS: readonly (readonly [number, string])[] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 1 → I, 4 → IV, 14 → XIV, 1994 → MCMXCIV; 0 and below → "". */
export function toRoman(value: number): string {
  let rest = value;
  let text = "";
  for (const [amount, numeral] of NUMERALS) {
    while (rest >= amount) {
      text += numeral;
      rest -= amount;
    }
  }
  return text;
}
