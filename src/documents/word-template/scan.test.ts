import { describe, expect, it } from "vitest";
import { decodeXmlText, scanPart } from "./scan.js";
import { planFill } from "./plan.js";

const p = (...texts: string[]) =>
  `<w:p w:rsidR="1"><w:pPr/>${texts.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join("<w:proofErr/>")}</w:p>`;

describe("scanPart", () => {
  it("joins a paragraph's runs and tells the placeholders in table rows from the others", () => {
    const xml = `<w:body>${p("[[a", "]] and [[b]]")}<w:p/><w:tbl><w:tr><w:tc>${p("[[l.x]]")}</w:tc></w:tr></w:tbl>${p("[[l.y]]")}</w:body>`;
    expect(scanPart(xml, "[[", "]]").occurrences).toEqual([
      { name: "a", inRow: false },
      { name: "b", inRow: false },
      { name: "l.x", inRow: true },
      { name: "l.y", inRow: false },
    ]);
  });

  it("reads a text box's paragraph apart from the paragraph anchoring it", () => {
    const box = `<w:p><w:r><w:t>{{out</w:t></w:r><w:r><w:drawing><w:txbxContent>${p("[[in]]")}</w:txbxContent></w:drawing></w:r><w:r><w:t>side}}</w:t></w:r></w:p>`;
    const scan = scanPart(box, "[[", "]]");
    expect(scan.occurrences).toEqual([{ name: "in", inRow: false }]);
    expect(scan.unrecognised).toEqual(["{{outside}}"]);
  });

  it("decodes the XML entities of the text", () => {
    expect(decodeXmlText("&lt;a&gt; &amp;amp; &quot;&apos; &#7863; &#x1EB7;")).toBe("<a> &amp; \"' ặ ặ");
  });
});

describe("planFill", () => {
  const fields = { names: ["a", "l.x", "r.name"], text: new Set(["a", "r.name"]), row: new Set(["l.x"]) };

  it("takes a dotted name outside a table as a field of its own, and a row field from each item", () => {
    const plan = planFill(fields, { a: 1, "r.name": "N", l: [{ x: "1" }, { x: 2 }] }, "t.docx");
    expect(plan.missing).toEqual([]);
    expect(Object.keys(plan.patches)).toEqual(["l", "a", "r.name"]);
  });

  it("lists every missing name once, in template order", () => {
    expect(planFill(fields, { l: [{}, {}] }, "t.docx").missing).toEqual(["a", "l.x", "r.name"]);
  });
});
