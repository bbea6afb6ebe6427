// Tên loại and trích yếu of a typed document (ô 5a, Phụ lục I II.5.a): the type name ("BÁO CÁO") in
// capitals, 14 pt, bold, centred across the page; the trích yếu right under it, 14 pt, bold; under it a
// rule 1/3–1/2 of the line's length. A letter has none of this: its "V/v …" sits under the number.
import { Paragraph } from "docx";
import type { DocumentMeta } from "../model.js";
import { cleanText, runs, SIZE } from "./fonts.js";
import { widestLine } from "./metrics.js";
import type { PageGeometry } from "./page.js";
import { ruleParagraph, SHORT_RULE_FRACTION } from "./rules.js";
import { STYLE } from "./styles.js";

/** Space above the type name, below the header table: 33 pt, about 11.6 mm, as in Mẫu 1.4 (11–12 mm). */
export const BEFORE_TYPE_NAME = 660;
/** Space under the rule. */
const AFTER_RULE = 240;

/** A line in the Title style (14 pt bold, centred, kept with the next). */
function centred(text: string, before: number): Paragraph {
  return new Paragraph({
    style: STYLE.title,
    ...(before > 0 ? { spacing: { before } } : {}),
    children: runs(text, {}),
  });
}

export function titleBlock(meta: DocumentMeta, geometry: PageGeometry): Paragraph[] {
  if (meta.kind !== "typed") return [];
  const typeName = cleanText(meta.typeName ?? "").trim();
  if (typeName === "") throw new RangeError('A typed document needs its type name (meta.typeName, e.g. "BÁO CÁO")');
  const summary = cleanText(meta.summary).trim();
  const paragraphs = [centred(typeName, BEFORE_TYPE_NAME)];
  if (summary !== "") paragraphs.push(centred(summary, 0));
  // The rule follows the summary's longest line (a wrapped line is at most the text width).
  const measured = summary !== "" ? summary : typeName;
  const lineWidth = Math.min(widestLine(measured, SIZE.title, true), geometry.textWidth);
  paragraphs.push(
    ruleParagraph({ length: lineWidth * SHORT_RULE_FRACTION, within: geometry.textWidth, after: AFTER_RULE }),
  );
  return paragraphs;
}
