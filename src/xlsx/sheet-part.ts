// One worksheet's XML → its cells that hold something, by row and column. Read as a stream: the
// sheet is never held whole as text, and reading stops past `maxRow` (a sheet of a million rows is not
// read to its end).
//
// Two readers of the same markup, one state. The general one is xml.ts' scanner with the handlers below
// (open/close/text): it reads any well-formed part and refuses a malformed one. The fast one (readCells)
// reads the markup Excel and every common writer put in <sheetData> — <row r>, <c r s t>, <v>, <f> with
// plain attributes and text — straight from the string with indexOf and character codes: no attribute
// object, no regular expression, no substring per tag, and no string at all for a value of plain digits.
// Why: the general scanner's objects and matches per tag were a third of the time of validating a form,
// and their garbage most of the collector's. The fast reader gives up at the first markup it does not
// know (a prefix, an entity, an inline string, a comment, a malformed tag, the end of a piece) and hands
// the scanner that position with the elements open as they are: the scanner reads on from there (and
// finds any error) and the fast reader takes over again at the next <row> or <c>. Both drive the same
// functions (startRow, startCell, endValue, endCell), so they read the same values; sheet-part.test.ts
// checks they agree on generated sheets, cut into pieces anywhere, malformed ones included.
import type { SharedString } from "./shared-strings-part.js";
import type { CellStyle } from "./styles-part.js";
import type { XlsxValue } from "./values.js";
import { columnNumber, isoToDate, serialToDate, unescapeOoxml } from "./values.js";
import { XmlError, XmlScanner } from "./xml.js";
import type { Attributes } from "./xml.js";

export interface SheetContext {
  readonly sharedStrings: readonly SharedString[];
  readonly styles: readonly CellStyle[];
  readonly date1904: boolean;
  readonly maxRow: number;
  readonly maxText: number;
  /** Use the fast reader where it can (default true; false: the general scanner only, for tests). */
  readonly fast?: boolean;
}

export type SheetRows = Map<number, Map<number, XlsxValue>>;

export interface SheetRead {
  readonly rows: SheetRows;
  /** The sheet goes on past maxRow (those rows were not read). */
  readonly truncated: boolean;
}

// The largest sheet Excel has: a reference past it is no spreadsheet (and a column "ZZZZZZZ" would make
// a reader loop over billions of columns).
const MAX_SHEET_ROWS = 1_048_576;
const MAX_SHEET_COLUMNS = 16_384;

/** Stops the parse once the sheet goes past maxRow. */
class PastLastRow extends Error {}

export interface SheetReader {
  /** Feeds the next piece of the sheet's XML; false once the rows wanted have all been read. */
  write(chunk: string): boolean;
  end(): SheetRead;
}

// Character codes the fast reader looks at.
const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const AMPERSAND = 38;
const COLON = 58;
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const ZERO = 48;
const NINE = 57;

const isSpace = (code: number) => code === SPACE || code === LF || code === CR || code === TAB;
/** The characters of the attribute names the fast reader takes (ASCII letters, digits, ":", "_", "-", "."). */
const isNameChar = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= ZERO && code <= NINE) ||
  code === COLON ||
  code === 95 ||
  code === 45 ||
  code === 46;
/** After a tag's name: its attributes, or its end. */
const endsName = (code: number) => isSpace(code) || code === GT || code === SLASH;

/** Plain decimal digits, at most 15 (so that adding them up is exact), as a number; -1 otherwise. */
function digitsAt(xml: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = xml.charCodeAt(i);
    if (code < ZERO || code > NINE) return -1;
    n = n * 10 + (code - ZERO);
  }
  return n;
}

/** Whether xml[start, end) holds an "&" (a reference, which the scanner decodes). */
function hasAmpersand(xml: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (xml.charCodeAt(i) === AMPERSAND) return true;
  return false;
}

/** For open() of a tag without attributes. */
const NO_ATTRIBUTES: Attributes = { get: () => undefined, all: () => ({}) };

/** A cell's `t` as one of the known constants (no new string for each cell). */
function cellType(xml: string, start: number, end: number): string {
  const length = end - start;
  const first = xml.charCodeAt(start);
  if (length === 1) {
    if (first === 115) return "s";
    if (first === 110) return "n";
    if (first === 98) return "b";
    if (first === 101) return "e";
    if (first === 100) return "d";
  } else if (length === 3 && xml.startsWith("str", start)) return "str";
  else if (length === 9 && xml.startsWith("inlineStr", start)) return "inlineStr";
  return xml.slice(start, end);
}

