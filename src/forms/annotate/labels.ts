// The annotated copy's own words, in the user's language. Messages and hints of the findings come in
// ready-made (src/messages/findings-*.ts); only the frame around them is here.
import type { Severity } from "../../domain/findings.js";

export type AnnotateLang = "vi" | "en";

export interface AnnotateLabels {
  /** Name of the results sheet (at most 31 characters, none of []:*?/\). */
  readonly sheetName: string;
  readonly headers: {
    readonly number: string;
    readonly severity: string;
    readonly sheet: string;
    readonly cell: string;
    readonly column: string;
    readonly value: string;
    readonly message: string;
    readonly hint: string;
  };
  readonly severity: Readonly<Record<Severity, string>>;
  /** Before the hint in a cell note. */
  readonly hintPrefix: string;
  /** "Dòng 7": a finding about a whole row. */
  readonly row: (row: number) => string;
  readonly summary: (counts: { errors: number; warnings: number }) => string;
}

const vi: AnnotateLabels = {
  sheetName: "Kết quả kiểm tra",
  headers: {
    number: "STT",
    severity: "Mức độ",
    sheet: "Trang",
    cell: "Ô",
    column: "Cột",
    value: "Giá trị",
    message: "Nội dung",
    hint: "Cách sửa",
  },
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  hintPrefix: "Cách sửa",
  row: (row) => `Dòng ${row}`,
  summary: ({ errors, warnings }) =>
    errors + warnings === 0 ? "Không có lỗi hay cảnh báo." : `${errors} lỗi, ${warnings} cảnh báo.`,
};

const en: AnnotateLabels = {
  sheetName: "Validation results",
  headers: {
    number: "No.",
    severity: "Severity",
    sheet: "Sheet",
    cell: "Cell",
    column: "Column",
    value: "Value",
    message: "Message",
    hint: "How to fix",
  },
  severity: { error: "Error", warning: "Warning", info: "Information" },
  hintPrefix: "How to fix",
  row: (row) => `Row ${row}`,
  summary: ({ errors, warnings }) =>
    errors + warnings === 0
      ? "No errors or warnings."
      : `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}.`,
};

export function annotateLabels(lang: AnnotateLang): AnnotateLabels {
  return lang === "en" ? en : vi;
}
