// The fast reader of shared-strings-part.ts against the general scanner alone, on generated string tables:
// the same strings and fonts, or the same error, for the usual markup and for the rest (rich text,
// phonetic runs, prefixes, references, comments, odd spacing, malformed markup).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSharedStrings } from "./shared-strings-part.js";

function read(xml: string, fast: boolean, maxText: number): unknown {
  try {
    return parseSharedStrings(xml, maxText, fast);
  } catch (error) {
    return { error: `${(error as Error).constructor.name}: ${(error as Error).message}` };
  }
}

const text = fc.oneof(
  fc.constantFrom("Lừa đảo", "Hưng Yên", "", " a ", "x &amp; y", "&#272;&#x1EA1;i", "a_x000D_b", "1 &lt; 2"),
  fc.constantFrom("&bad;", "&#0;", "a\nb", "<![CDATA[c]]>", "a<!--x-->b", "&amp"),
);
const tTag = fc.constantFrom(
  "<t>",
  "<t>",
  '<t xml:space="preserve">',
  "<t xml:space='preserve'>",
  "<t  >",
  "<t\n>",
  "<x:t>",
  "<t/>",
);
const item = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(tTag, text)
      .map(([t, body]) => (t.endsWith("/>") ? t : `${t}${body}</${t.startsWith("<x:") ? "x:t" : "t"}>`)),
  },
  {
    weight: 1,
    arbitrary: text.map(
      (body) =>
        `<r><rPr><rFont val="VNI-Times"/></rPr><t>${body}</t></r><r><t>2</t></r><rPh sb="0" eb="1"><t>ph</t></rPh>`,
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(" ", "\n", "<!-- c -->", "<phoneticPr fontId='1'/>", "junk") },
);
const si = fc
  .tuple(fc.array(item, { maxLength: 3 }), fc.constantFrom("<si>", "<si>", "<si >", "<x:si>"))
  .map(([items, open]) => `${open}${items.join("")}${open === "<x:si>" ? "</x:si>" : "</si>"}`);
const sst = fc
  .tuple(fc.array(si, { maxLength: 6 }), fc.constantFrom("", "\n", "\r\n  "))
  .map(
    ([items, gap]) =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items.length}">${gap}${items.join(gap)}${gap}</sst>`,
  );
const damaged = fc
  .tuple(sst, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom("drop", "<", "&", '"', ">", "/"))
  .map(([xml, where, how]) => {
    const at = Math.min(xml.length - 1, Math.floor(where * xml.length));
    return how === "drop" ? xml.slice(0, at) + xml.slice(at + 1) : xml.slice(0, at) + how + xml.slice(at);
  });

describe("the fast shared-strings reader", () => {
  it("reads what the general scanner reads (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof({ weight: 3, arbitrary: sst }, { weight: 1, arbitrary: damaged }),
        fc.constantFrom(Number.POSITIVE_INFINITY, 3, 0),
        (xml, maxText) => {
          expect(read(xml, true, maxText)).toEqual(read(xml, false, maxText));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reads plain and rich strings with their first run's font", () => {
    const xml = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Lừa đảo</t></si><si><t xml:space="preserve"> a &amp; b </t></si><si><r><rPr><rFont val="VNI-Times"/></rPr><t>Tên</t></r><r><t> đơn vị</t></r></si></sst>`;
    for (const fast of [true, false])
      expect(parseSharedStrings(xml, Infinity, fast)).toEqual([
        { text: "Lừa đảo", font: undefined },
        { text: " a & b ", font: undefined },
        { text: "Tên đơn vị", font: "VNI-Times" },
      ]);
  });
});
