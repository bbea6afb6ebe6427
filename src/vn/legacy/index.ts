// Legacy Vietnamese encodings (TCVN3/ABC and VNI-Windows) typed into spreadsheet cells, to NFC Unicode.
export { decodeTcvn3, TCVN3_TABLE, type Tcvn3Options } from "./tcvn3.js";
export { decodeVni, VNI_TABLE } from "./vni.js";
export type { LegacyTable } from "./table.js";
export { isVietnameseSyllable } from "./syllable.js";
export {
  detectLegacyEncoding,
  encodingOfFont,
  guessTcvn3Capitals,
  isPlainlyUnicode,
  type FontEncoding,
  type LegacyEncoding,
} from "./detect.js";
export { convertLegacyText, type LegacyConversion } from "./convert.js";
