// Appendices (Phụ lục I, III.1): each starts a new section on a new page, landscape when asked (for wide
// tables). "Phụ lục I" on its own line, centred, 14 pt bold; the title centred, bold (the template writes it
// in capitals); the guidance line "(Kèm theo Báo cáo số … ngày … của …)" centred, italic; then the blocks.
// Page numbers: "Số trang của Phụ lục được đánh số riêng theo từng Phụ lục" (Phụ lục I, III.1.đ), so each
// appendix restarts at 1 and, like the document itself (I.5), does not show the number on its first page.
// An appendix whose tables cannot fit across a portrait page without splitting a figure, or only with a
// column of text squeezed under 5 cm, even at 12 pt (table-widths.ts), turns landscape ("trường hợp nội dung
// văn bản có các bảng, biểu … có thể được trình bày theo chiều rộng").
import { Paragraph, SectionType } from "docx";
import type { ISectionOptions } from "docx";
import type { Appendix } from "../model.js";
import { bodyChildren } from "./body.js";
import { cleanText, runs } from "./fonts.js";
import type { RunStyle } from "./fonts.js";
import type { Margins } from "./page.js";
import { pageGeometry, sectionPage } from "./page.js";
import { emptyHeader, pageNumberHeader } from "./page-number.js";
import { tablesReadable } from "./table-widths.js";
import { STYLE } from "./styles.js";

/** A line in the AppendixHeading style (14 pt, centred, single spacing, kept with the next). */
function centred(text: string, style: RunStyle): Paragraph {
  return new Paragraph({ style: STYLE.appendixHeading, children: runs(text, style) });
}

export function appendixHeading(appendix: Appendix): Paragraph[] {
  const out = [centred(`Phụ lục ${cleanText(appendix.numeral).trim()}`, { bold: true })];
  const title = cleanText(appendix.title).trim();
  if (title !== "") out.push(centred(title, { bold: true }));
  const subtitle = cleanText(appendix.subtitle).trim();
  if (subtitle !== "") out.push(centred(subtitle, { italic: true }));
  // Space under the heading block: an empty line.
  out.push(new Paragraph({ style: STYLE.appendixHeading, children: [] }));
  return out;
}

export function appendixSection(appendix: Appendix, margins: Margins): ISectionOptions {
  const portrait = pageGeometry(margins, false);
  const landscape = appendix.landscape === true || !tablesReadable(appendix.blocks, portrait.textWidth);
  const geometry = landscape ? pageGeometry(margins, true) : portrait;
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      titlePage: true,
      page: { ...sectionPage(geometry), pageNumbers: { start: 1 } },
    },
    headers: { default: pageNumberHeader(), first: emptyHeader() },
    children: [
      ...appendixHeading(appendix),
      ...bodyChildren(appendix.blocks, { width: geometry.textWidth, endMark: false }),
    ],
  };
}
