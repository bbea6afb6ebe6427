// The Sở's own assessment and recommendations for a period: nhan-dinh/<period>.md in the workspace, a
// Markdown file the clerk writes under headings such as "# Đánh giá", "# Tồn tại, hạn chế", "# Nguyên nhân",
// "# Phương hướng", "# Kiến nghị". Paragraphs stay paragraphs, list items become the report's "- " items.
// The report prints them before the synthesis of the units' texts in the matching section.
import { marked } from "marked";
import type { Token, Tokens } from "marked";
import { UserError } from "../../errors.js";
import { foldForCompare, normalizeText } from "../../vn/normalize.js";

export const ASSESSMENT_SECTIONS = ["highlights", "shortcomings", "causes", "directions", "proposals"] as const;
export type AssessmentPart = (typeof ASSESSMENT_SECTIONS)[number];

export interface AssessmentBlock {
  readonly text: string;
  /** A list item ("- …" in the report), else a paragraph. */
  readonly item: boolean;
}

export type Assessment = Readonly<Record<AssessmentPart, readonly AssessmentBlock[]>>;

// Folded words of a heading → the section; checked in this order ("Đánh giá nguyên nhân" is causes).
const HEADINGS: readonly (readonly [AssessmentPart, readonly string[]])[] = [
  ["causes", ["nguyen nhan"]],
  ["shortcomings", ["ton tai", "han che", "kho khan", "vuong mac"]],
  ["directions", ["phuong huong", "nhiem vu", "ke hoach"]],
  ["proposals", ["kien nghi", "de xuat", "de nghi"]],
  ["highlights", ["danh gia", "ket qua", "nhan dinh", "noi bat"]],
];

/** The section a heading names, or null. */
export function assessmentPart(heading: string): AssessmentPart | null {
  const folded = foldForCompare(heading);
  return HEADINGS.find(([, words]) => words.some((word) => folded.includes(word)))?.[0] ?? null;
}

/**
 * Reads the file's text; `file` names it in errors. A heading that names no section, or text before the
 * first heading, is refused (exit 2) with the headings it accepts: the clerk's words must not vanish.
 */
export function parseAssessment(markdown: string, file: string): Assessment {
  const parts: Record<AssessmentPart, AssessmentBlock[]> = {
    highlights: [],
    shortcomings: [],
    causes: [],
    directions: [],
    proposals: [],
  };
  let current: AssessmentPart | null = null;
  let line = 1;
  for (const token of marked.lexer(markdown.replace(/^\uFEFF/u, ""))) {
    const at = line;
    line += (token.raw.match(/\n/gu) ?? []).length;
    if (token.type === "space" || token.type === "hr" || token.type === "html") continue;
    if (token.type === "heading") {
      const heading = plain((token as Tokens.Heading).text);
      current = assessmentPart(heading);
      if (current === null) throw new UserError("assessment/unknown-heading", { file, line: at, heading });
      continue;
    }
    const blocks = blocksOf(token);
    if (blocks.length === 0) continue;
    if (current === null) throw new UserError("assessment/no-heading", { file, line: at });
    parts[current].push(...blocks);
  }
  return parts;
}

function blocksOf(token: Token): AssessmentBlock[] {
  if (token.type === "list")
    return (token as Tokens.List).items
      .map((item) => plain(item.text))
      .filter((text) => text !== "")
      .map((text) => ({ text: sentence(text), item: true }));
  if (token.type === "paragraph" || token.type === "text" || token.type === "blockquote") {
    const text = plain((token as Tokens.Paragraph).text);
    return text === "" ? [] : [{ text: sentence(text), item: false }];
  }
  const text = plain("text" in token && typeof token.text === "string" ? token.text : token.raw);
  return text === "" ? [] : [{ text: sentence(text), item: false }];
}

/** Markdown's inline marks removed: the report's own styles format the text. */
function plain(text: string): string {
  return normalizeText(
    text
      .replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1")
      .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/gu, "$2")
      .replace(/^>\s?/gmu, "")
      .replace(/\s*\n\s*/gu, " "),
  );
}

/** Ends with a full stop (or the clerk's own ".", ";", "!", "?", ":"). */
function sentence(text: string): string {
  return /[.;!?:]$/u.test(text) ? text : `${text}.`;
}
