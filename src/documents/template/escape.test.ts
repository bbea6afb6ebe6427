import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Block, Inline } from "../model.js";
import { compileTemplate } from "./compile.js";
import { displayText, escapeMarkdown } from "./escape.js";
import { Handlebars } from "./handlebars.js";

const textOf = (content: readonly Inline[]) => content.map((r) => r.text).join("");
/** The runs of a heading, paragraph or bullet. */
function contentOf(block: Block | undefined): readonly Inline[] {
  if (block === undefined || !("content" in block))
    throw new Error(`expected a text block, got ${JSON.stringify(block)}`);
  return block.content;
}
const render = (source: string, data: unknown): Block[] => compileTemplate(source, "test.hbs").render(data).blocks;
/** What a value reads as in the document: line breaks are spaces, text is NFC. */
const asPrinted = (s: string) => s.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, " ");

const HOSTILE = [
  "*x*",
  "**bold**",
  "_u_",
  "a | b",
  "| | |",
  "# h",
  "## h ##",
  "line1\nline2",
  "a\r\nb\rc",
  "[link](x)",
  "![img](y)",
  "<b>",
  "<div>x</div>",
  "<!-- c -->",
  "back\\slash",
  "trailing\\",
  "\\*",
  "`code`",
  "```chart",
  "~~s~~",
  "1. one",
  "2) two",
  "- dash",
  "+ plus",
  "* star",
  "> quote",
  "===",
  "---",
  "***",
  "&amp; &copy;",
  "http://x.com www.x.com a@b.com",
  "    indented",
  "\tTab",
  "a  \nb",
  "{{x}}",
  "Sở TT&TT (Hưng Yên)",
];

describe("escapeMarkdown", () => {
  it("backslash-escapes ASCII punctuation and turns line breaks into spaces", () => {
    expect(escapeMarkdown("*x* | # h")).toBe("\\*x\\* \\| \\# h");
    expect(escapeMarkdown("a\nb\r\nc\rd")).toBe("a b c d");
    expect(escapeMarkdown("Văn Lâm")).toBe("Văn Lâm");
    expect(escapeMarkdown("1. x")).toBe("1\\. x");
  });

  it("prints values: strings as they are, null as nothing, lists and objects refused", () => {
    expect(displayText("a")).toBe("a");
    expect(displayText(12)).toBe("12");
    expect(displayText(null)).toBe("");
    expect(() => displayText(["a"])).toThrow(/join/);
    expect(() => displayText({})).toThrow(/object/);
  });
});

describe("values interpolated into the body keep their text and cannot change the structure", () => {
  it.each(HOSTILE)("in a paragraph: %j", (name) => {
    const blocks = render("Đơn vị {{name}} báo cáo.", { name });
    expect(blocks).toEqual([{ type: "paragraph", content: [{ text: `Đơn vị ${asPrinted(name)} báo cáo.` }] }]);
  });

  it.each(HOSTILE)("alone on a line between paragraphs: %j", (name) => {
    const blocks = render("Trước.\n\n{{name}}\n\nSau.", { name });
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(textOf(contentOf(blocks[1]))).toBe(asPrinted(name).trim());
  });

  it.each(HOSTILE)("in a heading and a bullet: %j", (name) => {
    const blocks = render("# I. {{name}}\n\n- {{name}}\n- hai", { name });
    expect(blocks.map((b) => b.type)).toEqual(["heading", "bullet", "bullet"]);
    expect(textOf(contentOf(blocks[0]))).toBe(`I. ${asPrinted(name)}`.trim());
    expect(textOf(contentOf(blocks[1]))).toBe(asPrinted(name).trim());
  });

  it.each(HOSTILE)("in a table cell: %j", (name) => {
    const blocks = render("| A | B |\n| --- | --- |\n| {{name}} | x |\n| y | z |\n", { name });
    expect(blocks).toHaveLength(1);
    const table = blocks[0] as Extract<Block, { type: "table" }>;
    expect(table.type).toBe("table");
    expect(table.header).toHaveLength(2);
    expect(table.rows).toHaveLength(2);
    expect(table.rows.map((r) => r.length)).toEqual([2, 2]);
    expect(textOf(table.rows[0]?.[0] ?? [])).toBe(asPrinted(name).trim());
  });

  it("never makes bold or italic runs out of data", () => {
    const blocks = render("{{a}} {{b}} {{c}}", { a: "**x**", b: "*y*", c: "__z__" });
    expect(blocks).toEqual([{ type: "paragraph", content: [{ text: "**x** *y* __z__" }] }]);
  });

  it("escapes inside {{#each}} and {{#if}} bodies too", () => {
    const blocks = render("{{#each units}}\n- {{this}}\n{{/each}}\n\n{{#if show}}{{x}}{{/if}}", {
      units: ["# a", "*b*"],
      show: true,
      x: "| c |",
    });
    expect(blocks).toEqual([
      { type: "bullet", content: [{ text: "# a" }] },
      { type: "bullet", content: [{ text: "*b*" }] },
      { type: "paragraph", content: [{ text: "| c |" }] },
    ]);
  });

  it("leaves {{{triple}}} and helper-made tables raw", () => {
    const blocks = render("{{{md}}}", { md: "**đậm** thường" });
    expect(blocks).toEqual([{ type: "paragraph", content: [{ text: "đậm", bold: true }, { text: " thường" }] }]);
  });

  it("does not change how the global Handlebars escapes", () => {
    render("{{x}}", { x: "<*>" });
    expect(Handlebars.compile("{{x}}")({ x: "<*>" })).toBe("&lt;*&gt;");
    expect(Handlebars.create().compile("{{x}}")({ x: "<*>" })).toBe("&lt;*&gt;");
  });
});

