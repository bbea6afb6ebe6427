// Is an XML part of a Word template well-formed? docx's parser throws on a malformed part with its own
// English text and no part name ("Invalid XML: unknown entity …"), deep inside patchDocument; the clerk
// needs to hear which part is broken and how. This is a small XML 1.0 well-formedness check of what Word
// parts contain (elements, attributes, text, entities, comments, CDATA, processing instructions): enough to
// name the first fault and its line, never a full parser.

export type XmlFault =
  /** An element is not closed by the end of the part (`name`). */
  | { readonly kind: "unclosed"; readonly name: string; readonly line: number }
  /** A closing tag that does not close the open element (`name` closed, `open` the open one or ""). */
  | { readonly kind: "mismatch"; readonly name: string; readonly open: string; readonly line: number }
  /** An entity or character reference that is not one (`token`: "&#1114112;", "& "). */
  | { readonly kind: "entity"; readonly token: string; readonly line: number }
  /** A character XML 1.0 does not allow (`token`: "U+0001"). */
  | { readonly kind: "character"; readonly token: string; readonly line: number }
  /** A tag, comment or section that is cut off or malformed (`token`: its start). */
  | { readonly kind: "syntax"; readonly token: string; readonly line: number };

const PREDEFINED = new Set(["amp", "lt", "gt", "quot", "apos"]);
const NAME = /^[A-Za-z_:][\w.:-]*/;

/** XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

// Any character outside XML 1.0 (lone surrogates included: the `u` flag reads a pair as one code point).
const BAD_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** The first fault of `xml`, or null when it is well-formed. */
export function checkXml(xml: string): XmlFault | null {
  const lineAt = (index: number) => {
    let line = 1;
    for (let i = xml.indexOf("\n"); i !== -1 && i < index; i = xml.indexOf("\n", i + 1)) line++;
    return line;
  };
  const bad = BAD_CHAR.exec(xml);
  if (bad !== null) {
    const code = bad[0].codePointAt(0)!;
    return {
      kind: "character",
      token: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`,
      line: lineAt(bad.index),
    };
  }
  const references = (text: string, offset: number): XmlFault | null => {
    for (let i = text.indexOf("&"); i !== -1; i = text.indexOf("&", i + 1)) {
      const match = /^&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][\w.-]*);/.exec(text.slice(i, i + 40));
      const body = match?.[1];
      let ok = false;
      if (body !== undefined) {
        if (body.startsWith("#")) {
          const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
          ok = isXmlChar(code);
        } else ok = PREDEFINED.has(body);
      }
      if (!ok) {
        const token = match?.[0] ?? text.slice(i, i + 12).split(/[\s<]/)[0]!;
        return { kind: "entity", token, line: lineAt(offset + i) };
      }
    }
    return null;
  };

  const open: string[] = [];
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt === -1 ? xml.length : lt;
    const inText = references(xml.slice(i, textEnd), i);
    if (inText !== null) return inText;
    if (lt === -1) break;
    const syntax = (): XmlFault => ({ kind: "syntax", token: xml.slice(lt, lt + 20), line: lineAt(lt) });
    const skipTo = (end: string) => {
      const at = xml.indexOf(end, lt);
      return at === -1 ? -1 : at + end.length;
    };
    let next: number;
    if (xml.startsWith("<!--", lt)) next = skipTo("-->");
    else if (xml.startsWith("<![CDATA[", lt)) next = skipTo("]]>");
    else if (xml.startsWith("<?", lt)) next = skipTo("?>");
    else if (xml.startsWith("<!", lt)) next = skipTo(">");
    else if (xml.startsWith("</", lt)) {
      const name = NAME.exec(xml.slice(lt + 2, lt + 200))?.[0];
      const close = xml.indexOf(">", lt);
      if (name === undefined || close === -1 || xml.slice(lt + 2 + name.length, close).trim() !== "") return syntax();
      const top = open.pop();
      if (top !== name) return { kind: "mismatch", name, open: top ?? "", line: lineAt(lt) };
      next = close + 1;
    } else {
      const name = NAME.exec(xml.slice(lt + 1, lt + 200))?.[0];
      if (name === undefined) return syntax();
      // Attributes: name="value" or name='value', up to ">" or "/>".
      let j = lt + 1 + name.length;
      let closed = false;
      let selfClosing = false;
      while (j < xml.length) {
        const rest = /^\s*/.exec(xml.slice(j, j + 1000))![0].length;
        j += rest;
        if (xml.startsWith("/>", j)) {
          closed = selfClosing = true;
          j += 2;
          break;
        }
        if (xml[j] === ">") {
          closed = true;
          j += 1;
          break;
        }
        const attribute = /^[A-Za-z_:][\w.:-]*\s*=\s*(["'])/.exec(xml.slice(j, j + 300));
        if (attribute === null || rest === 0) return syntax();
        const quote = attribute[1]!;
        const start = j + attribute[0].length;
        const end = xml.indexOf(quote, start);
        if (end === -1) return syntax();
        const value = xml.slice(start, end);
        if (value.includes("<")) return syntax();
        const inValue = references(value, start);
        if (inValue !== null) return inValue;
        j = end + 1;
      }
      if (!closed) return syntax();
      if (!selfClosing) open.push(name);
      next = j;
    }
    if (next === -1) return syntax();
    i = next;
  }
  const last = open.at(-1);
  return last === undefined ? null : { kind: "unclosed", name: last, line: lineAt(xml.length) };
}
