// xl/sharedStrings.xml → the table `t="s"` cells point into: each string's text, and the font of its
// first run when it is rich text (legacy-encoded text is told by the font it was typed in).
import { unescapeOoxml } from "./values.js";
import { scanXml } from "./xml.js";

export interface SharedString {
  readonly text: string;
  readonly font: string | undefined;
}

export function parseSharedStrings(xml: string, maxText: number): SharedString[] {
  const strings: SharedString[] = [];
  let text = "";
  let font: string | undefined;
  let runs = 0;
  let inText = false;
  let phonetic = 0; // <rPh> holds a reading aid (furigana), not the cell's text
  scanXml(xml, {
    open(name, attributes) {
      if (name === "si") {
        text = "";
        font = undefined;
        runs = 0;
      } else if (name === "t") inText = phonetic === 0;
      else if (name === "r") runs++;
      else if (name === "rPh") phonetic++;
      else if (name === "rFont" && runs === 1 && phonetic === 0 && font === undefined) font = attributes.get("val");
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") strings.push({ text: unescapeOoxml(text), font });
    },
    text(chunk) {
      if (inText && text.length < maxText) text += chunk;
    },
  });
  return strings;
}
