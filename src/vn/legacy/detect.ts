// Which legacy table, if any, applies to a cell: from its font name when the workbook kept it, otherwise
// from the text itself.
import { containsNonLegacyLetter, LEGACY_TABLES, legacyWords, weighEvidence, type Evidence } from "./evidence.js";
import { scanLegacy } from "./table.js";

export type LegacyEncoding = "tcvn3" | "vni";

export interface FontEncoding {
  readonly encoding: LegacyEncoding;
  /** A TCVN3 capitals-only font (.VnTimeH): decoded text must be upper-cased. */
  readonly capitals: boolean;
}

// ABC fonts are ".Vn…" (.VnTime, .VnArial NarrowH …). Without the dot only the known families count:
// "VNtimes new roman" and the like are other encodings' fonts.
const DOTLESS_ABC_FONT =
  /^vn(time|arial|arial narrow|avant|century schoolbook|courier|courier new|book-antiqua|universe|helvetins|black|clarendon|cooper|free|linus|stamp|southern|bodoni|aristote|gothic)h?$/i;

/** ".VnTimeH" → TCVN3 capitals; "VNI-Times" → VNI; "Times New Roman" or no font → null. */
export function encodingOfFont(fontName: string | undefined): FontEncoding | null {
  const name = fontName?.trim() ?? "";
  if (/^vni[-_ ]/i.test(name)) return { encoding: "vni", capitals: false };
  if (/^\.vn/i.test(name) || DOTLESS_ABC_FONT.test(name)) return { encoding: "tcvn3", capitals: /h$/i.test(name) };
  return null;
}

/*
 * Guessing without a font (the font was lost, e.g. after a LibreOffice re-save). A false positive garbles a
 * correct name, so a guess needs positive proof and no contradiction:
 *
 * 1. Text with any letter or combining mark beyond Latin-1 (ư ơ đ ế, NFD marks, other scripts) is Unicode:
 *    legacy text read from a cell holds only Latin-1 characters (and Windows-1252's few extras).
 *    ASCII-only text needs no conversion. Both give null.
 * 2. Each word holding a non-ASCII character is read through the table (see evidence.ts). It is
 *    - distinctive when the reading is a well-formed Vietnamese syllable (or a "QĐ"/"HĐND" abbreviation)
 *      and the word has an ASCII letter plus a sequence Unicode Vietnamese never contains: a TCVN3 byte
 *      outside the Vietnamese Latin-1 letters ("Hµ" → Hà, "H\u00adng" → Hưng, "ViÖt" → Việt), or a VNI pair
 *      or byte like "eá", "ôø", "ö", "ñ" ("Vieät", "Tröôøng", "ñi"). "Hoà" is not VNI proof: Unicode spells it so;
 *    - unreadable when the table does not know a character in it ("là": TCVN3 has no "à"), malformed
 *      when the reading is no syllable ("Müller" would read "Mỹller"); both contradict the table;
 *    - neutral otherwise ("Sè" reads "Số" but is also Unicode "sè"; "µm" is a unit).
 * 3. An encoding is convincing with at least one distinctive word and no contradicting one; in longer
 *    text, at least 3 distinctive words and at most one contradicting word per 4 distinctive ones.
 *    When both encodings convince, the one with more distinctive words wins; a tie gives null.
 *
 * Unicode Vietnamese can never give a TCVN3 guess (it has no distinctive byte); for VNI it would need
 * a non-syllable like "yeân" that reads as a syllable, with nothing contradicting.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (/^[\x00-\x7f]*$/.test(text) || containsNonLegacyLetter(text)) return null;
  const tcvn3 = weighEvidence(text, "tcvn3");
  const vni = weighEvidence(text, "vni");
  const tcvn3Convinces = convinces(tcvn3);
  const vniConvinces = convinces(vni);
  if (tcvn3Convinces && vniConvinces) {
    if (tcvn3.distinctive === vni.distinctive) return null;
    return tcvn3.distinctive > vni.distinctive ? "tcvn3" : "vni";
  }
  return tcvn3Convinces ? "tcvn3" : vniConvinces ? "vni" : null;
}

function convinces(evidence: Evidence): boolean {
  const { distinctive } = evidence;
  const contradicting = evidence.unreadable + evidence.malformed;
  return distinctive >= 1 && (contradicting === 0 || (distinctive >= 3 && contradicting * 4 <= distinctive));
}

/**
 * The cell's font says legacy, but the text is Unicode already: it holds letters legacy text cannot
 * (ư, ơ, đ, ế …), or it proves nothing for the table, has a word with a character the table does not
 * know, and every non-ASCII word is well-formed Unicode Vietnamese ("Tôi là Hà" in a .VnTime cell:
 * TCVN3 has no "à"). A reading that is merely no syllable is not enough: a lone "Ê" in .VnTime is "ấ".
 */
export function isPlainlyUnicode(text: string, encoding: LegacyEncoding): boolean {
  if (containsNonLegacyLetter(text)) return true;
  const evidence = weighEvidence(text, encoding);
  return evidence.distinctive === 0 && evidence.unreadable > 0 && evidence.notUnicode === 0;
}

/**
 * Without a font, was TCVN3 text typed in a capitals-only (H) font? Yes when words that mix ASCII
 * capitals with lower-case-only codes ("TØNH" = TỈNH) exist and no word mixes such codes with ASCII
 * lower case ("NguyÔn"). A single capital ("Hµ") proves nothing.
 */
export function guessTcvn3Capitals(text: string): boolean {
  let capitalWords = 0;
  let lowerCaseWords = 0;
  for (const word of legacyWords(text)) {
    const hasLowerCaseCode = scanLegacy(word, LEGACY_TABLES.tcvn3).some(
      (segment) => segment.letter !== undefined && segment.letter !== segment.letter.toUpperCase(),
    );
    if (!hasLowerCaseCode) continue;
    if (/[a-z]/.test(word)) lowerCaseWords++;
    else if ((word.match(/[A-Z]/g)?.length ?? 0) >= 2) capitalWords++;
  }
  return capitalWords > 0 && lowerCaseWords === 0;
}
