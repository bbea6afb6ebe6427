// Page numbers (Phụ lục I, I.5): Arabic numerals from 1, 14 pt (13–14) upright, centred in the top margin,
// not shown on the first page. A PAGE field in the default header; the first section has a different
// first page (w:titlePg) whose header is empty. Each appendix section has the same two headers and
// restarts at 1 (appendix.ts): the decree numbers an appendix's pages apart.
import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from "docx";
import { SIZE } from "./fonts.js";
import { STYLE } from "./styles.js";

export function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.plain,
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            ...(SIZE.pageNumber !== SIZE.body ? { size: SIZE.pageNumber * 2 } : {}),
          }),
        ],
      }),
    ],
  });
}

/** The first page's header: nothing. */
export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.plain, children: [] })] });
}
