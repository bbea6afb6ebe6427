// "Kính gửi:" (ô 9a, Phụ lục I II.9.b): 14 pt upright. One recipient goes on the same line
// ("Kính gửi: Ủy ban nhân dân tỉnh Hưng Yên."); several each get a line "- …;", the last ending ".",
// the dashes aligned one under the other, the first on the "Kính gửi:" line — as the seed letter and
// most provincial letters print it.
//
// Layout: every line is a paragraph indented to where the dashes start; the first has a hanging indent
// that pulls "Kính gửi:" back to the block's left edge and a tab stop at the dashes. The block is centred
// on the text width (measured with Times New Roman metrics); a recipient too long for one line wraps
// under its own text.
import { Paragraph, Tab, TabStopType, TextRun } from "docx";
import { cleanText, runs, SIZE } from "./fonts.js";
import { textWidth, widestLine } from "./metrics.js";
import type { PageGeometry } from "./page.js";
import { STYLE } from "./styles.js";

export const RECIPIENTS_LABEL = "Kính gửi:";
/** Space between "Kính gửi:" and the recipients: about one space (a 14 pt space is 70 twips). */
const LABEL_GAP = 90;
/** Space above the block: more under a letter's header than under a typed document's title rule. */
const BEFORE_BLOCK = { letter: 360, typed: 120 } as const;
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

export function recipientsBlock(
  recipients: readonly string[],
  geometry: PageGeometry,
  kind: "letter" | "typed" = "letter",
): Paragraph[] {
  const lines = recipientLines(recipients);
  if (lines.length === 0) return [];
  const labelWidth = textWidth(RECIPIENTS_LABEL, SIZE.recipients, false);
  const linesWidth = Math.max(...lines.map((text) => widestLine(text, SIZE.recipients, false)));
  const blockWidth = labelWidth + LABEL_GAP + linesWidth;
  const start = Math.max(0, Math.round((geometry.textWidth - blockWidth) / 2));
  const dashes = start + labelWidth + LABEL_GAP;
  const hanging = dashes - start;
  return lines.map((text, index) => {
    const first = index === 0;
    const last = index === lines.length - 1;
    // Style Recipients: 14 pt, flush left, single spacing, kept with the next.
    return new Paragraph({
      style: STYLE.recipients,
      indent: first ? { left: dashes, hanging } : { left: dashes },
      tabStops: [{ type: TabStopType.LEFT, position: dashes }],
      ...(first || last ? { spacing: { before: first ? BEFORE_BLOCK[kind] : 0, after: last ? AFTER_BLOCK : 0 } } : {}),
      children: first
        ? [...runs(RECIPIENTS_LABEL, {}), new TextRun({ children: [new Tab()] }), ...runs(text, {})]
        : runs(text, {}),
    });
  });
}
