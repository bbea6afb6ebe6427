// Recipients from the clerk's own list (`--to FILE.xlsx|FILE.csv`): the first non-empty row names the
// fields, each following row is one recipient. Cells are read the way intake reads forms (NFC, trimmed,
// TCVN3/VNI converted, numbers as typed digits); empty cells are left out of the recipient's fields.
//
// Field names: each header is available as written ("Tên đơn vị") and as an ASCII key ("ten_don_vi"),
// which is what a template writes: {{recipient.ten_don_vi}}. The name, code, "Kính gửi" and e-mail are
// found by the usual headers (see NAME_KEYS …) and are also given as recipient.name/code/address/email.
import { parse as parseCsv } from "csv-parse/sync";
import { UserError } from "../errors.js";
import { MAX_CELL_TEXT, readValue } from "../intake/cell-value.js";
import { inspectFile } from "../intake/inspect-file.js";
import { asText } from "../intake/interpret.js";
import { readXlsx } from "../xlsx/index.js";
import type { XlsxSheet, XlsxWorkbook } from "../xlsx/index.js";
import { foldForCompare, normalizeText } from "../vn/normalize.js";
import type { WorkspaceConfig } from "../domain/workspace-config.js";
import type { Recipient } from "./recipient.js";

export interface RecipientTable {
  /** The header texts, one per column ("" for a column without a header, which is ignored). */
  readonly headers: readonly string[];
  /** Data rows that are not blank, with their row number as a spreadsheet shows it (header = row 1 …). */
  readonly rows: readonly { readonly row: number; readonly values: readonly (string | null)[] }[];
}

/**
 * Recipients a list may hold: a mailing list of 20.000 is already far beyond a province's units. A longer
 * list is refused whole (letters/too-many-recipients, with the count found), never cut.
 */
export const MAX_RECIPIENT_ROWS = 20_000;

/** The csv-parse error codes a clerk can meet, by what went wrong (messages letters/csv-invalid). */
const CSV_FAULTS: Record<string, string> = {
  INVALID_OPENING_QUOTE: "opening-quote",
  CSV_INVALID_CLOSING_QUOTE: "closing-quote",
  CSV_QUOTE_NOT_CLOSED: "quote-not-closed",
};

/** Header keys (ASCII, see fieldKey) that hold the recipient's name, code, "Kính gửi" line and e-mail. */
export const NAME_KEYS = [
  "name",
  "ten",
  "ten_don_vi",
  "don_vi",
  "ten_co_quan",
  "co_quan",
  "ho_ten",
  "ho_va_ten",
  "nguoi_nhan",
];
export const CODE_KEYS = ["code", "ma", "ma_don_vi", "ma_dv"];
export const ADDRESS_KEYS = ["address", "kinh_gui"];
export const EMAIL_KEYS = ["email", "e_mail", "thu_dien_tu"];

/** "Tên đơn vị" → "ten_don_vi": the ASCII key a template can write after `recipient.`. */
export function fieldKey(header: string): string {
  return foldForCompare(header)
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** Names a template may not use as fields (ast-index refuses them), nor data as keys. */
function isReserved(key: string): boolean {
  return key === "" || key === "__proto__" || Object.hasOwn(Object.prototype, key);
}

/** A CSV file (UTF-8, with or without BOM; "," ";" or tab between fields, told from the header line). */
export function parseRecipientCsv(bytes: Uint8Array, file: string): RecipientTable {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError("letters/csv-encoding", { file });
  }
  text = text.replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const count = (char: string) => firstLine.split(char).length - 1;
  const delimiter = [",", ";", "\t"].reduce((best, char) => (count(char) > count(best) ? char : best), ",");
  // Every non-blank record is counted; only those up to the limit (and the header) are kept.
  const cells: { row: number; values: (string | null)[] }[] = [];
  let nonBlank = 0;
  try {
    parseCsv(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[], { lines }) => {
        const values = record.map((value) => clean(value));
        if (!values.some((value) => value !== null)) return null;
        if (++nonBlank <= MAX_RECIPIENT_ROWS + 1) cells.push({ row: lines, values });
        return null;
      },
    });
  } catch (error) {
    const { code, lines } = error as { code?: unknown; lines?: unknown };
    throw new UserError("letters/csv-invalid", {
      file,
      fault: (typeof code === "string" ? CSV_FAULTS[code] : undefined) ?? "other",
      line: typeof lines === "number" ? lines : 0,
    });
  }
  if (nonBlank > MAX_RECIPIENT_ROWS + 1) tooMany(file, nonBlank - 1);
  return fromRows(cells, file);
}

