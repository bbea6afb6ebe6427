// Vietnamese number notation: "." groups thousands, "," marks decimals (1.234.567,5).
// Built from plain string operations rather than Intl: Node builds with small-icu lack the vi locale
// and would silently fall back to English separators.

export interface FormatNumberOptions {
  /** Digits after the decimal comma. Default: 0 for integers, otherwise up to 2. */
  readonly decimals?: number;
  /**
   * Drop trailing zeros of the fraction ("12,50" → "12,5", "20,0" → "20").
   * Default: true when `decimals` is not given (the "up to 2" rule), false when it is (fixed width for tables).
   */
  readonly trimZeros?: boolean;
}

const MAX_DECIMALS = 20;

/** "1.234.567", "12,5", "-1.234". Throws RangeError for NaN/±Infinity or an invalid `decimals`. */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value} as a number`);
  const decimals = options.decimals ?? (Number.isInteger(value) ? 0 : 2);
  assertDecimals(decimals);
  const trimZeros = options.trimZeros ?? options.decimals === undefined;

  const { intPart, fracPart } = roundDigits(toPlainDecimal(Math.abs(value)), decimals);
  const fraction = trimZeros ? fracPart.replace(/0+$/, "") : fracPart;
  const isZero = /^0*$/.test(intPart + fracPart);
  // A value that rounds to zero is written "0", not "-0".
  const sign = value < 0 && !isZero ? "-" : "";
  const grouped = intPart.replace(/\B(?=(\d{3})+$)/g, ".");
  return fraction === "" ? `${sign}${grouped}` : `${sign}${grouped},${fraction}`;
}

/**
 * "12,5%", "20,0%", "-3,9%": always `decimals` digits after the comma (one by default), so a column or a
 * paragraph of percentages reads in one form; no space before the sign.
 */
export function formatPercent(value: number, decimals = 1): string {
  return `${formatNumber(value, { decimals, trimZeros: false })}%`;
}

/** "1.234.567,5" → "1,234,567.5": the same figure for an English reader (baocao --lang en). */
export function toEnglishNotation(formatted: string): string {
  return formatted.replace(/[.,]/g, (mark) => (mark === "." ? "," : "."));
}

/**
 * Round half away from zero on the decimal value as people read it, not on its binary approximation:
 * roundDecimal(12.45, 1) === 12.5 and roundDecimal(1.005, 2) === 1.01 (Math.round and toFixed give 12.4 / 1.00).
 * Float noise beyond 15 significant digits is discarded first, so 0.1 + 0.2 counts as 0.3.
 */
export function roundDecimal(value: number, decimals: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot round ${value}`);
  assertDecimals(decimals);
  const cleaned = Number(value.toPrecision(15));
  const { intPart, fracPart } = roundDigits(toPlainDecimal(Math.abs(cleaned)), decimals);
  const magnitude = Number(fracPart === "" ? intPart : `${intPart}.${fracPart}`);
  return value < 0 && magnitude !== 0 ? -magnitude : magnitude;
}

// Group separators people type in spreadsheets besides the dot: space, no-break space,
// narrow no-break space (French-style exports), thin space.
const SPACE_SEPARATORS = " \u00a0\u202f\u2009";

/**
 * Read a number typed the Vietnamese way: "1.234.567", "12,5", "1.234,5", "1 234 567", "-3".
 * Returns null for anything else, including ambiguous text, so a bad cell is reported rather than guessed.
 *
 * Dots: a dot followed by exactly three digits is a thousands separator, so every dot must sit at a
 * valid group position ("1.234" → 1234, "1.23.4" → null, "0.123" → null). A single dot followed by
 * some other number of digits can only be a decimal point, as written by software using JS/English
 * notation, so it is accepted as one ("12.5" → 12.5, "1234.5" → 1234.5).
 */
export function parseVietnameseNumber(text: string): number | null {
  const trimmed = text.trim();
  // "−" (U+2212) is the minus sign Word and some exports write.
  const signMatch = /^([-+\u2212]?)(.*)$/su.exec(trimmed);
  if (!signMatch) return null;
  const negative = signMatch[1] === "-" || signMatch[1] === "\u2212";
  const body = signMatch[2] ?? "";

  const digits = readUnsigned(body);
  if (digits === null) return null;
  const magnitude = Number(digits);
  if (!Number.isFinite(magnitude)) return null;
  // Never return -0: it prints as "0" but is a different key for Object.is / Map look-ups.
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

/** A JS numeric literal ("1234.5") for an unsigned Vietnamese number, or null. */
function readUnsigned(body: string): string | null {
  // Vietnamese decimal comma; the integer part is plain or grouped.
  const commaMatch = /^([^,]+),(\d+)$/.exec(body);
  if (commaMatch) {
    const integer = readInteger(commaMatch[1] ?? "");
    return integer === null ? null : `${integer}.${commaMatch[2] ?? ""}`;
  }
  if (body.includes(",")) return null;

  const integer = readInteger(body);
  if (integer !== null) return integer;

  // A lone dot not followed by exactly 3 digits: a JS/English decimal point.
  const jsDecimal = /^(\d+)\.(\d+)$/.exec(body);
  if (jsDecimal && jsDecimal[2]?.length !== 3) return `${jsDecimal[1] ?? ""}.${jsDecimal[2] ?? ""}`;
  return null;
}

/** Digits of an integer written plain ("1234567") or grouped with one consistent separator. */
function readInteger(text: string): string | null {
  if (/^\d+$/.test(text)) return text;
  for (const separator of "." + SPACE_SEPARATORS) {
    const escaped = separator === "." ? "\\." : separator;
    // The leading group has no leading zero: "0.123" or "01.234" is not thousands grouping.
    const grouped = new RegExp(`^[1-9]\\d{0,2}(?:${escaped}\\d{3})+$`, "u");
    if (grouped.test(text)) return text.split(separator).join("");
  }
  return null;
}

function assertDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`decimals must be an integer from 0 to ${MAX_DECIMALS}, got ${decimals}`);
  }
}

/**
 * The shortest round-trip decimal of a non-negative finite number, without exponent notation:
 * 1e21 → "1000000000000000000000", 1.5e-7 → "0.00000015".
 */
function toPlainDecimal(abs: number): string {
  const text = String(abs);
  const match = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const digits = (match[1] ?? "") + (match[2] ?? "");
  // Position of the decimal point within `digits` after applying the exponent.
  const point = (match[1] ?? "").length + Number(match[3]);
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Round a plain non-negative decimal string half-up to `decimals` places, padding with zeros. */
function roundDigits(plain: string, decimals: number): { intPart: string; fracPart: string } {
  const [intRaw = "0", fracRaw = ""] = plain.split(".");
  if (fracRaw.length <= decimals) {
    return { intPart: intRaw, fracPart: fracRaw.padEnd(decimals, "0") };
  }
  const kept = intRaw + fracRaw.slice(0, decimals);
  const roundUp = (fracRaw[decimals] ?? "0") >= "5";
  const rounded = roundUp ? incrementDigits(kept) : kept;
  // A carry can add a digit on the left ("99" → "100"); the fraction is always the last `decimals` digits.
  const intLength = rounded.length - decimals;
  return { intPart: rounded.slice(0, intLength), fracPart: rounded.slice(intLength) };
}

/** "129" → "130", "999" → "1000". */
function incrementDigits(digits: string): string {
  const chars = digits.split("");
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === "9") {
      chars[i] = "0";
    } else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join("");
    }
  }
  return "1" + chars.join("");
}
