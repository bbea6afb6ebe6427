// "Kính gửi:" (ô 9a, Phụ lục I II.9.b): 14 pt upright. One recipient goes on the same line
// ("Kính gửi: Ủy ban nhân dân tỉnh Hưng Yên."); several each get a line of their own, "- …;", the last
// ending ".", "các gạch đầu dòng được căn thẳng hàng với nhau dưới dấu hai chấm".
//
// Layout, as Mẫu 1.5 of Phụ lục III: "Kính gửi:" starts 3.50 cm from the left margin (the Mẫu's first-line
// indent, 1982 twips; LABEL_INDENT). With several recipients the label is a paragraph of its own and each
// recipient a paragraph whose dash stands under the colon (left indent = label indent + the width of
// "Kính gửi" measured with Times New Roman metrics), a long recipient wrapping under its own text (hanging
// indent the width of "- "). A single recipient follows the label after a tab. When the longest line would
// not fit from there, the block moves left as far as needed (down to the margin).
import { Paragraph, Tab, TabStopType, TextRun } from "docx";
import { cleanText, runs, SIZE } from "./fonts.js";
import { textWidth, widestLine } from "./metrics.js";
import { mmToTwips } from "./page.js";
import type { PageGeometry } from "./page.js";
import { STYLE } from "./styles.js";

export const RECIPIENTS_LABEL = "Kính gửi:";
/** Where "Kính gửi:" starts: 3.50 cm from the left margin, as in Mẫu 1.5. */
export const LABEL_INDENT = mmToTwips(35);
/** Space between "Kính gửi:" and a single recipient: about one space (a 14 pt space is 70 twips). */
const LABEL_GAP = 90;
/**
 * Space above the block. Under a letter's header: 33 pt, about 11.6 mm, as in Mẫu 1.5 (an empty 14 pt line
 * with 12 pt before it between the header table and "Kính gửi:"); under a typed document's title rule, 6 pt.
 */
const BEFORE_BLOCK = { letter: 660, typed: 120 } as const;
const AFTER_BLOCK = 240;

/** The printed recipient lines: "- …;" … "- …." for several, the bare name with "." for one. */
export function recipientLines(recipients: readonly string[]): string[] {
  const names = recipients
    .map((name) =>
      cleanText(name)
        .trim()
        .replace(/[;.,]+$/u, ""),
    )
    .filter((n) => n !== "");
  if (names.length === 1) return [`${names[0]!}.`];
  return names.map((name, index) => `- ${name}${index === names.length - 1 ? "." : ";"}`);
}

/** Where the block's parts start (twips from the left margin): the label, and the dashes (or the single name). */
export function recipientsPositions(
  lines: readonly string[],
  textAreaWidth: number,
): { label: number; dashes: number; single: boolean } {
  const single = lines.length === 1;
  const size = SIZE.recipients;
  // Several: the dashes under the colon, i.e. right after "Kính gửi". One: the name after the label and a gap.
  const offset = single ? textWidth(RECIPIENTS_LABEL, size, false) + LABEL_GAP : textWidth("Kính gửi", size, false);
  const longest = Math.max(0, ...lines.map((text) => widestLine(text, size, false)));
  const label = Math.max(0, Math.min(LABEL_INDENT, textAreaWidth - offset - longest));
  return { label, dashes: label + offset, single };
}

function paragraph(
  children: TextRun[],
  indent: { left: number; hanging?: number; firstLine?: number },
  spacing: { before: number; after: number },
  tabAt?: number,
): Paragraph {
  // Style Recipients: 14 pt, flush left, single spacing, kept with the next.
  return new Paragraph({
    style: STYLE.recipients,
    indent,
    ...(tabAt === undefined ? {} : { tabStops: [{ type: TabStopType.LEFT, position: tabAt }] }),
    spacing,
    children,
  });
}

export function recipientsBlock(
  recipients: readonly string[],
  geometry: PageGeometry,
  kind: "letter" | "typed" = "letter",
): Paragraph[] {
  const lines = recipientLines(recipients);
  if (lines.length === 0) return [];
  const { label, dashes, single } = recipientsPositions(lines, geometry.textWidth);
  const before = BEFORE_BLOCK[kind];
  if (single) {
    // "Kính gửi:<tab>Ủy ban nhân dân tỉnh Hưng Yên.": a wrapped name continues under itself.
    return [
      paragraph(
        [...runs(RECIPIENTS_LABEL, {}), new TextRun({ children: [new Tab()] }), ...runs(lines[0]!, {})],
        { left: dashes, hanging: dashes - label },
        { before, after: AFTER_BLOCK },
        dashes,
      ),
    ];
  }
  // A wrapped recipient continues under its text, past the "- ".
  const dash = textWidth("- ", SIZE.recipients, false);
  return [
    paragraph(runs(RECIPIENTS_LABEL, {}), { left: label }, { before, after: 0 }),
    ...lines.map((text, index) =>
      paragraph(
        runs(text, {}),
        { left: dashes + dash, hanging: dash },
        { before: 0, after: index === lines.length - 1 ? AFTER_BLOCK : 0 },
      ),
    ),
  ];
}