export function sheetReader(context: SheetContext): SheetReader {
  const rows: SheetRows = new Map();
  let rowNumber = 0;
  let cells: Map<number, XlsxValue> | undefined;
  let column = 0;
  // The cell being read.
  let type = "n";
  let style: CellStyle | undefined;
  let value: string | null = null;
  // A value of plain digits read by the fast reader, as a number (-1: none; `value` then holds it).
  let digits = -1;
  let formula: string | null = null;
  let inline: string | null = null;
  let inlineFont: string | undefined;
  let inlineRuns = 0;
  let phonetic = 0;
  let into: "v" | "f" | "t" | null = null;
  const sharedFormulas = new Map<string, string>();
  // One value per shared string and font, shared by every cell showing it (values are never changed).
  const sharedValues = new Map<string | undefined, XlsxValue[]>();
  let sharedIndex: string | undefined;
  const dates = new Map<number, XlsxValue>();
  let done = false;
  // Set by open() when the element just opened is one after which the fast reader may go on.
  let resumable = false;
  const { maxText } = context;

  /**
   * <row>: `number` is its `r` read as parseInt does (NaN: not a number), or undefined for a row without
   * `r` (the row after the last); `r` (its text) is needed only when the number is out of range.
   */
  function startRow(number: number | undefined, r: string | undefined) {
    rowNumber = number === undefined ? rowNumber + 1 : number;
    if (!(rowNumber >= 1 && rowNumber <= MAX_SHEET_ROWS))
      throw new XmlError(`row number ${r ?? rowNumber} out of range`);
    cells = undefined;
    column = 0;
  }

  /** A cell's column: from its reference's letters, else the one after the last; refused past Excel's. */
  function nextColumn(ref: string | undefined, letters: number): number {
    const next = ref === undefined ? column + 1 : letters;
    if (next > MAX_SHEET_COLUMNS) throw new XmlError(`cell ${ref ?? next} out of range`);
    return next;
  }

  /** <c>, once its column is known: its type (`t`) and style (`s`, an index of cellXfs). */
  function startCell(at: number, t: string | undefined, s: number | undefined) {
    column = at;
    type = t ?? "n";
    style = s === undefined ? context.styles[0] : context.styles[s];
    value = null;
    digits = -1;
    formula = null;
    inline = null;
    inlineFont = undefined;
    inlineRuns = 0;
    sharedIndex = undefined;
  }

  /** </v>, </f> or </t>. */
  function endValue(name: string) {
    if (name === "f" && sharedIndex !== undefined && formula !== null) {
      // The first cell of a shared formula carries its text; the others only its index.
      if (formula !== "") sharedFormulas.set(sharedIndex, formula);
      else formula = sharedFormulas.get(sharedIndex) ?? "";
    }
    into = null;
  }

  /** </c>. */
  function endCell() {
    const read = cellValue();
    // Past the rows wanted, rows only styled (Excel writes those) are passed over; the first that
    // holds something ends the reading.
    if (read !== null && rowNumber > context.maxRow) throw new PastLastRow();
    if (read !== null && column > 0) {
      if (cells === undefined) {
        cells = new Map();
        rows.set(rowNumber, cells);
      }
      cells.set(column, read);
    }
  }

  const open = (name: string, attributes: Attributes) => {
    resumable = false;
    switch (name) {
      case "sheetData":
        resumable = true;
        break;
      case "row": {
        const r = attributes.get("r");
        startRow(r === undefined ? undefined : Number.parseInt(r, 10), r);
        resumable = true;
        break;
      }
      case "c": {
        const ref = attributes.get("r");
        const at = nextColumn(ref, ref === undefined ? 0 : columnNumber(ref));
        const t = attributes.get("t");
        const s = attributes.get("s");
        startCell(at, t, s === undefined ? undefined : Number(s));
        resumable = true;
        break;
      }
      case "v":
        value = "";
        digits = -1;
        into = "v";
        break;
      case "f":
        formula = "";
        into = "f";
        sharedIndex = attributes.get("t") === "shared" ? attributes.get("si") : undefined;
        break;
      case "is":
        inline = "";
        break;
      case "r":
        if (inline !== null) inlineRuns++;
        break;
      case "rPh":
        phonetic++;
        break;
      case "rFont":
        if (inline !== null && inlineRuns === 1 && inlineFont === undefined) inlineFont = attributes.get("val");
        break;
      case "t":
        if (inline !== null && phonetic === 0) into = "t";
        break;
    }
  };
  const close = (name: string) => {
    if (name === "v" || name === "f" || name === "t") endValue(name);
    else if (name === "rPh") phonetic--;
    else if (name === "c") endCell();
  };
  // A value or formula is cut where a text would be: a cell of megabytes is no figure.
  const text = (chunk: string) => {
    if (into === "v") {
      if (value!.length < maxText) value += chunk;
    } else if (into === "f") {
      if (formula!.length < maxText) formula += chunk;
    } else if (into === "t" && inline !== null && inline.length < maxText) inline += chunk;
  };

  // The attributes of the tag the fast reader is in (start and end of the first `r`, `s`, `t`, `si` by
  // local name; -1: none), where the tag ends, and whether it closes itself.
  let rStart = -1;
  let rEnd = -1;
  let sStart = -1;
  let sEnd = -1;
  let tStart = -1;
  let tEnd = -1;
  let siStart = -1;
  let siEnd = -1;
  let tagEnd = -1;
  let selfClosing = false;

  /**
   * Reads the attributes of the start tag whose name ends at `at`, as xml.ts' START_TAG would: true when
   * they are plain (`name="value"` with one or more spaces before each, names of isNameChar, values with
   * no "<", "&", tab or line end); false for anything else, which the scanner then reads.
   */
  function readAttributes(xml: string, at: number): boolean {
    rStart = sStart = tStart = siStart = -1;
    let p = at;
    for (;;) {
      const before = p;
      while (isSpace(xml.charCodeAt(p))) p++;
      const code = xml.charCodeAt(p);
      if (code === GT) {
        tagEnd = p + 1;
        selfClosing = false;
        return true;
      }
      if (code === SLASH) {
        if (xml.charCodeAt(p + 1) !== GT) return false;
        tagEnd = p + 2;
        selfClosing = true;
        return true;
      }
      if (p === before) return false;
      const nameStart = p;
      let colon = -1;
      for (;;) {
        const c = xml.charCodeAt(p);
        if (!isNameChar(c)) break;
        if (c === COLON) colon = p;
        p++;
      }
      if (p === nameStart || xml.charCodeAt(p) !== EQUALS) return false;
      const quote = xml.charCodeAt(p + 1);
      if (quote !== QUOTE && quote !== APOSTROPHE) return false;
      const valueStart = p + 2;
      const valueEnd = xml.indexOf(quote === QUOTE ? '"' : "'", valueStart);
      if (valueEnd === -1) return false;
      for (let i = valueStart; i < valueEnd; i++) {
        const c = xml.charCodeAt(i);
        if (c === LT || c === AMPERSAND || c === TAB || c === LF || c === CR) return false;
      }
      // By local name, as Attributes.get: "x:r" is `r`, but a namespace declaration is no attribute.
      const local = colon === -1 ? nameStart : colon + 1;
      const length = p - local;
      if (!xml.startsWith("xmlns", nameStart)) {
        const first = xml.charCodeAt(local);
        if (length === 1) {
          if (first === 114 /* r */) {
            if (rStart === -1) {
              rStart = valueStart;
              rEnd = valueEnd;
            }
          } else if (first === 115 /* s */) {
            if (sStart === -1) {
              sStart = valueStart;
              sEnd = valueEnd;
            }
          } else if (first === 116 /* t */ && tStart === -1) {
            tStart = valueStart;
            tEnd = valueEnd;
          }
        } else if (length === 2 && first === 115 && xml.charCodeAt(local + 1) === 105 && siStart === -1) {
          siStart = valueStart;
          siEnd = valueEnd;
        }
      }
      p = valueEnd + 1;
    }
  }

  /**
   * The attributes of a cell as Excel writes them, ` r="B2" s="10" t="s"` (each optional, in this order,
   * letters and digits only) and ">" or "/>", read without the general loop of readAttributes; false for
   * anything else (which readAttributes then reads). Why: a form's sheet is mostly such tags.
   */
  function readCellAttributes(xml: string, at: number): boolean {
    rStart = sStart = tStart = siStart = -1;
    let p = at;
    // ` r="`: letters and digits.
    if (
      xml.charCodeAt(p) === SPACE &&
      xml.charCodeAt(p + 1) === 114 &&
      xml.charCodeAt(p + 2) === EQUALS &&
      xml.charCodeAt(p + 3) === QUOTE
    ) {
      let q = p + 4;
      for (let c = xml.charCodeAt(q); (c >= 65 && c <= 90) || (c >= ZERO && c <= NINE); c = xml.charCodeAt(++q));
      if (xml.charCodeAt(q) !== QUOTE) return false;
      rStart = p + 4;
      rEnd = q;
      p = q + 1;
    }
    // ` s="`: digits.
    if (
      xml.charCodeAt(p) === SPACE &&
      xml.charCodeAt(p + 1) === 115 &&
      xml.charCodeAt(p + 2) === EQUALS &&
      xml.charCodeAt(p + 3) === QUOTE
    ) {
      let q = p + 4;
      for (let c = xml.charCodeAt(q); c >= ZERO && c <= NINE; c = xml.charCodeAt(++q));
      if (xml.charCodeAt(q) !== QUOTE) return false;
      sStart = p + 4;
      sEnd = q;
      p = q + 1;
    }
    // ` t="`: letters.
    if (
      xml.charCodeAt(p) === SPACE &&
      xml.charCodeAt(p + 1) === 116 &&
      xml.charCodeAt(p + 2) === EQUALS &&
      xml.charCodeAt(p + 3) === QUOTE
    ) {
      let q = p + 4;
      for (let c = xml.charCodeAt(q); (c >= 97 && c <= 122) || (c >= 65 && c <= 90); c = xml.charCodeAt(++q));
      if (xml.charCodeAt(q) !== QUOTE) return false;
      tStart = p + 4;
      tEnd = q;
      p = q + 1;
    }
    const code = xml.charCodeAt(p);
    if (code === GT) {
      tagEnd = p + 1;
      selfClosing = false;
      return true;
    }
    if (code === SLASH && xml.charCodeAt(p + 1) === GT) {
      tagEnd = p + 2;
      selfClosing = true;
      return true;
    }
    return false;
  }

  /** The fast reader: see the top of the file. Returns where the scanner goes on. */
  function readCells(xml: string, from: number, openNames: string[]): number {
    let at = from;
    for (;;) {
      // Only spaces between the tags (the scanner gives text to `text`, which takes none outside a value).
      let lt = at;
      while (isSpace(xml.charCodeAt(lt))) lt++;
      if (lt >= xml.length || xml.charCodeAt(lt) !== LT || (lt > at && into !== null) || openNames.length === 0)
        return at;
      const code = xml.charCodeAt(lt + 1);
      if (code === SLASH) {
        // An end tag of what the fast reader reads, closing the element open last.
        const top = openNames[openNames.length - 1]!;
        const length = top.length;
        if (
          !(top === "c" || top === "v" || top === "f" || top === "row") ||
          xml.charCodeAt(lt + 2 + length) !== GT ||
          !xml.startsWith(top, lt + 2)
        )
          return lt;
        openNames.pop();
        at = lt + 3 + length;
        if (top === "c") endCell();
        else if (top !== "row") endValue(top);
        continue;
      }
      if (code === 99 /* c */ && endsName(xml.charCodeAt(lt + 2))) {
        if (!readCellAttributes(xml, lt + 2) && !readAttributes(xml, lt + 2)) return lt;
        let letters = 0;
        let ref: string | undefined;
        if (rStart !== -1) {
          // columnNumber, without the reference as a string (needed only for the message of one out of range).
          for (let i = rStart; i < rEnd && letters <= MAX_SHEET_COLUMNS; i++) {
            const c = xml.charCodeAt(i);
            if (c >= 65 && c <= 90) letters = letters * 26 + (c - 64);
            else if (c >= 97 && c <= 122) letters = letters * 26 + (c - 96);
            else break;
          }
          ref = letters > MAX_SHEET_COLUMNS ? xml.slice(rStart, rEnd) : "";
        }
        const cellColumn = nextColumn(ref, letters);
        let s: number | undefined;
        if (sStart !== -1) {
          s = digitsAt(xml, sStart, sEnd);
          if (s === -1) s = Number(xml.slice(sStart, sEnd));
        }
        startCell(cellColumn, tStart === -1 ? undefined : cellType(xml, tStart, tEnd), s);
        at = tagEnd;
        if (selfClosing) endCell();
        else openNames.push("c");
        continue;
      }
      if (code === 118 /* v */ && xml.charCodeAt(lt + 2) === GT) {
        // <v>text</v>: the text whole (as the scanner gives it to `text`: all of it, the value being empty
        // so far), or, plain digits of a number or shared string, as a number without a string.
        const textStart = lt + 3;
        const textEnd = xml.indexOf("<", textStart);
        const number =
          textEnd !== -1 && maxText > 0 && (type === "s" || type === "n") ? digitsAt(xml, textStart, textEnd) : -1;
        if (
          textEnd === -1 ||
          xml.charCodeAt(textEnd + 1) !== SLASH ||
          !xml.startsWith("v>", textEnd + 2) ||
          (number === -1 && hasAmpersand(xml, textStart, textEnd))
        ) {
          // The text runs on into the next piece, holds markup or a reference: the scanner reads it.
          open("v", NO_ATTRIBUTES);
          openNames.push("v");
          return textStart;
        }
        if (number !== -1) {
          value = null;
          digits = number;
        } else {
          digits = -1;
          value = maxText > 0 ? xml.slice(textStart, textEnd) : "";
        }
        into = null;
        at = textEnd + 4;
        continue;
      }
      if (code === 102 /* f */ && endsName(xml.charCodeAt(lt + 2))) {
        if (!readAttributes(xml, lt + 2)) return lt;
        formula = "";
        into = "f";
        sharedIndex =
          tStart !== -1 && tEnd - tStart === 6 && xml.startsWith("shared", tStart) && siStart !== -1
            ? xml.slice(siStart, siEnd)
            : undefined;
        at = tagEnd;
        if (selfClosing) {
          endValue("f");
          continue;
        }
        openNames.push("f");
        // Its text (up to </f>, or whatever markup comes first), unless the scanner must read it.
        const textEnd = xml.indexOf("<", at);
        if (textEnd === -1 || hasAmpersand(xml, at, textEnd)) return at;
        if (textEnd > at && maxText > 0) formula = xml.slice(at, textEnd);
        at = textEnd;
        continue;
      }
      if (
        code === 114 /* r */ &&
        xml.charCodeAt(lt + 2) === 111 /* o */ &&
        xml.charCodeAt(lt + 3) === 119 /* w */ &&
        endsName(xml.charCodeAt(lt + 4))
      ) {
        if (!readAttributes(xml, lt + 4)) return lt;
        let number: number | undefined;
        let r: string | undefined;
        if (rStart !== -1) {
          number = digitsAt(xml, rStart, rEnd);
          // Not plain digits, or out of range: as the general reader does, from the text.
          if (number < 1 || number > MAX_SHEET_ROWS) {
            r = xml.slice(rStart, rEnd);
            number = Number.parseInt(r, 10);
          }
        }
        startRow(number, r);
        at = tagEnd;
        if (!selfClosing) openNames.push("row");
        continue;
      }
      return lt;
    }
  }

  const resume = (xml: string, at: number, openNames: string[]) => {
    if (!resumable) return at;
    resumable = false;
    return readCells(xml, at, openNames);
  };
  const scanner = new XmlScanner(context.fast === false ? { open, close, text } : { open, close, text, resume });

  function cellValue(): XlsxValue | null {
    if (type === "inlineStr") {
      if (inline === null) return formula === null ? null : { type: "formula", formula };
      return { type: "text", text: unescapeOoxml(inline), font: inlineFont ?? style?.font };
    }
    if (digits !== -1) {
      // Plain digits (the fast reader): what the string cases below make of them.
      if (type === "s") return sharedValue(digits);
      if (style?.date !== true) return { type: "number", value: digits };
      // A column of dates holds the same few days again and again: one value per day (never changed).
      let date = dates.get(digits);
      if (date === undefined) dates.set(digits, (date = serialToDate(digits, context.date1904)));
      return date;
    }
    if (value === null) return formula === null ? null : { type: "formula", formula };
    switch (type) {
      case "s":
        return sharedValue(Number.parseInt(value, 10));
      case "str":
        return {
          type: "text",
          text: unescapeOoxml(value.length > maxText ? value.slice(0, maxText) : value),
          font: style?.font,
        };
      case "b":
        return { type: "boolean", value: value.trim() === "1" || value.trim().toLowerCase() === "true" };
      case "e":
        return { type: "error", error: value };
      case "d":
        return isoToDate(value);
      default: {
        if (value.trim() === "") return formula === null ? null : { type: "text", text: "", font: style?.font };
        const number = Number(value);
        if (!Number.isFinite(number)) return { type: "error", error: value };
        return style?.date === true ? serialToDate(number, context.date1904) : { type: "number", value: number };
      }
    }
  }

  function sharedValue(index: number): XlsxValue | null {
    const shared = context.sharedStrings[index];
    if (shared === undefined) return null;
    const font = shared.font ?? style?.font;
    let values = sharedValues.get(font);
    if (values === undefined) sharedValues.set(font, (values = []));
    return (values[index] ??= { type: "text", text: shared.text, font, memo: undefined });
  }

  return {
    write(chunk) {
      if (done) return false;
      try {
        scanner.write(chunk);
        return true;
      } catch (error) {
        if (!(error instanceof PastLastRow)) throw error;
        done = true;
        return false;
      }
    },
    end() {
      if (!done) scanner.close();
      return { rows, truncated: done };
    },
  };
}
