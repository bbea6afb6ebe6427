// The fast reader of sheet-part.ts against the general scanner alone, on generated sheets: the same
// cells, the same truncation, the same error, however the sheet is cut into pieces — for the markup
// Excel writes and for everything else (prefixes, references, inline strings, shared formulas, rows
// and cells without `r`, comments, odd spacing and quoting, malformed markup).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SheetContext } from "./sheet-part.js";
import { sheetReader } from "./sheet-part.js";

const CONTEXT: Omit<SheetContext, "fast" | "maxRow" | "maxText"> = {
  sharedStrings: [
    { text: "Lừa đảo", font: undefined },
    { text: "Hưng Yên", font: "VNI-Times" },
    { text: "", font: undefined },
    { text: "12", font: undefined },
  ],
  styles: [
    { date: false, font: "Calibri" },
    { date: true, font: "Calibri" },
    { date: false, font: ".VnTime" },
  ],
  date1904: false,
};

type Outcome = { error: string } | { rows: unknown; truncated: boolean };

function read(pieces: readonly string[], fast: boolean, maxRow: number, maxText: number): Outcome {
  const reader = sheetReader({ ...CONTEXT, fast, maxRow, maxText });
  try {
    for (const piece of pieces) if (!reader.write(piece)) break;
    const { rows, truncated } = reader.end();
    return { rows, truncated };
  } catch (error) {
    return { error: `${(error as Error).constructor.name}: ${(error as Error).message}` };
  }
}

/** The document cut at these fractions of its length. */
function cut(xml: string, at: readonly number[]): string[] {
  const points = [...new Set(at.map((f) => Math.floor(f * xml.length)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const point of points) {
    pieces.push(xml.slice(from, point));
    from = point;
  }
  pieces.push(xml.slice(from));
  return pieces;
}

const space = fc.constantFrom(" ", " ", " ", "  ", "\n", "\t", "\r\n");
const quoted = (value: string) => fc.constantFrom(`"${value}"`, `"${value}"`, `'${value}'`);
const attribute = (name: fc.Arbitrary<string>, value: fc.Arbitrary<string>) =>
  fc
    .tuple(space, name, fc.constantFrom("=", "=", "=", " = "), value.chain(quoted))
    .map(([before, key, equals, text]) => `${before}${key}${equals}${text}`);

const cellRef = fc.oneof(
  fc
    .tuple(fc.constantFrom("A", "B", "C", "K", "AA", "b", "XFD", "XFE", "ZZZZZZ", ""), fc.integer({ min: 1, max: 6 }))
    .map(([letters, row]) => `${letters}${row}`),
  fc.constantFrom("&#65;1", "A\t1", "1A", " B2", "A<1", "A:1", "A>1", "a1"),
);
const cellAttributes = fc
  .array(
    fc.oneof(
      attribute(fc.constantFrom("r", "r", "x:r", "xmlns:r"), cellRef),
      attribute(
        fc.constantFrom("s", "s", "x:s"),
        fc.constantFrom("0", "1", "2", "", " 1", "1.0", "9", "x", "1:2", "1<2", "1>"),
      ),
      attribute(
        fc.constantFrom("t", "t", "x:t"),
        fc.constantFrom("s", "n", "str", "b", "e", "d", "inlineStr", "", "shared", "&#115;", "s<", "s=", "s>", "s1"),
      ),
      attribute(fc.constantFrom("x14ac:dyDescent", "cm", "vm", "xmlns"), fc.constantFrom("0.25", "1", "a<b", "&amp;")),
    ),
    { maxLength: 4 },
  )
  .map((list) => list.join(""));

const valueText = fc.oneof(
  fc.constantFrom("0", "1", "3", "12", "45091", "9700000", "007", "1.5", "-2", "1e3", " 12 ", "", "  "),
  fc.constantFrom("TRUE", "1", "#N/A", "2023-05-17", "2023-05-17T08:00:00", "a_x000D_b", "x &amp; y", "&#49;2"),
  fc.constantFrom("1234567890123456", "99999999999999999999", "<![CDATA[7]]>", "1<!--x-->2", "abc"),
);
const formula = fc.oneof(
  fc.constantFrom("<f>A1+B1</f>", "<f>SUM(A1:A3)</f>", "<f>&quot;a&quot;</f>", "<f></f>", "<f/>"),
  fc.constantFrom(
    '<f t="shared" ref="A1:A5" si="0">B1*2</f>',
    '<f t="shared" si="0"/>',
    '<f t="shared" si="1"></f>',
    "<f t='shared' si='0'>C1</f>",
    '<f t="array" ref="A1">1</f>',
    '<f t="shared" si="0">B1<!--x-->*3</f>',
  ),
);
const inlineString = fc.constantFrom(
  "<is><t>Mã</t></is>",
  '<is><r><rPr><rFont val="VNI-Times"/></rPr><t>Tên </t></r><r><t>đơn vị</t></r><rPh><t>x</t></rPh></is>',
  '<is><t xml:space="preserve"> a &amp; b </t></is>',
);
const cellContent = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: valueText.map((text) => `<v>${text}</v>`) },
      { weight: 2, arbitrary: formula },
      { weight: 1, arbitrary: inlineString },
      { weight: 1, arbitrary: fc.constantFrom("<v/>", " ", "\n  ", "<!-- c -->", "<extLst/>", "junk", "&amp;") },
    ),
    { maxLength: 3 },
  )
  .map((list) => list.join(""));

