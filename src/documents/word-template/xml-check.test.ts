import { describe, expect, it } from "vitest";
import { checkXml, isXmlChar } from "./xml-check.js";

describe("checkXml", () => {
  it("accepts well-formed Word XML: declaration, namespaces, attributes, references, comments, CDATA", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="urn:w" a=\'1 &amp; 2\'>' +
      '<!-- a <b> comment --><w:body><w:p><w:r><w:t xml:space="preserve">A &lt; B &#7857; &#x1EB1; &quot;</w:t></w:r></w:p>' +
      "<w:sectPr/><![CDATA[ <x> & ]]></w:body></w:document>";
    expect(checkXml(xml)).toBeNull();
  });

  it("names the first fault and its line", () => {
    expect(checkXml("<a>\n<b>\n</a>")).toEqual({ kind: "mismatch", name: "a", open: "b", line: 3 });
    expect(checkXml("<a>\n<b></b>")).toEqual({ kind: "unclosed", name: "a", line: 2 });
    expect(checkXml("<a></a></b>")).toMatchObject({ kind: "mismatch", name: "b", open: "" });
    expect(checkXml("<a>&#1114112;</a>")).toMatchObject({ kind: "entity", token: "&#1114112;" });
    expect(checkXml("<a>&#0;</a>")).toMatchObject({ kind: "entity", token: "&#0;" });
    expect(checkXml("<a>&nbsp;</a>")).toMatchObject({ kind: "entity", token: "&nbsp;" });
    expect(checkXml('<a b="&x"/>')).toMatchObject({ kind: "entity" });
    expect(checkXml("<a>x & y</a>")).toMatchObject({ kind: "entity", token: "&" });
    expect(checkXml('<a b="1></a>')).toMatchObject({ kind: "syntax" });
    expect(checkXml("<a><!-- open</a>")).toMatchObject({ kind: "syntax" });
    expect(checkXml("<a>< b</a>")).toMatchObject({ kind: "syntax" });
    expect(checkXml('<a b="1"c="2"/>')).toMatchObject({ kind: "syntax" });
  });

  it("refuses every code point XML 1.0 does not allow, raw or as a reference, and accepts every other class", () => {
    const allowed = [0x9, 0xa, 0xd, 0x20, 0x7e, 0xa0, 0x1ea1, 0xd7ff, 0xe000, 0xfffd, 0x10000, 0x1f600, 0x10ffff];
    const refused = [0x0, 0x1, 0x8, 0xb, 0xc, 0x1f, 0xd800, 0xdfff, 0xfffe, 0xffff, 0x110000];
    for (const code of allowed) {
      expect(isXmlChar(code), code.toString(16)).toBe(true);
      expect(checkXml(`<a>${String.fromCodePoint(code)}&#${code};&#x${code.toString(16)};</a>`)).toBeNull();
    }
    for (const code of refused) {
      expect(isXmlChar(code), code.toString(16)).toBe(false);
      expect(checkXml(`<a>&#${code};</a>`)).toMatchObject({ kind: "entity" });
      if (code <= 0xffff)
        expect(checkXml(`<a>${String.fromCharCode(code)}</a>`)).toMatchObject({
          kind: "character",
          token: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`,
        });
    }
  });
});
