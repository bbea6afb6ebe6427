// The content (ô 6, Phụ lục I II.6): blocks → paragraphs and tables.
//
// Paragraphs (II.6.e): 14 pt, justified, first line indented 1 cm (567 twips), 6 pt after (the decree's
// minimum between paragraphs), line spacing 1.15 (lineRule auto, 276): inside the decree's "single to
// 1.5 lines", proportional so tall Vietnamese capitals (Ấ, Ổ…) are never clipped as an exact spacing can.
//
// Headings (II.6.đ and the Mục V table for documents "gồm phần, mục, khoản, điểm"):
//   level 1 "I. …"  upright bold (the text itself is in capitals, as the template writes it);
//   level 2 "1. …"  upright bold (a khoản with a title);
//   level 3 "a) …"  bold italic. The decree prints a điểm upright (it has no rule for a điểm with a
//                   title); reports set such a sub-heading apart in bold italic, and so does this.
// Headings take the body's first-line indent and are kept with the next block; so is the last
// paragraph, with the closing. All of this lives in the styles (styles.ts): a paragraph is Normal, a
// heading Heading 1/2/3, and they carry no direct formatting but keepNext on the last one.
//
// Bullets are text lines beginning "- " (not a Word list), laid out like paragraphs.
//
// The content ends with "./." (Mẫu 1.4/1.5): appended to the last paragraph's text, not a new paragraph.
// If the content ends with a table or a chart, "./." goes on a short line of its own after it.
import { AlignmentType, LineRuleType, Paragraph } from "docx";
import type { Table } from "docx";
import type { Block, Inline } from "../model.js";
import { chartParagraph } from "./chart.js";
import { dataTable } from "./data-table.js";
import { cleanText, inlineRuns, runs } from "./fonts.js";
import { BODY_LINE, PARAGRAPH_AFTER, STYLE } from "./styles.js";

export { BODY_LINE, FIRST_LINE_INDENT, PARAGRAPH_AFTER } from "./styles.js";
export const END_MARK = "./.";

const HEADING_STYLE: Readonly<Record<1 | 2 | 3, string>> = {
  1: STYLE.heading1,
  2: STYLE.heading2,
  3: STYLE.heading3,
};

/** A body paragraph (Normal) or a heading (Heading 1/2/3, which keep with the next block themselves). */
function textParagraph(content: readonly Inline[], style: string, keepNext: boolean): Paragraph {
  return new Paragraph({
    ...(style !== STYLE.normal ? { style } : {}),
    ...(keepNext && style === STYLE.normal ? { keepNext: true } : {}),
    children: inlineRuns(content, {}),
  });
}

/** A bullet's content with its leading "- ", unless the text already starts with a dash and a space. */
export function withDash(content: readonly Inline[]): readonly Inline[] {
  const first = content.find((inline) => inline.text !== "");
  if (first !== undefined && /^[-–+]\s/u.test(cleanText(first.text))) return content;
  return [{ text: "- " }, ...content];
}

/** Content with "./." at its end: "…động." gets "/.", "…động" gets "./.", "…động./." stays. */
export function withEndMark(content: readonly Inline[]): readonly Inline[] {
  const text = cleanText(content.map((inline) => inline.text).join("")).trimEnd();
  if (text.endsWith(END_MARK)) return content;
  const suffix = text.endsWith(".") ? "/." : END_MARK;
  // Drop trailing spaces of the last runs so the mark follows the text.
  const trimmed = [...content];
  for (let index = trimmed.length - 1; index >= 0; index -= 1) {
    const inline = trimmed[index];
    if (inline === undefined) continue;
    const kept = inline.text.replace(/\s+$/u, "");
    trimmed[index] = { ...inline, text: kept };
    if (kept !== "") break;
  }
  return [...trimmed, { text: suffix }];
}

function blockChildren(block: Block, width: number, last: boolean): (Paragraph | Table)[] {
  switch (block.type) {
    // The last paragraph is kept with the closing (Nơi nhận and signature), so the signature never
    // stands alone on a page.
    case "paragraph":
      return [textParagraph(last ? withEndMark(block.content) : block.content, STYLE.normal, last)];
    case "bullet": {
      const content = withDash(block.content);
      return [textParagraph(last ? withEndMark(content) : content, STYLE.normal, last)];
    }
    case "heading": {
      const content = last ? withEndMark(block.content) : block.content;
      return [textParagraph(content, HEADING_STYLE[block.level], true)];
    }
    case "table":
      return [...dataTable(block, width), last ? endMarkLine() : spacerAfterTable()];
    case "chart":
      return [chartParagraph(block, width), ...(last ? [endMarkLine()] : [])];
  }
}

/** A 6 pt gap after a table: a table has no spacing of its own. */
function spacerAfterTable(): Paragraph {
  return new Paragraph({ style: STYLE.plain, run: { size: 12 }, children: [] });
}

function endMarkLine(): Paragraph {
  return new Paragraph({
    style: STYLE.plain,
    alignment: AlignmentType.RIGHT,
    keepNext: true,
    spacing: { before: 60, after: PARAGRAPH_AFTER, line: BODY_LINE, lineRule: LineRuleType.AUTO },
    children: runs(END_MARK, {}),
  });
}

export interface BodyOptions {
  /** The width blocks span (text width of the section), twips. */
  readonly width: number;
  /** Append "./." to the end (the main content); appendices have none. */
  readonly endMark: boolean;
}

export function bodyChildren(blocks: readonly Block[], options: BodyOptions): (Paragraph | Table)[] {
  return blocks.flatMap((block, index) =>
    blockChildren(block, options.width, options.endMark && index === blocks.length - 1),
  );
}