// Characters that make Markdown structure, mixed with ordinary text, whitespace and combining marks.
const markdownish = fc.string({
  unit: fc.constantFrom(
    "*",
    "_",
    "|",
    "#",
    "\n",
    "\r",
    "\r\n",
    "\\",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "`",
    "~",
    "-",
    "+",
    "=",
    "!",
    "1",
    ".",
    ":",
    "&",
    ";",
    "@",
    "/",
    " ",
    "  ",
    "\t",
    "a",
    "đ",
    "Ư",
    "e\u0301",
    "\u0301",
    "\u00a0",
  ),
  maxLength: 30,
});
const anyText = fc.oneof(
  markdownish,
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
);

describe("escaping properties", () => {
  it("a value in a sentence gives exactly one paragraph with the value's text", () => {
    const template = compileTemplate("Đơn vị {{name}} báo cáo.", "test.hbs");
    fc.assert(
      fc.property(anyText, (name) => {
        const blocks = template.render({ name }).blocks;
        expect(blocks).toHaveLength(1);
        const block = blocks[0] as Extract<Block, { type: "paragraph" }>;
        expect(block.type).toBe("paragraph");
        expect(block.content.every((r) => r.bold === undefined && r.italic === undefined)).toBe(true);
        expect(textOf(block.content)).toBe(`Đơn vị ${asPrinted(name)} báo cáo.`.normalize("NFC"));
      }),
      { numRuns: 500 },
    );
  });

  it("a value in a table cell keeps the table's rows and columns", () => {
    const template = compileTemplate(
      "| A | B | C |\n| :-- | :-: | --: |\n| x | {{name}} | y |\n| {{name}} | z | w |\n",
      "test.hbs",
    );
    fc.assert(
      fc.property(anyText, (name) => {
        const blocks = template.render({ name }).blocks;
        expect(blocks).toHaveLength(1);
        const table = blocks[0] as Extract<Block, { type: "table" }>;
        expect(table.type).toBe("table");
        expect(table.header.map(textOf)).toEqual(["A", "B", "C"]);
        expect(table.rows.map((row) => row.length)).toEqual([3, 3]);
        expect(table.align).toEqual(["left", "center", "right"]);
        expect(textOf(table.rows[0]?.[1] ?? [])).toBe(asPrinted(name).normalize("NFC").trim());
        expect(textOf(table.rows[1]?.[1] ?? [])).toBe("z");
      }),
      { numRuns: 500 },
    );
  });

  it("a value in a bullet keeps one bullet per line", () => {
    const template = compileTemplate("- {{name}}\n- sau", "test.hbs");
    fc.assert(
      fc.property(
        markdownish.filter((s) => asPrinted(s).trim() !== ""),
        (name) => {
          const blocks = template.render({ name }).blocks;
          expect(blocks.map((b) => b.type)).toEqual(["bullet", "bullet"]);
          const first = blocks[0] as Extract<Block, { type: "bullet" }>;
          expect(textOf(first.content)).toBe(
            asPrinted(name)
              .normalize("NFC")
              .replace(/^[ \t]+|[ \t]+$/g, ""),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("line and paragraph separators", () => {
  it("U+2028 and U+2029 in a value neither end a table row nor a paragraph", () => {
    const table = compileTemplate("| A | B |\n| --- | --- |\n| {{name}} | y |\n", "t.hbs");
    for (const name of ["a\u2028b", "a\u2029b", "\u2028", "a\u0085b"]) {
      const blocks = table.render({ name }).blocks;
      expect(blocks).toHaveLength(1);
      expect((blocks[0] as Extract<Block, { type: "table" }>).rows).toHaveLength(1);
    }
  });
});
