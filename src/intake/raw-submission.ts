// A workbook's contents located by the form contract but not yet judged: cells with their address
// and coerced value. Pure data, so every check (src/intake/checks/) can be tested without exceljs.
import type { AssessmentSection, IncidentColumn, IndicatorColumn, InfoKey } from "../domain/form-contract.js";
import type { CellValue } from "./cell-value.js";

export interface CellRef {
  readonly sheet: string;
  /** "D7" */
  readonly cell: string;
  readonly row: number;
  /** The column's header as the form names it, or the info label. */
  readonly column: string | null;
}

export interface SheetCell {
  readonly ref: CellRef;
  readonly value: CellValue;
}

export interface RawRow<K extends string> {
  readonly row: number;
  readonly cells: Partial<Record<K, SheetCell>>;
}

export interface RawTable<K extends string> {
  /** The sheet's name as found in the file (null when the sheet is missing). */
  readonly sheet: string | null;
  readonly headerRow: number;
  readonly columns: Partial<Record<K, number>>;
  readonly rows: readonly RawRow<K>[];
  /** The last row read when the sheet goes on past the most rows read (MAX_ROWS), else null. */
  readonly cutAfterRow?: number | null;
}

export interface RawSubmission {
  readonly info: { readonly sheet: string | null; readonly values: Partial<Record<InfoKey, SheetCell>> };
  readonly indicators: RawTable<IndicatorColumn>;
  readonly incidents: RawTable<IncidentColumn>;
  readonly assessment: RawTable<"section" | "content">;
  /** Hidden sheet written by `baocao forms`; null for a form typed by hand. */
  readonly meta: {
    readonly formVersion: string | null;
    readonly period: string | null;
    readonly unit: string | null;
  } | null;
}

export type { AssessmentSection };
