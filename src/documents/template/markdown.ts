// The body of a template, once Handlebars has run, is a small Markdown subset. marked's lexer (GFM) reads
// it; this file only maps its tokens to the document model:
//   # / ## / ###          → heading level 1 / 2 / 3, text as written ("I. TÌNH HÌNH")
//   paragraph             → paragraph; a line break inside it (soft or hard) is a space
//   "- x" / "* x" / "+ x" → one bullet per item, without the marker (the layout prints "- ");
//                           nested items become bullets too
//   "1. x" / "1) x"       → a paragraph starting with the number as written
//   GFM table             → table (header, rows, alignment from the delimiter row)
//   **bold**, *italic*    → bold / italic runs
//   ```chart (YAML)       → chart
// Everything else is kept as plain text, never dropped and never interpreted as HTML: fenced code and
// raw HTML give one paragraph per line, indented lines are ordinary text (no indented code blocks), #### headings a paragraph, block quotes their content,
// links/images/inline code/strikethrough their source text. Entities ("&amp;") are not decoded.
import { Marked } from "marked";
import type { MarkedToken, Token, Tokens } from "marked";
import type { Block, Inline } from "../model.js";
import { parseChartSpec } from "./chart.js";

// A private instance: options or extensions set on the global `marked` elsewhere do not leak in.
// Indented code blocks are off (a tokenizer returning undefined matches nothing): indentation is never
// meaningful in an official document, and a value with leading spaces at the start of a line must stay
// text, not become a code block showing its escapes.
const markdown = new Marked({ gfm: true, breaks: false, pedantic: false, async: false });
markdown.use({ tokenizer: { code: () => undefined } });

type Align = "left" | "center" | "right";
interface Style {
  readonly bold: boolean;
  readonly italic: boolean;
}
const PLAIN: Style = { bold: false, italic: false };

/** Markdown text to blocks. Throws ChartSpecError for a ```chart block that cannot be drawn. */
export function markdownToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const token of markdown.lexer(text)) pushBlocks(token, blocks);
  return blocks;
}

function pushBlocks(token: Token, out: Block[]): void {
  const t = token as MarkedToken;
  switch (t.type) {
    case "space":
      return;
    case "heading": {
      const content = inlineContent(t.tokens);
      if (content.length === 0) return;
      if (t.depth <= 3) out.push({ type: "heading", level: t.depth as 1 | 2 | 3, content });
      else out.push({ type: "paragraph", content });
      return;
    }
    case "paragraph":
    case "text":
      pushParagraph(inlineContent(t.tokens ?? [t]), out);
      return;
    case "list":
      pushList(t, out);
      return;
    case "table":
      out.push(tableBlock(t));
      return;
    case "code":
      if ((t.lang ?? "").trim().toLowerCase() === "chart") out.push(parseChartSpec(t.text));
      else pushPlainLines(t.text, out);
      return;
    case "blockquote":
      for (const child of t.tokens) pushBlocks(child, out);
      return;
    case "html":
      pushPlainLines(t.raw, out);
      return;
    default: {
      // hr, def (link reference definitions) and anything an extension might add: kept as written.
      const generic = token as Tokens.Generic;
      if (generic.tokens !== undefined && generic.tokens.length > 0) pushParagraph(inlineContent(generic.tokens), out);
      else pushPlainLines(generic.raw, out);
    }
  }
}

function pushParagraph(content: Inline[], out: Block[]): void {
  if (content.length > 0) out.push({ type: "paragraph", content });
}

function pushPlainLines(text: string, out: Block[]): void {
  for (const line of text.split("\n")) {
    pushParagraph(finishRuns([{ text: line.trim() }]), out);
  }
}

function pushList(list: Tokens.List, out: Block[]): void {
  list.items.forEach((item, index) => {
    let prefix = list.ordered ? `${orderedMarker(item, list, index)} ` : "";
    if (item.task) prefix += item.checked === true ? "[x] " : "[ ] ";
    let first = true;
    for (const child of item.tokens) {
      const c = child as MarkedToken;
      if (c.type === "text" || c.type === "paragraph") {
        const content = inlineContent(c.tokens ?? [c], first ? prefix : "");
        if (content.length === 0) continue;
        // The first paragraph of an item is the bullet; a further paragraph of the same item is body text.
        out.push(first && !list.ordered ? { type: "bullet", content } : { type: "paragraph", content });
        first = false;
      } else if (c.type === "list") {
        pushList(c, out);
      } else {
        pushBlocks(child, out);
      }
    }
  });
}

/** "1." or "2)" as the source wrote it (the lexer keeps only the start number and not the delimiter). */
function orderedMarker(item: Tokens.ListItem, list: Tokens.List, index: number): string {
  const written = /^\s*(\d{1,9}[.)])/.exec(item.raw)?.[1];
  return written ?? `${(list.start === "" ? 1 : list.start) + index}.`;
}

function tableBlock(table: Tokens.Table): Block {
  const header = table.header.map((cell) => inlineContent(cell.tokens));
  const rows = table.rows.map((row) => row.map((cell) => inlineContent(cell.tokens)));
  const aligned = table.align.some((a) => a !== null);
  if (!aligned) return { type: "table", header, rows };
  return { type: "table", header, rows, align: table.align.map((a): Align => a ?? "left") };
}

function inlineContent(tokens: readonly Token[], prefix = ""): Inline[] {
  const runs: Inline[] = prefix === "" ? [] : [{ text: prefix }];
  collectInlines(tokens, PLAIN, runs);
  return finishRuns(runs);
}

function collectInlines(tokens: readonly Token[], style: Style, out: Inline[]): void {
  for (const token of tokens) {
    const t = token as MarkedToken;
    switch (t.type) {
      case "text":
        if (t.tokens !== undefined && t.tokens.length > 0) collectInlines(t.tokens, style, out);
        else out.push(run(softBreaks(t.text), style));
        break;
      case "escape":
        out.push(run(t.text, style));
        break;
      case "strong":
        collectInlines(t.tokens, { ...style, bold: true }, out);
        break;
      case "em":
        collectInlines(t.tokens, { ...style, italic: true }, out);
        break;
      case "br":
        out.push(run(" ", style));
        break;
      default:
        // codespan, link, image, del, inline html…: the source text, uninterpreted.
        out.push(run(softBreaks(token.raw), style));
    }
  }
}

/** A line break inside a paragraph and the spaces around it read as one space. */
function softBreaks(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, " ");
}

function run(text: string, style: Style): Inline {
  if (style.bold && style.italic) return { text, bold: true, italic: true };
  if (style.bold) return { text, bold: true };
  if (style.italic) return { text, italic: true };
  return { text };
}

/** Adjacent runs with the same style merged, spaces at both ends of the block dropped, empty runs dropped, text NFC. */
function finishRuns(runs: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.bold === r.bold && last.italic === r.italic) {
      merged[merged.length - 1] = { ...last, text: last.text + r.text };
    } else {
      merged.push(r);
    }
  }
  const last = merged.length - 1;
  return merged
    .map((r, i) => {
      let text = r.text.normalize("NFC");
      if (i === 0) text = text.replace(/^[ \t]+/, "");
      if (i === last) text = text.replace(/[ \t]+$/, "");
      return { ...r, text };
    })
    .filter((r) => r.text !== "");
}
