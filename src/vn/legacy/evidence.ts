// Word-by-word evidence for or against reading a text with a legacy table. The detector and the
// converter decide on these counts; see detect.ts for the rule.
import type { LegacyEncoding } from "./detect.js";
import { isVietnameseSyllable } from "./syllable.js";
import { scanLegacy, type LegacyTable, type Segment } from "./table.js";
import { TCVN3_TABLE } from "./tcvn3.js";
import { VNI_TABLE } from "./vni.js";

export const LEGACY_TABLES: Readonly<Record<LegacyEncoding, LegacyTable>> = { tcvn3: TCVN3_TABLE, vni: VNI_TABLE };

export interface Evidence {
  /** Words the table reads as a Vietnamese syllable (or "HĐND"-style abbreviation) through a distinctive sequence. */
  readonly distinctive: number;
  /** Non-ASCII words holding a character the table does not know: legacy text cannot spell them. */
  readonly unreadable: number;
  /** Non-ASCII words the table reads, but not as a syllable or abbreviation. */
  readonly malformed: number;
  /** Non-ASCII words that are not well-formed Unicode Vietnamese as they stand. */
  readonly notUnicode: number;
}

// Latin-1 letters that Unicode Vietnamese uses. Any other non-ASCII Latin-1 character in a table key
// ("µ", "¸", "ö", "ø", soft hyphen …) cannot be part of a Vietnamese word typed in Unicode.
const VIETNAMESE_LATIN1 = new Set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý");
// Windows-1252 shows some bytes 0x80–0x9F as these letters, so legacy text may hold them.
const CP1252_LETTERS = new Set("ƒŠŒŽšœžŸˆ");

/** A letter or combining mark beyond Latin-1 (ư, ơ, đ, ế, U+0301 …): this text is already Unicode. */
export function containsNonLegacyLetter(text: string): boolean {
  for (const character of text) {
    if ((character.codePointAt(0) ?? 0) > 0xff && /[\p{L}\p{M}]/u.test(character) && !CP1252_LETTERS.has(character)) {
      return true;
    }
  }
  return false;
}

// Word characters: letters, marks, and every character a table uses as a letter ("¸", "©", soft hyphen …).
const tableCharacters = [
  ...new Set(Object.values(LEGACY_TABLES).flatMap((table) => [...table.letters.keys()].join("").split(""))),
];
const WORD = new RegExp(
  `(?:[\\p{L}\\p{M}]|${tableCharacters.map((c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`).join("|")})+`,
  "gu",
);

export function legacyWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

// A two-character key is distinctive unless Unicode Vietnamese can spell it inside a syllable:
// VNI "oà" (= ồ) is also the "oà" of "hoà", so it proves nothing; "eá" (= ế) never occurs in Unicode.
const PAIR_PREFIXES = ["", "h", "qu", "gi", "ng", "hu", "ho", "hi", "hư"];
const PAIR_SUFFIXES = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "u", "y", "o", "a"];
const distinctiveCache = new Map<string, boolean>();

function isDistinctive(source: string): boolean {
  let distinctive = distinctiveCache.get(source);
  if (distinctive === undefined) {
    distinctive =
      [...source].some((character) => character > "\u007f" && !VIETNAMESE_LATIN1.has(character)) ||
      (source.length > 1 &&
        !PAIR_PREFIXES.some((prefix) =>
          PAIR_SUFFIXES.some((suffix) => isVietnameseSyllable(prefix + source + suffix)),
        ));
    distinctiveCache.set(source, distinctive);
  }
  return distinctive;
}

const CONSONANTS_ONLY = /^[bcdđfghjklmnpqrstvwxzBCDĐFGHJKLMNPQRSTVWXZ]+$/u;
const ABBREVIATION_WITH_D = /^(?=.*Đ)[BCDĐGHKLMNPQRSTVX]{2,8}$/u;
// The micro sign before a unit ("µm", "µg") is a measurement, not TCVN3 "àm".
const MICRO_UNIT = /^µ(?:m|g|s|l|L|A|V|F|W|K|Hz|mol|Pa|J|N|C|T)$/u;
const hasAsciiLetter = (word: string): boolean => /[A-Za-z]/.test(word);
const isAscii = (text: string): boolean => /^[\x00-\x7f]*$/.test(text);

type Verdict = "distinctive" | "neutral" | "unreadable" | "malformed";

function judgeWord(word: string, table: LegacyTable): Verdict {
  if (MICRO_UNIT.test(word)) return "neutral";
  const segments: Segment[] = scanLegacy(word, table);
  if (segments.some((segment) => segment.letter === undefined && !isAscii(segment.source))) return "unreadable";
  const decoded = segments
    .map((segment) => segment.letter ?? segment.source)
    .join("")
    .normalize("NFC");
  const telling = hasAsciiLetter(word) && segments.some((s) => s.letter !== undefined && isDistinctive(s.source));
  if (isVietnameseSyllable(decoded)) return telling ? "distinctive" : "neutral";
  // "Q§" = QĐ, "H§ND" = HĐND; a lone "®" (đ) or "HP®" proves nothing either way.
  if (CONSONANTS_ONLY.test(decoded)) return telling && ABBREVIATION_WITH_D.test(decoded) ? "distinctive" : "neutral";
  return "malformed";
}

export function weighEvidence(text: string, encoding: LegacyEncoding): Evidence {
  const table = LEGACY_TABLES[encoding];
  const counts = { distinctive: 0, neutral: 0, unreadable: 0, malformed: 0, notUnicode: 0 };
  for (const word of legacyWords(text)) {
    if (isAscii(word)) continue;
    counts[judgeWord(word, table)]++;
    if (!isVietnameseSyllable(word) && !CONSONANTS_ONLY.test(word)) counts.notUnicode++;
  }
  const { distinctive, unreadable, malformed, notUnicode } = counts;
  return { distinctive, unreadable, malformed, notUnicode };
}
