// The document's own Word styles, so that a clerk editing the .docx gets the Decree 30 look from the style
// gallery and Word's navigation pane shows the outline (I. / 1. / a) as Heading 1 / 2 / 3):
//
//   Normal          the body (II.6.e): 14 pt, justified, first line 1 cm, 6 pt after, line spacing 1.15;
//   Heading 1/2/3   "I. …" / "1. …" bold, "a) …" bold italic: the body's indent and spacing, kept with the
//                   next paragraph, black (not the library's blue 16 pt), outline levels 1–3; the numbering
//                   stays typed text, as in official documents;
//   Title           the type name "BÁO CÁO" and its trích yếu: 14 pt bold, centred, single spacing;
//   Plain           "Không thụt lề": single spacing, no indent, nothing after — the base of the styles below
//                   and of the paragraphs that only carry layout (rules, spacers, the chart, page numbers);
//   HeaderBlock     the header block (tên cơ quan, Quốc hiệu, số, ngày): 13 pt, centred, kept together;
//   Recipients      "Kính gửi": 14 pt, flush left;
//   Copies          "Nơi nhận" and its list: 11 pt, flush left, kept together;
//   Signature       the signature block: 14 pt bold, centred, kept together;
//   TableText       text in tables: 13 pt;
//   AppendixHeading "Phụ lục I", its title and guidance line: 14 pt, centred, kept with the table.
// The document defaults carry Times New Roman in all four slots, 14 pt and the language vi-VN (w:lang), so
// spelling and hyphenation tools treat the text as Vietnamese.
//
// Paragraphs name their style and set directly only what differs from it (a spacing before, a computed
// indent, a 13 pt motto line 14 pt …); runs set only bold/italic/size where the style does not.
//
// docx writes a "Normal" style of its own with no properties (and offers no option for it), so the
// package's styles.xml has its Normal replaced by ours (withNormalStyle, applied by packDocument).
import { AlignmentType, LineRuleType } from "docx";
import type { IParagraphStyleOptions, IStylesOptions } from "docx";
import { FONT_SLOTS, SIZE } from "./fonts.js";

export const LANGUAGE = "vi-VN";

/** Twips: the body's first-line indent (1 cm), 6 pt after, line spacing 1.15. */
export const FIRST_LINE_INDENT = 567;
export const PARAGRAPH_AFTER = 120;
export const BODY_LINE = 276;

/** The ids of the document's paragraph styles (w:pStyle). */
export const STYLE = {
  normal: "Normal",
  heading1: "Heading1",
  heading2: "Heading2",
  heading3: "Heading3",
  title: "Title",
  plain: "Plain",
  headerBlock: "HeaderBlock",
  recipients: "Recipients",
  copies: "Copies",
  signature: "Signature",
  tableText: "TableText",
  appendixHeading: "AppendixHeading",
} as const;

/** Single spacing, nothing before or after. */
const SINGLE = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

/** Normal (the body), written over docx's empty Normal in styles.xml. */
export const NORMAL_STYLE_XML =
  '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/>' +
  `<w:pPr><w:spacing w:before="0" w:after="${PARAGRAPH_AFTER}" w:line="${BODY_LINE}" w:lineRule="auto"/>` +
  `<w:ind w:firstLine="${FIRST_LINE_INDENT}"/><w:jc w:val="both"/></w:pPr>` +
  `<w:rPr><w:sz w:val="${SIZE.body * 2}"/><w:szCs w:val="${SIZE.body * 2}"/><w:lang w:val="${LANGUAGE}"/></w:rPr>` +
  "</w:style>";

const DOCX_NORMAL = /<w:style w:type="paragraph" w:styleId="Normal" w:default="1">.*?<\/w:style>/s;

/** styles.xml with docx's empty Normal replaced by the body style (NORMAL_STYLE_XML). */
export function withNormalStyle(stylesXml: string): string {
  if (!DOCX_NORMAL.test(stylesXml)) throw new Error("docx wrote no Normal style to replace");
  return stylesXml.replace(DOCX_NORMAL, () => NORMAL_STYLE_XML);
}

function heading(level: 1 | 2 | 3): {
  paragraph: IParagraphStyleOptions["paragraph"];
  run: IParagraphStyleOptions["run"];
} {
  return {
    paragraph: { keepNext: true, outlineLevel: level - 1 },
    run: { bold: true, italics: level === 3, color: "000000", size: SIZE.body * 2 },
  };
}

/** A custom paragraph style based on Plain (or on Normal for Plain itself). */
function custom(
  id: string,
  name: string,
  options: Pick<IParagraphStyleOptions, "paragraph" | "run">,
  basedOn: string = STYLE.plain,
): IParagraphStyleOptions {
  return { id, name, basedOn, next: STYLE.normal, quickFormat: true, ...options };
}

/** The styles part: document defaults, the built-in styles made ours, the custom ones. */
export function documentStyles(): IStylesOptions {
  const black = { color: "000000", size: SIZE.body * 2 } as const;
  return {
    default: {
      document: {
        run: { font: FONT_SLOTS, size: SIZE.body * 2, language: { value: LANGUAGE } },
        paragraph: { spacing: SINGLE },
      },
      title: {
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: SINGLE, indent: { firstLine: 0 } },
        run: { bold: true, ...black, size: SIZE.title * 2 },
      },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
      // Not used by baocao; black like the others, so that applying them never brings the library's blue.
      heading4: { paragraph: { keepNext: true, outlineLevel: 3 }, run: { bold: true, italics: true, ...black } },
      heading5: { paragraph: { keepNext: true, outlineLevel: 4 }, run: { italics: true, ...black } },
      heading6: { paragraph: { keepNext: true, outlineLevel: 5 }, run: { ...black } },
    },
    paragraphStyles: [
      custom(
        STYLE.plain,
        "Không thụt lề",
        { paragraph: { alignment: AlignmentType.LEFT, spacing: SINGLE, indent: { firstLine: 0 } } },
        STYLE.normal,
      ),
      custom(STYLE.headerBlock, "Phần đầu văn bản", {
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
        run: { size: SIZE.agency * 2 },
      }),
      custom(STYLE.recipients, "Kính gửi", { paragraph: { keepNext: true }, run: { size: SIZE.recipients * 2 } }),
      custom(STYLE.copies, "Nơi nhận", {
        paragraph: { keepNext: true, keepLines: true },
        run: { size: SIZE.copies * 2 },
      }),
      custom(STYLE.signature, "Chữ ký", {
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true },
        run: { bold: true, size: SIZE.signature * 2 },
      }),
      custom(STYLE.tableText, "Chữ trong bảng", { run: { size: SIZE.table * 2 } }),
      custom(STYLE.appendixHeading, "Tiêu đề phụ lục", {
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
        run: { size: SIZE.appendix * 2 },
      }),
    ],
  };
}
