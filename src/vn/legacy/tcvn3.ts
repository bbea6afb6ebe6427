// TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime, .VnArial …): one byte per letter. A spreadsheet
// cell shows each byte as its Latin-1 character, so "Hà Nội" arrives as "Hµ Néi".
//
// Source: the reference vectors, test/fixtures/legacy-encodings.tsv (lower case cross-checked against glibc iconv's
// TCVN5712-1). The table uses only bytes 0xA1–0xFE, so nothing here depends on how a cell shows the C1
// range 0x80–0x9F. glibc's VN1 table also puts capitals there and combining tone marks at 0xB0–0xB4,
// but ABC text never uses them, and reading 0x85 "…" or 0x93 "“" as letters would garble punctuation.
import { createTable, decodeWithTable } from "./table.js";

/** Cell character → letter. Lower case, plus the seven capitals .VnTime has. */
export const TCVN3_TABLE = createTable({
  // Own capitals
  "¡": "Ă",
  "¢": "Â",
  "£": "Ê",
  "¤": "Ô",
  "¥": "Ơ",
  "¦": "Ư",
  "§": "Đ",
  // Vowels without tone and đ
  "¨": "ă",
  "©": "â",
  ª: "ê",
  "«": "ô",
  "¬": "ơ",
  "\u00ad": "ư",
  "®": "đ",
  // a ă â
  "¸": "á",
  µ: "à",
  "¶": "ả",
  "·": "ã",
  "¹": "ạ",
  "¾": "ắ",
  "»": "ằ",
  "¼": "ẳ",
  "½": "ẵ",
  Æ: "ặ",
  Ê: "ấ",
  Ç: "ầ",
  È: "ẩ",
  É: "ẫ",
  Ë: "ậ",
  // e ê
  Ð: "é",
  Ì: "è",
  Î: "ẻ",
  Ï: "ẽ",
  Ñ: "ẹ",
  Õ: "ế",
  Ò: "ề",
  Ó: "ể",
  Ô: "ễ",
  Ö: "ệ",
  // i
  Ý: "í",
  "×": "ì",
  Ø: "ỉ",
  Ü: "ĩ",
  Þ: "ị",
  // o ô ơ
  ã: "ó",
  ß: "ò",
  á: "ỏ",
  â: "õ",
  ä: "ọ",
  è: "ố",
  å: "ồ",
  æ: "ổ",
  ç: "ỗ",
  é: "ộ",
  í: "ớ",
  ê: "ờ",
  ë: "ở",
  ì: "ỡ",
  î: "ợ",
  // u ư
  ó: "ú",
  ï: "ù",
  ñ: "ủ",
  ò: "ũ",
  ô: "ụ",
  ø: "ứ",
  õ: "ừ",
  ö: "ử",
  "÷": "ữ",
  ù: "ự",
  // y (ý is the same byte in both worlds)
  ý: "ý",
  ú: "ỳ",
  û: "ỷ",
  ü: "ỹ",
  þ: "ỵ",
});

export interface Tcvn3Options {
  /**
   * The cell's font is a capitals-only font (.VnTimeH, .VnArialH …). TCVN3 has no codes for accented
   * capitals other than Ă Â Ê Ô Ơ Ư Đ; typists used the lower-case code in an H font, which draws
   * every letter as a capital. So the decoded text is upper-cased.
   */
  readonly capitals?: boolean;
}

/** "NguyÔn V¨n An" → "Nguyễn Văn An". ASCII and characters outside the table pass through; output is NFC. */
export function decodeTcvn3(text: string, options: Tcvn3Options = {}): string {
  const decoded = decodeWithTable(text.normalize("NFC"), TCVN3_TABLE).normalize("NFC");
  return options.capitals === true ? decoded.toUpperCase() : decoded;
}
