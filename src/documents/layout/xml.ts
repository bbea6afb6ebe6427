// The XML text of a docx component, from what its public prepForXml returns: objects such as
// `{ "w:b": { _attr: { "w:val": false } } }`, written exactly as docx 9 writes them (the rules of the
// `xml` package, quirks included: an element whose values are an array gets an empty first and last
// piece of content, so it is never self-closed; a lone string is escaped text). docx does not export
// its writer; this is the same few rules without indentation, so package.ts can write a letter's
// document.xml without asking docx for the whole package. package.ts checks the result against docx's
// own on the first document of each kind, and falls back to docx's when they differ.
import type { IXmlableObject } from "docx";
import { xmlSafeText } from "../../domain/xml-text.js";

const ESCAPES = new Map([
  ["&", "&amp;"],
  ['"', "&quot;"],
  ["'", "&apos;"],
  ["<", "&lt;"],
  [">", "&gt;"],
]);

/**
 * Strings escaped, control characters XML forbids dropped (as docx does); then anything else XML 1.0 does not
 * allow (U+FFFE, U+FFFF, a lone surrogate) becomes U+FFFD; numbers and booleans as they are.
 */
function escapeValue(value: unknown): unknown {
  return typeof value === "string"
    ? xmlSafeText(value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => ESCAPES.get(char) ?? ""))
    : value;
}

interface Element {
  readonly name: string | undefined;
  readonly attributes: string[];
  readonly content: unknown[];
}

function resolve(data: Record<string, unknown>): Element {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const content: unknown[] = [];
  const addAttributes = (attributesObject: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(attributesObject))
      attributes.push(`${key}="${String(escapeValue(value))}"`);
  };
  if (typeof values === "object") {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, "]]]]><![CDATA[>")}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push("");
        for (const value of values as unknown[]) {
          if (typeof value === "object" && value !== null) {
            const record = value as Record<string, unknown>;
            if (Object.keys(record)[0] === "_attr") addAttributes(record["_attr"] as Record<string, unknown>);
            else content.push(resolve(record));
          } else {
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        }
        if (!isStringContent) content.push("");
      }
    }
  } else {
    content.push(escapeValue(values));
  }
  return { name, attributes, content };
}

function format(element: unknown): string {
  if (typeof element !== "object" || element === null) return String(element);
  const { name, attributes, content } = element as Element;
  const open =
    (name !== undefined ? `<${name}` : "") +
    (attributes.length > 0 ? ` ${attributes.join(" ")}` : "") +
    (content.length > 0 ? (name !== undefined ? ">" : "") : "/>");
  if (content.length === 0) return open;
  return (
    open +
    content.map((child) => (child === undefined ? "" : format(child))).join("") +
    (name !== undefined ? `</${name}>` : "")
  );
}

/** A text as stringifyXml writes it in an element's content. */
export function escapeText(text: string): string {
  return String(escapeValue(text));
}

export const STANDALONE_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** The XML of a formatted component (without a declaration). */
export function stringifyXml(input: IXmlableObject): string {
  return format(resolve(input));
}
