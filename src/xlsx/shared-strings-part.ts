// xl/sharedStrings.xml → the table `t="s"` cells point into: each string's text, and the font of its
// first run when it is rich text (legacy-encoded text is told by the font it was typed in).
//
// As for sheets (sheet-part.ts), a fast reader takes the usual markup, <si><t>text</t></si> (a `t` with
// plain attributes such as xml:space="preserve"), straight from the string, and gives up at anything
// else (rich text, phonetic runs, a prefix, a comment, malformed markup), where xml.ts' scanner reads on
// with the same state. Why: the scanner's match arrays for the four tags of each of the form's thousand
// strings were an eighth of the memory allocated to validate a form. The text goes through the same
// decodeEntities as the scanner's, so the two read the same strings (shared-strings-part.test.ts).
import { unescapeOoxml } from "./values.js";
import { decodeEntities, scanXml } from "./xml.js";

export interface SharedString {
  readonly text: string;
  readonly font: string | undefined;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOTE = 34;
const APOSTROPHE = 39;
const EQUALS = 61;
const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;
const isNameChar = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  code === 58 ||
  code === 95 ||
  code === 45 ||
  code === 46;

/**
 * Where the start tag whose name ends at `at` ends (after its ">"), when its attributes are plain
 * (`name="value"`, a space or more before each, no "<" in a value) and it is not self-closing; else -1.
 */
function plainTagEnd(xml: string, at: number): number {
  let p = at;
  for (;;) {
    const before = p;
    while (isSpace(xml.charCodeAt(p))) p++;
    if (xml.charCodeAt(p) === GT) return p + 1;
    if (p === before) return -1;
    const nameStart = p;
    while (isNameChar(xml.charCodeAt(p))) p++;
    if (p === nameStart || xml.charCodeAt(p) !== EQUALS) return -1;
    const quote = xml.charCodeAt(p + 1);
    if (quote !== QUOTE && quote !== APOSTROPHE) return -1;
    const end = xml.indexOf(quote === QUOTE ? '"' : "'", p + 2);
    if (end === -1) return -1;
    for (let i = p + 2; i < end; i++) if (xml.charCodeAt(i) === LT) return -1;
    p = end + 1;
  }
}

export function parseSharedStrings(xml: string, maxText: number, fast = true): SharedString[] {
  const strings: SharedString[] = [];
  let text = "";
  let font: string | undefined;
  let runs = 0;
  let inText = false;
  let phonetic = 0; // <rPh> holds a reading aid (furigana), not the cell's text
  let resumable = false;

  const startString = () => {
    text = "";
    font = undefined;
    runs = 0;
  };
  const addText = (chunk: string) => {
    if (inText && text.length < maxText) text += chunk;
  };

  /** The fast reader (see the top of the file); returns where the scanner goes on. */
  const readStrings = (part: string, from: number, open: string[]): number => {
    let at = from;
    for (;;) {
      let lt = at;
      while (isSpace(part.charCodeAt(lt))) lt++;
      // Spaces between tags are text the scanner would give: taken only outside a <t> (where they are dropped).
      if (part.charCodeAt(lt) !== LT || (lt > at && inText) || open.length === 0) return at;
      const code = part.charCodeAt(lt + 1);
      if (code === SLASH) {
        const top = open[open.length - 1]!;
        if (
          !(top === "t" || top === "si") ||
          part.charCodeAt(lt + 2 + top.length) !== GT ||
          !part.startsWith(top, lt + 2)
        )
          return lt;
        open.pop();
        at = lt + 3 + top.length;
        if (top === "t") inText = false;
        else strings.push({ text: unescapeOoxml(text), font });
        continue;
      }
      if (code === 115 /* s */ && part.charCodeAt(lt + 2) === 105 /* i */ && part.charCodeAt(lt + 3) === GT) {
        startString();
        open.push("si");
        at = lt + 4;
        continue;
      }
      if (code === 116 /* t */) {
        const end = plainTagEnd(part, lt + 2);
        if (end === -1) return lt;
        inText = phonetic === 0;
        open.push("t");
        // Its text, up to the next markup, decoded as the scanner decodes it (the same function).
        const textEnd = part.indexOf("<", end);
        if (textEnd === -1) return end;
        if (textEnd > end) addText(decodeEntities(part.slice(end, textEnd)));
        at = textEnd;
        continue;
      }
      return lt;
    }
  };

  scanXml(xml, {
    open(name, attributes) {
      resumable = false;
      if (name === "si") {
        startString();
        resumable = true;
      } else if (name === "t") inText = phonetic === 0;
      else if (name === "r") runs++;
      else if (name === "rPh") phonetic++;
      else if (name === "rFont" && runs === 1 && phonetic === 0 && font === undefined) font = attributes.get("val");
      else if (name === "sst") resumable = true;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") strings.push({ text: unescapeOoxml(text), font });
    },
    text: addText,
    ...(fast
      ? {
          resume(part: string, at: number, open: string[]) {
            if (!resumable) return at;
            resumable = false;
            return readStrings(part, at, open);
          },
        }
      : {}),
  });
  return strings;
}