const prefixed = (prefix: string, xml: string) =>
  prefix === "" ? xml : xml.replace(/<(\/?)([a-zA-Z])/g, `<$1${prefix}$2`);

const cell = fc
  .tuple(cellAttributes, cellContent, fc.boolean(), space, fc.constantFrom("", "", "", "x:"))
  .map(([attributes, content, short, gap, prefix]) =>
    prefixed(
      prefix,
      content === "" && short ? `<c${attributes}${gap === "\n" ? " " : ""}/>` : `<c${attributes}>${content}</c>`,
    ),
  );
const rowAttributes = fc
  .array(
    fc.oneof(
      attribute(
        fc.constantFrom("r", "r", "r", "x:r"),
        fc.constantFrom("1", "2", "3", "4", "5", "8", "0", "abc", "2x", "1048577", "99999999999999999", ""),
      ),
      attribute(
        fc.constantFrom("spans", "x14ac:dyDescent", "ht", "customFormat"),
        fc.constantFrom("1:11", "0.25", "1"),
      ),
    ),
    { maxLength: 3 },
  )
  .map((list) => list.join(""));
const row = fc
  .tuple(rowAttributes, fc.array(cell, { maxLength: 5 }), fc.constantFrom("", "", "\n", "\r\n  "))
  .map(([attributes, cells, between]) =>
    cells.length === 0 ? `<row${attributes}/>` : `<row${attributes}>${between}${cells.join(between)}${between}</row>`,
  );
const sheet = fc
  .tuple(fc.array(row, { maxLength: 8 }), fc.constantFrom("", "", "x:"))
  .map(([rows, prefix]) =>
    prefixed(
      prefix,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns${prefix === "" ? "" : ":x"}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:K9"/><sheetData>${rows.join("")}</sheetData><pageMargins left="0.7"/></worksheet>`,
    ),
  );

/** Malformed variants: a character dropped, doubled or put in, somewhere. */
const damaged = fc
  .tuple(sheet, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom("drop", "<", "&", '"', ">", "/", "x", "'"))
  .map(([xml, where, how]) => {
    const at = Math.min(xml.length - 1, Math.floor(where * xml.length));
    return how === "drop" ? xml.slice(0, at) + xml.slice(at + 1) : xml.slice(0, at) + how + xml.slice(at);
  });

const limits = fc.record({
  maxRow: fc.constantFrom(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 3, 1),
  maxText: fc.constantFrom(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 3, 1, 0),
});
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 });

describe("the fast sheet reader", () => {
  it("reads what the general scanner reads, cut anywhere (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof({ weight: 3, arbitrary: sheet }, { weight: 1, arbitrary: damaged }),
        limits,
        cuts,
        (xml, { maxRow, maxText }, at) => {
          const pieces = cut(xml, at);
          const general = read(pieces, false, maxRow, maxText);
          expect(read([xml], true, maxRow, maxText)).toEqual(general);
          expect(read(pieces, true, maxRow, maxText)).toEqual(general);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reads Excel's usual markup, and gives up on the unusual without changing what is read", () => {
    const xml =
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
      `<row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" s="2" t="s"><v>1</v></c><c r="B1" s="1"><v>45091</v></c><c r="C1"><v>007</v></c></row>` +
      `<row><c t="str"><f>&quot;a&quot;</f><v>a &amp; b</v></c><c><f t="shared" ref="B2:B3" si="0">A2*2</f><v>4</v></c></row>` +
      `<row><c r="B3"><f t="shared" si="0"/><v>1.5e1</v></c><c r="C3" t="inlineStr"><is><t>Mã</t></is></c></row>` +
      `</sheetData></worksheet>`;
    for (const fast of [true, false]) {
      const reader = sheetReader({ ...CONTEXT, fast, maxRow: Infinity, maxText: Infinity });
      reader.write(xml);
      const { rows } = reader.end();
      expect(rows.get(1)?.get(1)).toEqual({ type: "text", text: "Hưng Yên", font: "VNI-Times" });
      expect(rows.get(1)?.get(2)).toEqual({ type: "date", year: 2023, month: 6, day: 14 });
      expect(rows.get(1)?.get(3)).toEqual({ type: "number", value: 7 });
      expect(rows.get(2)?.get(1)).toEqual({ type: "text", text: "a & b", font: "Calibri" });
      expect(rows.get(2)?.get(2)).toEqual({ type: "number", value: 4 });
      expect(rows.get(3)?.get(2)).toEqual({ type: "number", value: 15 });
      expect(rows.get(3)?.get(3)).toEqual({ type: "text", text: "Mã", font: "Calibri" });
    }
  });
});
