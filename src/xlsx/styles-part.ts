// xl/styles.xml → for each cell style (cellXfs, by index): is its number format a date, and its font.
import { scanXml } from "./xml.js";

export interface CellStyle {
  readonly date: boolean;
  readonly font: string | undefined;
}

// Built-in number formats that show dates or times (ECMA-376 §18.8.30, with the East Asian ones).
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** A custom format code shows a date when a date or time letter remains outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "");
  return /[ymdhsb]/i.test(bare.replace(/General/gi, ""));
}

export function parseStyles(xml: string): CellStyle[] {
  const customFormats = new Map<number, string>();
  const fonts: (string | undefined)[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  let section = "";
  let font: string | undefined;
  scanXml(xml, {
    open(name, attributes) {
      switch (name) {
        case "numFmts":
        case "fonts":
        case "cellXfs":
        case "cellStyleXfs":
        case "dxfs":
          section = name;
          break;
        case "numFmt":
          if (section === "numFmts")
            customFormats.set(Number(attributes.get("numFmtId")), attributes.get("formatCode") ?? "");
          break;
        case "font":
          if (section === "fonts") font = undefined;
          break;
        case "name":
          if (section === "fonts") font = attributes.get("val");
          break;
        case "xf":
          if (section === "cellXfs")
            xfs.push({
              numFmtId: Number(attributes.get("numFmtId") ?? 0),
              fontId: Number(attributes.get("fontId") ?? 0),
            });
          break;
      }
    },
    close(name) {
      if (name === "font" && section === "fonts") fonts.push(font);
      else if (name === section) section = "";
    },
  });
  return xfs.map(({ numFmtId, fontId }) => {
    const custom = customFormats.get(numFmtId);
    return {
      date: custom === undefined ? BUILT_IN_DATE_FORMATS.has(numFmtId) : isDateFormat(custom),
      font: fonts[fontId],
    };
  });
}
