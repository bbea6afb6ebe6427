// One worksheet's XML → its cells that hold something, by row and column. Read as a stream: the
// sheet is never held whole as text, and reading stops past `maxRow` (a sheet of a million rows is not
// read to its end).
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

export function sheetReader(context: SheetContext): SheetReader {
  const rows: SheetRows = new Map();
  let rowNumber = 0;
  let cells: Map<number, XlsxValue> | undefined;
  let column = 0;
  // The cell being read.
  let type = "n";
  let style: CellStyle | undefined;
  let value: string | null = null;
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
  let done = false;

  const open = (name: string, attributes: Attributes) => {
    switch (name) {
      case "row": {
        const r = attributes.get("r");
        rowNumber = r === undefined ? rowNumber + 1 : Number.parseInt(r, 10);
        if (!(rowNumber >= 1 && rowNumber <= MAX_SHEET_ROWS))
          throw new XmlError(`row number ${r ?? rowNumber} out of range`);
        cells = undefined;
        column = 0;
        break;
      }
      case "c": {
        const ref = attributes.get("r");
        column = ref === undefined ? column + 1 : columnNumber(ref);
        if (column > MAX_SHEET_COLUMNS) throw new XmlError(`cell ${ref ?? column} out of range`);
        type = attributes.get("t") ?? "n";
        const s = attributes.get("s");
        style = s === undefined ? context.styles[0] : context.styles[Number(s)];
        value = null;
        formula = null;
        inline = null;
        inlineFont = undefined;
        inlineRuns = 0;
        sharedIndex = undefined;
        break;
      }
      case "v":
        value = "";
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
    if (name === "v" || name === "f" || name === "t") {
      if (name === "f" && sharedIndex !== undefined && formula !== null) {
        // The first cell of a shared formula carries its text; the others only its index.
        if (formula !== "") sharedFormulas.set(sharedIndex, formula);
        else formula = sharedFormulas.get(sharedIndex) ?? "";
      }
      into = null;
    } else if (name === "rPh") phonetic--;
    else if (name === "c") {
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
  };
  // A value or formula is cut where a text would be: a cell of megabytes is no figure.
  const text = (chunk: string) => {
    if (into === "v") {
      if (value!.length < context.maxText) value += chunk;
    } else if (into === "f") {
      if (formula!.length < context.maxText) formula += chunk;
    } else if (into === "t" && inline !== null && inline.length < context.maxText) inline += chunk;
  };
  const scanner = new XmlScanner({ open, close, text });

  function cellValue(): XlsxValue | null {
    if (type === "inlineStr") {
      if (inline === null) return formula === null ? null : { type: "formula", formula };
      return { type: "text", text: unescapeOoxml(inline), font: inlineFont ?? style?.font };
    }
    if (value === null) return formula === null ? null : { type: "formula", formula };
    switch (type) {
      case "s": {
        const index = Number.parseInt(value, 10);
        const shared = context.sharedStrings[index];
        if (shared === undefined) return null;
        const font = shared.font ?? style?.font;
        let values = sharedValues.get(font);
        if (values === undefined) sharedValues.set(font, (values = []));
        return (values[index] ??= { type: "text", text: shared.text, font });
      }
      case "str":
        return {
          type: "text",
          text: unescapeOoxml(value.length > context.maxText ? value.slice(0, context.maxText) : value),
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
