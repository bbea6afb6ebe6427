// Vietnamese administrative writing names quarters with Roman numerals ("quý III năm 2023").

import { toRoman } from "../roman-numeral.js";

export function quarterToRoman(quarter: 1 | 2 | 3 | 4): string {
  return toRoman(quarter);
}

/** "iii" / "III" → 3; anything that is not I–IV → null. */
export function romanToQuarter(text: string): 1 | 2 | 3 | 4 | null {
  switch (text.toUpperCase()) {
    case "I":
      return 1;
    case "II":
      return 2;
    case "III":
      return 3;
    case "IV":
      return 4;
    default:
      return null;
  }
}