/** The first visible worksheet of an .xlsx file. */
export async function readRecipientWorkbook(bytes: Buffer, file: string): Promise<RecipientTable> {
  // Screened as a submission is (size, zip bomb, not a workbook) before anything is inflated.
  const inspection = await inspectFile(bytes);
  if (!inspection.ok)
    throw new UserError("letters/xlsx-refused", { finding: inspection.code, ...inspection.params, file });
  let workbook: XlsxWorkbook;
  try {
    workbook = await readFirstSheet(bytes, MAX_RECIPIENT_ROWS + 50);
  } catch (error) {
    throw new UserError("letters/xlsx-invalid", { file, detail: (error as Error).message });
  }
  const sheet = workbook.sheets[0];
  if (sheet === undefined) throw new UserError("letters/no-header", { file });
  if (sheet.truncated) {
    // Rows past the limit: the sheet is read once more (text cut short: only whether a row holds
    // something matters), to say how many recipients it holds.
    let whole: XlsxSheet;
    try {
      whole = (await readFirstSheet(bytes, undefined, 64)).sheets[0]!;
    } catch (error) {
      throw new UserError("letters/xlsx-invalid", { file, detail: (error as Error).message });
    }
    const recipients = rowsOf(whole).filter((line) => line.values.some((value) => value !== null)).length - 1;
    if (recipients > MAX_RECIPIENT_ROWS) tooMany(file, recipients);
    // Within the limit after all (rows far down that hold little): the sheet read whole, text in full.
    try {
      return fromRows(rowsOf((await readFirstSheet(bytes)).sheets[0]!), file);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError("letters/xlsx-invalid", { file, detail: (error as Error).message });
    }
  }
  return fromRows(rowsOf(sheet), file);
}

function rowsOf(sheet: XlsxSheet): { row: number; values: (string | null)[] }[] {
  const rows: { row: number; values: (string | null)[] }[] = [];
  const columns = sheet.columnCount;
  for (let row = 1; row <= sheet.rowCount; row++) {
    if (sheet.row(row) === undefined) continue;
    const values: (string | null)[] = [];
    for (let column = 1; column <= columns; column++) values.push(asText(readValue(sheet.value(row, column))));
    rows.push({ row, values });
  }
  return rows;
}

/** Only the first visible sheet is read; its rows past `maxRow` (if given) are not. */
function readFirstSheet(bytes: Buffer, maxRow?: number, maxText = MAX_CELL_TEXT + 1): Promise<XlsxWorkbook> {
  let chosen = false;
  const firstVisible = ({ hidden }: { hidden: boolean }) => !hidden && !chosen && (chosen = true);
  return readXlsx(bytes, {
    ...(maxRow === undefined ? {} : { maxRow }),
    maxText,
    sheets: firstVisible,
  });
}

function tooMany(file: string, count: number): never {
  throw new UserError("letters/too-many-recipients", { file, count, limit: MAX_RECIPIENT_ROWS });
}

function clean(value: string): string | null {
  const text = normalizeText(value);
  return text === "" ? null : text;
}

function fromRows(all: readonly { row: number; values: readonly (string | null)[] }[], file: string): RecipientTable {
  const nonBlank = all.filter((line) => line.values.some((value) => value !== null));
  const header = nonBlank[0];
  if (header === undefined) throw new UserError("letters/no-header", { file });
  if (nonBlank.length - 1 > MAX_RECIPIENT_ROWS) tooMany(file, nonBlank.length - 1);
  return {
    headers: header.values.map((value) => value ?? ""),
    rows: nonBlank.slice(1),
  };
}

/** The recipients of a table. A row whose code is a workspace unit's is linked to that unit. */
export function tableRecipients(table: RecipientTable, config: WorkspaceConfig): Recipient[] {
  const columns: { header: string; key: string; index: number }[] = [];
  const seen = new Set<string>();
  table.headers.forEach((header, index) => {
    const key = fieldKey(header);
    // A repeated header (or one that folds to the same key) is ignored after its first column.
    if (isReserved(key) || seen.has(key)) return;
    seen.add(key);
    columns.push({ header, key, index });
  });
  const units = new Map(config.units.map((unit) => [unit.code, unit]));
  return table.rows.map(({ row, values }) => {
    const byKey = new Map<string, string>();
    const entries: [string, string][] = [];
    for (const column of columns) {
      const value = values[column.index] ?? null;
      if (value === null) continue;
      byKey.set(column.key, value);
      entries.push([column.key, value]);
      if (column.header !== column.key && !isReserved(column.header)) entries.push([column.header, value]);
    }
    const first = (keys: readonly string[]) =>
      keys.map((key) => byKey.get(key)).find((value) => value !== undefined) ?? null;
    const name = first(NAME_KEYS);
    const code = first(CODE_KEYS);
    const address = first(ADDRESS_KEYS) ?? name;
    const email = first(EMAIL_KEYS);
    const standard: [string, string | null][] = [
      ["name", name],
      ["code", code],
      ["address", address],
      ["email", email],
    ];
    for (const [key, value] of standard) if (value !== null && !byKey.has(key)) entries.push([key, value]);
    return {
      source: { kind: "table", row },
      code,
      name,
      address,
      // fromEntries defines own properties, so even an odd header cannot reach a prototype.
      fields: Object.fromEntries(entries),
      unit: code === null ? null : (units.get(code) ?? null),
    } satisfies Recipient;
  });
}
