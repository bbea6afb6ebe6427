// The rules (đường kẻ ngang, nét liền) under the Tiêu ngữ, the issuing agency and the trích yếu.
// Drawn as the bottom border of an empty paragraph whose left and right indents leave the rule's length
// centred in its column: it stays an editable paragraph in Word (no floating shape to drift away), and
// LibreOffice draws it the same way.
import { AlignmentType, BorderStyle, Paragraph } from "docx";
import { STYLE } from "./styles.js";

/** 3/4 pt, in eighths of a point. */
const RULE_THICKNESS = 6;
/** The rule paragraph's own height: a 4 pt empty line, so the rule sits a little under the text above. */
const RULE_LINE_HALF_POINTS = 8;

export interface RuleOptions {
  /** Length of the rule in twips. */
  readonly length: number;
  /** Width in twips of the column (cell or text area) it is centred in. */
  readonly within: number;
  /** Space after the rule paragraph, in twips. */
  readonly after?: number;
}

/**
 * Fractions of the line's length for the short rules: Decree 30 asks "từ 1/3 đến 1/2 độ dài của dòng chữ"
 * under the issuing agency (II.2.b) and the trích yếu (II.5.a); 0.4 is inside the range.
 */
export const SHORT_RULE_FRACTION = 0.4;

export function ruleParagraph(options: RuleOptions): Paragraph {
  const length = Math.max(1, Math.min(Math.round(options.length), options.within));
  const side = Math.max(0, Math.floor((options.within - length) / 2));
  return new Paragraph({
    style: STYLE.plain,
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    ...(options.after !== undefined && options.after > 0 ? { spacing: { after: options.after } } : {}),
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE_THICKNESS, color: "000000", space: 1 } },
    run: { size: RULE_LINE_HALF_POINTS },
    children: [],
  });
}
