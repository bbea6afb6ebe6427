// Numbers read out in words, as required next to amounts on financial documents
// ("Bằng chữ: Một trăm sáu mươi ba triệu đồng").

import { ReadingConfig, doReadNumber } from "read-vietnamese-number";

// House style on top of the library defaults (which already use "lẻ", "mốt", "tư", "lăm", "nghìn"):
// "tỷ" rather than the library's "tỉ", as in the state budget documents.
function houseConfig(unit: readonly string[]): ReadingConfig {
  const config = new ReadingConfig();
  config.units = [[], ["nghìn"], ["triệu"], ["tỷ"]];
  config.oddText = "lẻ";
  config.negativeText = "âm";
  config.unit = [...unit];
  return config;
}

// Immutable after construction; the library only reads its config.
const PLAIN = houseConfig([]);
const DONG = houseConfig(["đồng"]);

/**
 * An integer to words: 2021 → "hai nghìn không trăm hai mươi mốt", 105 → "một trăm lẻ năm",
 * 110000000000 → "một trăm mười tỷ". Negative numbers start with "âm".
 * A `number` must be a safe integer (beyond 2^53 a number is no longer exact: pass a bigint).
 */
export function numberToWords(n: number | bigint): string {
  return doReadNumber(toBigInt(n), PLAIN);
}

export interface MoneyToWordsOptions {
  /** Capitalise the first letter, for the "Bằng chữ:" line where the amount starts a sentence. */
  readonly capitalize?: boolean;
}

/**
 * Whole đồng to words: 163000000 → "một trăm sáu mươi ba triệu đồng", 0 → "không đồng".
 * Throws RangeError for a negative, fractional or non-finite amount.
 */
export function moneyToWords(amount: number | bigint, options: MoneyToWordsOptions = {}): string {
  const value = toBigInt(amount);
  if (value < 0n) throw new RangeError(`A money amount in words cannot be negative: ${amount}`);
  const words = doReadNumber(value, DONG);
  return options.capitalize ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}

function toBigInt(n: number | bigint): bigint {
  if (typeof n === "bigint") return n;
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`Only safe integers can be read in words (use a bigint for larger values): ${n}`);
  }
  return BigInt(n);
}
