// Text as every writer of .xlsx and .docx puts it into XML: one sanitiser, so that no value (an incident
// description, a unit name, a code-list label) can make a part that is not well-formed XML 1.0.
//
// XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF. Anything else (the other
// C0 controls, a lone surrogate, U+FFFE, U+FFFF) cannot be written even as a character reference; it
// becomes U+FFFD, the replacement character, so that the reader sees that something was there.
//
// Spreadsheets add one rule: Excel, LibreOffice and exceljs read `_xHHHH_` in a cell's text as the
// character U+HHHH (that is how OOXML writes characters XML cannot hold). A literal "_xFFFE_" typed by a
// clerk would come back as U+FFFE, or as a part that is not well-formed; its underscore is written as
// `_x005F_` so that the text comes back as typed.

/** Not allowed by XML 1.0: C0 controls but tab, LF and CR; U+FFFE and U+FFFF; lone surrogates. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every character XML 1.0 does not allow replaced by U+FFFD. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, "\uFFFD");
}

/** The underscore that starts an OOXML escape sequence as it may appear literally in text. */
const OOXML_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)/g;

/** Anything xlsxText would change: a character XML does not allow, or an underscore before "x". */
const NEEDS_XLSX_WORK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x/;

/** `text` as a spreadsheet cell (or note) holds it: XML-safe, and literal `_xHHHH_` kept literal. */
export function xlsxText(text: string): string {
  // Nearly every text needs nothing: one scan to tell (the annotated copy of a large workbook has millions).
  if (!NEEDS_XLSX_WORK.test(text)) return text;
  // The underscore that starts one: "_x0041_x0042_" has two, the second shared with the first's end.
  return xmlSafeText(text).replace(OOXML_ESCAPE, "_x005F_");
}

/** Whether `text` is made only of characters XML 1.0 allows. */
export function isXmlSafe(text: string): boolean {
  NOT_XML.lastIndex = 0;
  const found = NOT_XML.test(text);
  NOT_XML.lastIndex = 0;
  return !found;
}
