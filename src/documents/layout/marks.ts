// Dấu độ mật (ô 10a) and dấu mức độ khẩn (ô 10b): capitals, bold, 13–14 pt, centred in a single-line
// frame, placed in the upper left area under the number (Phụ lục I, III.2–3 and the sơ đồ, Mục IV).
//
// Urgency frames (III.3): KHẨN 20 × 8 mm, THƯỢNG KHẨN 40 × 8 mm, HỎA TỐC 30 × 8 mm. Secrecy frames follow the
// law on state secrets (Thông tư 24/2020/TT-BCA: MẬT 20 × 8, TỐI MẬT 30 × 8, TUYỆT MẬT 40 × 8 mm — taken from
// that circular's mẫu, not re-checked here). The stamps are red ink on paper; printed by software they are
// black like all text (I.3 asks for black type).
//
// Each mark is a paragraph with a border on all four sides and indents that make the frame its width,
// centred in the left header column. The 8 mm height comes from the 13 pt line plus 3 pt border spacing.
import { BorderStyle, Paragraph } from "docx";
import type { DocumentMeta } from "../model.js";
import { runs, SIZE } from "./fonts.js";
import { textWidth } from "./metrics.js";
import { mmToTwips } from "./page.js";
import { STYLE } from "./styles.js";

type Urgency = NonNullable<DocumentMeta["urgency"]>;
type Secrecy = NonNullable<DocumentMeta["secrecy"]>;

const URGENCY_FRAME_MM: Readonly<Record<Urgency, number>> = { KHẨN: 20, "THƯỢNG KHẨN": 40, "HỎA TỐC": 30 };
const SECRECY_FRAME_MM: Readonly<Record<Secrecy, number>> = { MẬT: 20, "TỐI MẬT": 30, "TUYỆT MẬT": 40 };

const FRAME = { style: BorderStyle.SINGLE, size: 8, color: "000000" } as const;

function markParagraph(text: string, frameMm: number, within: number): Paragraph {
  // The frame is never narrower than the text plus a little room, whatever the table says.
  const width = Math.max(mmToTwips(frameMm), textWidth(text, SIZE.mark, true) + 240);
  // The border is drawn `space` points outside the indents: take it off the width.
  const space = 3;
  const inner = Math.min(within, width - 2 * space * 20);
  const side = Math.max(0, Math.floor((within - inner) / 2));
  return new Paragraph({
    // HeaderBlock: centred, single spacing, kept with the next; 13 pt.
    style: STYLE.headerBlock,
    indent: { left: side, right: side },
    spacing: { before: 200 },
    border: {
      top: { ...FRAME, space },
      bottom: { ...FRAME, space },
      left: { ...FRAME, space },
      right: { ...FRAME, space },
    },
    children: runs(text, SIZE.mark === SIZE.agency ? { bold: true } : { size: SIZE.mark, bold: true }),
  });
}

/** The secrecy mark, then the urgency mark, for a column `within` twips wide; none when the meta has none. */
export function markParagraphs(meta: DocumentMeta, within: number): Paragraph[] {
  const out: Paragraph[] = [];
  if (meta.secrecy !== undefined) {
    const frame = SECRECY_FRAME_MM[meta.secrecy];
    if (frame === undefined) throw new RangeError(`Unknown secrecy mark ${JSON.stringify(meta.secrecy)}`);
    out.push(markParagraph(meta.secrecy, frame, within));
  }
  if (meta.urgency !== undefined) {
    const frame = URGENCY_FRAME_MM[meta.urgency];
    if (frame === undefined) throw new RangeError(`Unknown urgency mark ${JSON.stringify(meta.urgency)}`);
    out.push(markParagraph(meta.urgency, frame, within));
  }
  return out;
}
