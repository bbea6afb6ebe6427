// One cell's text to Unicode: the font decides when it names a legacy font, the detector otherwise.
import {
  detectLegacyEncoding,
  encodingOfFont,
  guessTcvn3Capitals,
  isPlainlyUnicode,
  type LegacyEncoding,
} from "./detect.js";
import { decodeTcvn3 } from "./tcvn3.js";
import { decodeVni } from "./vni.js";

export interface LegacyConversion {
  readonly text: string;
  /** The table that was applied; null when the text was left exactly as it came. */
  readonly encoding: LegacyEncoding | null;
  readonly capitals: boolean;
}

/**
 * convertLegacyText("Hµ Néi", ".VnTime") → { text: "Hà Nội", encoding: "tcvn3", capitals: false }
 * convertLegacyText("Höng Yeân")         → { text: "Hưng Yên", encoding: "vni", capitals: false }
 * convertLegacyText("Hưng Yên", ".VnTime") → unchanged: the font is wrong, the text is Unicode.
 */
export function convertLegacyText(text: string, fontName?: string): LegacyConversion {
  const unchanged: LegacyConversion = { text, encoding: null, capitals: false };
  const font = encodingOfFont(fontName);
  let encoding: LegacyEncoding;
  let capitals: boolean;
  if (font !== null) {
    if (isPlainlyUnicode(text, font.encoding)) return unchanged;
    ({ encoding, capitals } = font);
  } else {
    const detected = detectLegacyEncoding(text);
    if (detected === null) return unchanged;
    encoding = detected;
    capitals = detected === "tcvn3" && guessTcvn3Capitals(text);
  }
  const converted = encoding === "tcvn3" ? decodeTcvn3(text, { capitals }) : decodeVni(text);
  return converted === text ? unchanged : { text: converted, encoding, capitals };
}
