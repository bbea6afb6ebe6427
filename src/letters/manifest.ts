// The batch's manifest: one row per recipient (file, number, ok/failed and why), written beside the
// letters as manifest.json and manifest.csv. The CSV is UTF-8 with a BOM and CRLF line ends so that Excel
// opens it with the Vietnamese intact; a cell that Excel would take for a formula (=, +, -, @) is written
// with a leading apostrophe, since names come from data the clerk did not type.

import type { Lang } from "../messages/index.js";
import { messages } from "../messages/index.js";

export interface ManifestRow {
  /** Position in the batch, from 1 (the NN of the file name). */
  readonly index: number;
  readonly code: string | null;
  readonly name: string | null;
  /** The file, relative to the manifest's folder; null when the letter failed. */
  readonly file: string | null;
  /** The annotated workbook sent with the letter (relative to dir), when there is one. */
  readonly attachment?: string | null;
  /** "15/STTTT-TTr"; null for a draft. */
  readonly number: string | null;
  readonly status: "ok" | "failed";
  /** Why it failed, in the user's language; null when ok. */
  readonly error: string | null;
  /** Fields the recipient lacks (the usual reason to fail). */
  readonly missing: readonly string[];
}

export interface Manifest {
  /** The template as named on the command line (a name, or the .docx file). */
  readonly template: string;
  readonly period: string | null;
  /** The letters' date (YYYY-MM-DD), null for a draft: a later reminder cites "Công văn số … ngày …". */
  readonly date?: string | null;
  /** The output folder, relative to where the command ran. */
  readonly dir: string;
  /** The one file of --combine (relative to dir), else null. */
  readonly combined: string | null;
  readonly draft: boolean;
  readonly dryRun: boolean;
  readonly total: number;
  readonly ok: number;
  readonly failed: number;
  readonly letters: readonly ManifestRow[];
}

export const MANIFEST_CSV = "manifest.csv";
export const MANIFEST_JSON = "manifest.json";

function csvCell(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV for people (Excel): headers and status in the user's language; manifest.json keeps the codes. */
export function manifestCsv(rows: readonly ManifestRow[], lang: Lang): string {
  const m = messages(lang).letters;
  const lines = [m.manifestColumns.map(csvCell).join(",")];
  for (const row of rows) {
    lines.push(
      [
        row.index,
        row.code,
        row.name,
        row.file,
        row.number,
        m.manifestStatus[row.status],
        row.error,
        row.missing.join("; "),
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export function manifestJson(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
