// What `{{value}}` prints. Values come from data (unit names typed by agencies, indicator names…), so in
// the Markdown body they are escaped: a unit called "*x*", "a | b" or "# h", or a name with a line break,
// prints literally and can never add emphasis, a table column, a heading or a paragraph.
import { Handlebars } from "./handlebars.js";
import type { SafeString } from "handlebars";
import { TemplateProblemError, problem } from "./template-error.js";

// CommonMark lets a backslash escape any ASCII punctuation character, and marked honours it everywhere
// (paragraphs, headings, list items, GFM table cells, where "\|" is not a column separator).
// Escaping all of it, rather than a hand-picked list, also covers ordered-list markers ("1." "1)"),
// setext underlines ("=", "-"), thematic breaks, "~~", autolinks ("http:", "@"), entities ("&") and HTML.
const ASCII_PUNCTUATION = /[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/g;
// U+2028/U+2029 (line and paragraph separators) end a line for the Markdown parser too.
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/** Text for the Markdown body: line breaks become spaces, ASCII punctuation is backslash-escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(LINE_BREAK, " ").replace(ASCII_PUNCTUATION, "\\$&");
}

export function isSafeString(value: unknown): value is SafeString {
  return value instanceof Handlebars.SafeString;
}

/**
 * The text of a value printed by `{{…}}`: strings as they are, numbers as JavaScript writes them (use the
 * number/money helpers for Vietnamese notation), null and undefined as nothing. A list or an object is a
 * template mistake (it would print "[object Object]"), so it is an error.
 */
export function displayText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TemplateProblemError(problem("print-number", { value: String(value) }));
    return String(value);
  }
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (isSafeString(value)) return value.toString();
  if (Array.isArray(value)) throw new TemplateProblemError(problem("print-list"));
  if (typeof value === "function") throw new TemplateProblemError(problem("print-function"));
  throw new TemplateProblemError(problem("print-object"));
}

/**
 * A short description of a value for error messages (the `got` parameter of a TemplateProblem): a string
 * quoted, a number or boolean as it is, or "<undefined>", "<list>", "<object>", which src/messages words.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "<undefined>";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return "<list>";
  if (value !== null && typeof value === "object") return "<object>";
  // A number, boolean, bigint, symbol, function or null: String() says what it is.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return String(value);
}
