// Where the placeholders of a template are, read from its XML as Word lays it out: the text of a paragraph
// is its w:t elements in order, whatever runs, links, content controls, proofing marks or bookmarks split
// it into, so "{{ten_" + "don_vi}}" in two runs is one placeholder. Each paragraph is read apart (a
// placeholder cannot span paragraphs), and a text box's paragraphs apart from the one anchoring it.
// String scanning, no XML library, as in docx-inspect: the parts are docx's and Word's own output.

export interface Occurrence {
  readonly name: string;
  /** Inside a table row (w:tr), where `{{list.field}}` repeats the row once per item. */
  readonly inRow: boolean;
}

export interface PartScan {
  /** The names between `start` and `end` (the template's private delimiters, see prepare.ts). */
  readonly occurrences: readonly Occurrence[];
  /** Text still shaped like `{{name}}`: a placeholder that was not recognised. */
  readonly unrecognised: readonly string[];
}

const TOKENS = /<w:p(?:\s[^>]*)?>|<\/w:p>|<w:tr(?:\s[^>]*)?>|<\/w:tr>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
const BRACES = /\{\{((?:(?!\{\{).)+?)\}\}/gs;

export function decodeXmlText(text: string): string {
  return text.replace(
    /&(?:lt|gt|amp|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g,
    (entity, decimal?: string, hex?: string) => {
      if (decimal !== undefined) return String.fromCodePoint(Number(decimal));
      if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
      return { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'" }[entity] ?? entity;
    },
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The placeholders of one XML part, paragraph by paragraph, in document order. */
export function scanPart(xml: string, start: string, end: string): PartScan {
  const named = new RegExp(`${escapeRegExp(start)}([^${escapeRegExp(start + end)}]*)${escapeRegExp(end)}`, "g");
  const occurrences: Occurrence[] = [];
  const unrecognised: string[] = [];
  const open: { text: string; inRow: boolean }[] = [];
  let rows = 0;
  const close = (paragraph: { text: string; inRow: boolean }) => {
    for (const match of paragraph.text.matchAll(named))
      occurrences.push({ name: match[1] ?? "", inRow: paragraph.inRow });
    for (const match of paragraph.text.matchAll(BRACES))
      if ((match[1] ?? "").trim() !== "") unrecognised.push(match[0]);
  };
  for (const match of xml.matchAll(TOKENS)) {
    const tag = match[0];
    if (tag.startsWith("<w:t")) {
      if (tag.startsWith("<w:tr")) rows += 1;
      else {
        const paragraph = open[open.length - 1];
        if (paragraph !== undefined) paragraph.text += decodeXmlText(match[1] ?? "");
      }
    } else if (tag === "</w:tr>") rows -= 1;
    else if (tag === "</w:p>") {
      const paragraph = open.pop();
      if (paragraph !== undefined) close(paragraph);
    } else if (!tag.endsWith("/>")) open.push({ text: "", inRow: rows > 0 });
  }
  return { occurrences, unrecognised };
}
