// The scanner against saxes (a full XML parser) on generated documents: the same tags, attributes and
// text, however the document is cut into pieces; and malformed documents refused.
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { decodeEntities, localName, scanXml, XmlScanner } from "./xml.js";

type Event = ["open", string, Record<string, string>] | ["close", string] | ["text", string];

function withSaxes(xml: string): Event[] {
  const events: Event[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let depth = 0;
  parser.on("opentag", (tag) => {
    depth++;
    events.push(["open", localName(tag.name), { ...(tag.attributes as Record<string, string>) }]);
  });
  parser.on("closetag", (tag) => {
    depth--;
    events.push(["close", localName(tag.name)]);
  });
  // The scanner gives no text outside the root element (only whitespace may be there).
  const text = (t: string) => depth > 0 && events.push(["text", t]);
  parser.on("text", text);
  parser.on("cdata", text);
  parser.write(xml).close();
  return merge(events);
}

function withScanner(pieces: readonly string[]): Event[] {
  const events: Event[] = [];
  const scanner = new XmlScanner({
    open: (name, attributes) => events.push(["open", name, attributes.all()]),
    close: (name) => events.push(["close", name]),
    text: (t) => events.push(["text", t]),
  });
  for (const piece of pieces) scanner.write(piece);
  scanner.close();
  return merge(events);
}

/** Adjacent text events as one. */
function merge(events: Event[]): Event[] {
  const merged: Event[] = [];
  for (const event of events) {
    const last = merged[merged.length - 1];
    if (event[0] === "text" && last?.[0] === "text") last[1] += event[1];
    else merged.push(event[0] === "text" ? ["text", event[1]] : event);
  }
  return merged.filter((event) => !(event[0] === "text" && event[1] === ""));
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const name = fc.constantFrom("c", "x:c", "row", "v", "t", "si", "r", "is", "f", "sheetData", "mc:AlternateContent");
const textValue = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.constantFrom("Hưng Yên", "a > b", "x & y", "  ", "\n\t", "]]", "_x000D_"),
);
const textNode = fc.tuple(textValue, fc.constantFrom("escape", "cdata", "refs")).map(([text, how]) => {
  if (how === "cdata" && !text.includes("]]>")) return `<![CDATA[${text}]]>`;
  if (how === "refs")
    return [...text]
      .map((ch) => (/[a-z]/i.test(ch) ? `&#x${ch.codePointAt(0)!.toString(16)};` : escapeText(ch)))
      .join("");
  return escapeText(text);
});
const attrs = fc
  .uniqueArray(
    fc.tuple(fc.constantFrom("r", "s", "t", "x14ac:dyDescent", "spans", "xml:space"), textValue, fc.boolean()),
    { selector: (a) => a[0], maxLength: 3 },
  )
  .map((list) =>
    list
      .map(([key, value, single]) => {
        const escaped = escapeText(value)
          .replace(/"/g, "&quot;")
          .replace(/\t|\n|\r/g, (c) => `&#${c.charCodeAt(0)};`);
        return single ? ` ${key}='${escaped.replace(/'/g, "&apos;")}'` : ` ${key}="${escaped}"`;
      })
      .join(""),
  );
const { tree } = fc.letrec<{ tree: string; node: string }>((tie) => ({
  tree: fc
    .tuple(name, attrs, fc.array(tie("node"), { maxLength: 4 }), fc.boolean())
    .map(([tag, attributes, children, short]) =>
      children.length === 0 && short ? `<${tag}${attributes}/>` : `<${tag}${attributes}>${children.join("")}</${tag}>`,
    ),
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    textNode,
    tie("tree"),
    fc.constant("<!-- note -->"),
    fc.constant("<?pi x?>"),
  ),
}));

describe("XmlScanner", () => {
  it("reads what saxes reads, cut anywhere (property)", () => {
    fc.assert(
      fc.property(tree, fc.array(fc.nat(), { maxLength: 4 }), (body, cuts) => {
        const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}\n`;
        const points = [...new Set(cuts.map((cut) => cut % (xml.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((start, i, all) => xml.slice(start, all[i + 1] ?? xml.length));
        expect(withScanner(pieces)).toEqual(withSaxes(xml));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  it("refuses malformed documents as saxes does", () => {
    for (const xml of [
      "<a><b></a>",
      "<a>",
      "<a></a><b></b>",
      "<a>x &nbsp; y</a>",
      "<a>x & y</a>",
      '<a b="<"/>',
      "<a>&#0;</a>",
      '<!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>',
      "<a",
      "",
      "text",
    ]) {
      expect(() => withSaxes(xml), xml).toThrow();
      expect(() => scanXml(xml, { open() {} }), xml).toThrow();
    }
  });

  it("reads attributes by local name, and all of them", () => {
    const seen: [string | undefined, string | undefined, string | undefined, Record<string, string>][] = [];
    scanXml(`<x:c r="B2" x14ac:dyDescent = '0.25' t="s"\n s="3" r:id="rId1"/>`, {
      open: (_, attributes) =>
        seen.push([attributes.get("r"), attributes.get("dyDescent"), attributes.get("id"), attributes.all()]),
    });
    expect(seen).toEqual([
      ["B2", "0.25", "rId1", { r: "B2", "x14ac:dyDescent": "0.25", t: "s", s: "3", "r:id": "rId1" }],
    ]);
  });

  it("gives a text running on into the next piece at once (never searching it again), keeping a cut reference", () => {
    const texts: string[] = [];
    const scanner = new XmlScanner({ open() {}, text: (t) => texts.push(t) });
    scanner.write("<a>Hưng Yên &am");
    expect(texts).toEqual(["Hưng Yên "]);
    scanner.write("p; Hà Nội");
    expect(texts.join("")).toBe("Hưng Yên & Hà Nội");
    scanner.write("</a>");
    scanner.close();
  });

  it("refuses a tag or comment longer than any spreadsheet writes, as the pieces come", () => {
    const scanner = new XmlScanner({ open() {} });
    scanner.write("<a><!-- ");
    expect(() => scanner.write("x".repeat(5 * 1024 * 1024))).toThrow(/markup longer/);
  });

  it("decodes the five entities and character references", () => {
    expect(decodeEntities("&lt;&gt;&amp;&quot;&apos; &#272;&#x1EF3;")).toBe(`<>&"' Đỳ`);
    expect(() => decodeEntities("&#xD800;")).toThrow();
  });
});
