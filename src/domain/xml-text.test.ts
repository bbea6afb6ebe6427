import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { xmlError } from "../../test/helpers/well-formed.js";
import { isXmlSafe, xlsxText, xmlSafeText } from "./xml-text.js";

/** As Excel, LibreOffice and exceljs read a cell's text: `_xHHHH_` is the character U+HHHH. */
const ooxmlDecode = (text: string) =>
  text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** One of each class of code point (as UTF-16 code units, lone surrogates included). */
const CLASSES: [name: string, text: string, kept: boolean][] = [
  ["NUL", "\u0000", false],
  ["C0 control", "\u0001\u0008\u000B\u000C\u000E\u001F", false],
  ["tab, LF, CR", "\t\n\r", true],
  ["ASCII", " A~", true],
  ["DEL and C1", "\u007F\u0085\u009F", true],
  ["Vietnamese", "Hưng Yên", true],
  ["BMP up to the surrogates", "\uD7FF", true],
  ["lone high surrogate", "\uD800", false],
  ["lone low surrogate", "\uDFFF", false],
  ["surrogate pair (astral)", "\u{1F600}\u{10FFFF}", true],
  ["private use", "\uE000\uF8FF", true],
  ["U+FFFD", "\uFFFD", true],
  ["U+FFFE", "\uFFFE", false],
  ["U+FFFF", "\uFFFF", false],
];

/** Any sequence of UTF-16 code units, weighted towards the troublesome ones. */
const anyText = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
      fc.constantFrom("\uFFFE", "\uFFFF", "\uD800", "\uDC00", "\u0001", "\t", "_", "x", "F", "0", "_xFFFE_", "_x005F_"),
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(""));

describe("xmlSafeText", () => {
  it.each(CLASSES)("%s: kept only when XML 1.0 allows it", (_, text, kept) => {
    expect(xmlSafeText(text)).toBe(kept ? text : "\uFFFD".repeat(text.length));
    expect(isXmlSafe(text)).toBe(kept);
    expect(xmlError(`<t>${xmlSafeText(text).replace(/[<&]/g, "")}</t>`)).toBeNull();
  });

  it("always gives well-formed XML text, and changes nothing that was already allowed", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const safe = xmlSafeText(text);
        expect(isXmlSafe(safe)).toBe(true);
        expect(safe.length).toBe(text.length);
        expect(xmlError(`<t>${safe.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</t>`)).toBeNull();
        if (isXmlSafe(text)) expect(safe).toBe(text);
        expect(xmlSafeText(safe)).toBe(safe);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("xlsxText", () => {
  it("keeps a literal escape sequence literal", () => {
    expect(xlsxText("_xFFFE_")).toBe("_x005F_xFFFE_");
    expect(ooxmlDecode(xlsxText("a _xFFFE_ b"))).toBe("a _xFFFE_ b");
    expect(ooxmlDecode(xlsxText("_x0041_x0042_"))).toBe("_x0041_x0042_");
    expect(xlsxText("Hưng Yên_x1")).toBe("Hưng Yên_x1");
  });

  it("reads back (as a spreadsheet decodes it) as the XML-safe text, always well-formed", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const written = xlsxText(text);
        expect(isXmlSafe(written)).toBe(true);
        expect(ooxmlDecode(written)).toBe(xmlSafeText(text));
      }),
      { numRuns: 2000 },
    );
  });
});
