// English text for every validation finding (mirrors findings-vi.ts).
import type { Finding, FindingCode } from "../domain/findings.js";
import type { FindingText } from "./findings-vi.js";
import { n } from "./findings-vi.js";
import { formatNumber } from "../vn/numbers.js";

const p = (f: Finding, key: string) => String(f.params[key] ?? "");
const v = (f: Finding) => (f.value === null ? "" : `"${String(f.value)}"`);
/** Why LibreOffice did not convert the file, when it was tried (params.conversion), as a sentence. */
const conversionNote = (f: Finding) =>
  p(f, "conversion") === "timeout"
    ? " LibreOffice could not convert it to .xlsx within the time limit."
    : p(f, "conversion") === "too-large"
      ? " The .xlsx converted from it exceeds the size limit."
      : p(f, "conversion") === "failed"
        ? " LibreOffice could not convert it to .xlsx."
        : "";
const INSTALL_LIBREOFFICE =
  " Or install LibreOffice on this computer (see `baocao doctor`): baocao then converts .xls, .ods and .xlsb files to .xlsx itself.";
/** Install LibreOffice: said only when it was not tried (a failed conversion says why instead). */
const installHint = (f: Finding) => (f.params.conversion === undefined ? INSTALL_LIBREOFFICE : "");
const MB = (bytes: string) => `${Math.round(Number(bytes) / 1024 / 1024)} MB`;

export const findingsEn: Record<FindingCode, FindingText> = {
  "file/empty": {
    message: () => "The file is empty (0 bytes).",
    hint: () => "Ask the unit to send the filled-in form again.",
  },
  "file/too-large": {
    message: (f) => `The file is too large (${MB(p(f, "size"))}, limit ${MB(p(f, "limit"))}).`,
    hint: () => "A filled-in form is usually under 1 MB; check for pictures or many stray rows.",
  },
  "file/not-xlsx": {
    message: (f) =>
      (f.params.format === "ods"
        ? "A LibreOffice/OpenOffice spreadsheet (.ods), not an Excel .xlsx file."
        : f.params.format === "xlsb"
          ? "A binary Excel workbook (.xlsb), not an Excel .xlsx file."
          : "Not an Excel .xlsx file.") + conversionNote(f),
    hint: (f) =>
      f.params.format === "ods"
        ? `Open it in LibreOffice Calc, File → Save As, file type Excel 2007-365 (.xlsx), and send it again.${installHint(f)}`
        : f.params.format === "xlsb"
          ? `Open the form in Excel and save it as .xlsx (Excel Workbook).${installHint(f)}`
          : "Open the form in Excel or LibreOffice and save it as .xlsx (Excel Workbook).",
  },
  "file/legacy-xls": {
    message: (f) => `An old-style Excel file (.xls), which cannot be read.${conversionNote(f)}`,
    hint: (f) => `Open it in Excel and Save As → Excel Workbook (.xlsx).${installHint(f)}`,
  },
  "file/converted": {
    message: (f) =>
      `The .${p(f, "format")} file was converted to .xlsx by LibreOffice before it was checked; sheet names and cell addresses are those of the unit's file.`,
    hint: () => "Nothing to fix. Next time the unit should send an .xlsx file (the form baocao made).",
  },
  "file/encrypted": {
    message: () => "The file is password-protected.",
    hint: () => "Ask the unit to remove the password and send it again.",
  },
  "file/corrupt": {
    message: () => "The file is damaged or incomplete (perhaps a failed download).",
    hint: () => "Ask the unit to send the file again.",
  },
  "file/zip-bomb": {
    message: (f) => `Once unpacked, the file would exceed the safety limit (${MB(p(f, "limit"))}).`,
    hint: () => "This is not an ordinary form; do not open it, ask the unit to send it again.",
  },
  "file/not-a-form": {
    message: (f) =>
      `Not a report form: no sheet "Thông tin", "Chỉ tiêu", "Vụ việc" or "Đánh giá" (sheets: ${p(f, "sheets")}).`,
    hint: () => "Use the form made by baocao (`baocao forms`) without renaming its sheets.",
  },
  "sheet/missing": {
    message: (f) => `Sheet "${p(f, "name")}" is missing.`,
    hint: () => "Use the form as sent; do not delete or rename sheets.",
  },
  "sheet/too-many-rows": {
    message: (f) =>
      `Sheet "${p(f, "name")}" has more than ${p(f, "limit")} rows: the rows after row ${p(f, "last")} were not read.`,
    hint: () =>
      "A report form has no such number of rows: delete the extra rows (or data pasted by mistake) and send it again.",
  },
  "header/missing": {
    message: (f) => `Column "${p(f, "header")}" is missing.`,
    hint: () => "Restore the column header as in the original form (row 1).",
  },
  "info/missing": {
    message: (f) => `"${p(f, "label")}" is not filled in.`,
    hint: (f) => `Fill in "${p(f, "label")}" in column B of sheet "Thông tin".`,
  },
  "unit/unknown": {
    message: (f) => `Unit code "${p(f, "code")}" is not a reporting unit.`,
    hint: () => "Keep the unit code pre-filled in the form.",
  },
  "unit/name-mismatch": {
    message: (f) => `Unit name ${v(f)} does not match code ${p(f, "code")} (${p(f, "expected")}).`,
    hint: () => "Check that the unit used its own form.",
  },
  "period/missing": {
    message: () => "The reporting period is not filled in.",
    hint: () => 'Write the period, e.g. "6 tháng đầu năm 2023".',
  },
  "period/invalid": {
    message: (f) => `Reporting period ${v(f)} cannot be read.`,
    hint: () => 'Write it like "6 tháng đầu năm 2023" or "2023-H1".',
  },
  "period/mismatch": {
    message: (f) => `The form is for "${p(f, "found")}", not the period being compiled, "${p(f, "expected")}".`,
    hint: (f) => `Ask the unit for its ${p(f, "expected")} figures on this period's form.`,
  },
  "indicator/missing-row": {
    message: (f) => `Indicator row ${p(f, "code")} is missing.`,
    hint: () => "Do not delete indicator rows; write 0 when nothing happened.",
  },
  "indicator/unknown": {
    message: (f) => `Indicator code "${p(f, "code")}" is not in the catalogue; the row is ignored.`,
    hint: () => "Do not add or change codes in the Mã column.",
  },
  "indicator/not-applicable": {
    message: (f) => `Indicator ${p(f, "code")} is not one this kind of unit reports; it is kept.`,
    hint: () => "Use the unit's own form.",
  },
  "indicator/duplicate-row": {
    message: (f) => `Indicator ${p(f, "code")} appears twice; the later row is ignored.`,
    hint: () => "Delete the duplicate row.",
  },
  "assessment/missing-section": {
    message: (f) => `Section "${p(f, "section")}" is missing from sheet Đánh giá.`,
    hint: () => 'Restore the section\'s row and fill it in (write "Không" if there is nothing).',
  },
  "value/required": {
    message: (f) => `Cell ${f.cell} (${f.column}) is empty.`,
    hint: () => "Fill in the figure; write 0 when nothing happened (an empty cell is not 0).",
  },
  "value/not-a-number": {
    message: (f) => `Cell ${f.cell} (${f.column}) must be a number, found ${v(f)}.`,
    hint: () => "Write digits only, e.g. 1250000 or 1.250.000; put remarks in the Ghi chú column.",
  },
  "value/negative": {
    message: (f) => `Cell ${f.cell} (${f.column}) is negative (${String(f.value)}).`,
    hint: () => "Figures must be 0 or more.",
  },
  "value/fractional": {
    message: (f) =>
      p(f, "type") === "money"
        ? `Cell ${f.cell} (${f.column}): money must be whole đồng, found ${String(f.value)}.`
        : `Cell ${f.cell} (${f.column}) must be a whole number, found ${String(f.value)}.`,
    hint: (f) =>
      p(f, "type") === "money"
        ? "Write amounts in whole đồng (e.g. 7500000)."
        : "Write a whole number (cases, inspections …).",
  },
  "value/formula-without-result": {
    message: (f) => `Cell ${f.cell} (${f.column}) has a formula but no calculated result.`,
    hint: () => "Open the file in Excel, recalculate (F9) and save; or type the figure.",
  },
  "value/error": {
    message: (f) => `Cell ${f.cell} (${f.column}) holds the error ${v(f)}.`,
    hint: () => "Fix the formula or type the figure.",
  },
  "date/unreadable": {
    message: (f) => `Cell ${f.cell} (${f.column}): date ${v(f)} cannot be read.`,
    hint: () => "Write dates day/month/year, e.g. 05/03/2023.",
  },
  "date/future": {
    message: (f) => `Cell ${f.cell} (${f.column}): date ${p(f, "date")} is in the future (today is ${p(f, "today")}).`,
    hint: () => "Check the date; write it day/month/year (not month/day).",
  },
  "date/outside-window": {
    message: (f) =>
      `Cell ${f.cell} (${f.column}): date ${p(f, "date")} is outside the data window ${p(f, "from")} – ${p(f, "to")}.`,
    hint: () => "List only incidents found in this period; do not repeat ones already reported.",
  },
  "list/unknown-value": {
    message: (f) => `Cell ${f.cell} (${p(f, "list")}): ${v(f)} is not in the list.`,
    hint: (f) =>
      f.params.suggestion === undefined
        ? "Choose a value from the drop-down list."
        : `Did you mean "${p(f, "suggestion")}"? Choose from the drop-down list.`,
  },
  "incident/duplicate": {
    message: (f) => `Row ${f.row} repeats row ${p(f, "first")} (same date, area, behaviour, description, amounts).`,
    hint: () => "If it is the same incident, delete one row.",
  },
  "text/legacy-encoding": {
    message: (f) => `Cell ${f.cell} was typed in ${p(f, "encoding")} ("${p(f, "original")}"); converted to ${v(f)}.`,
    hint: () => "Check the converted text; type in Unicode next time.",
  },
  "rule/requires": {
    message: (f) =>
      `Cell ${f.cell}: ${p(f, "indicators").split(", ")[1]} is above 0 but ${p(f, "indicators").split(", ")[0]} is ${n(f, "left")} (rule ${p(f, "rule")}).`,
    hint: () => "Make these two indicators agree.",
  },
  "rule/compare": {
    message: (f) => {
      const [left, right] = p(f, "indicators").split(", ");
      return `Cell ${f.cell}: ${left} = ${n(f, "left")} must be ${p(f, "op")} ${right} = ${n(f, "right")} (rule ${p(f, "rule")}).`;
    },
    hint: () => "Make these two indicators agree.",
  },
  "rule/incident-count": {
    message: (f) =>
      `Cell ${f.cell}: the incident log has ${n(f, "left")} such incidents but ${p(f, "indicators")} says ${n(f, "right")} (rule ${p(f, "rule")}).`,
    hint: () => "Reconcile the incident log with the indicator.",
  },
  "rule/incident-sum": {
    message: (f) =>
      `Cell ${f.cell}: the incident log totals ${n(f, "left")} đồng, not ${p(f, "op")} ${p(f, "indicators")} = ${n(f, "right")} đồng (rule ${p(f, "rule")}).`,
    hint: () => "Reconcile the amounts in the incident log with the indicator.",
  },
  "plausibility/jump": {
    message: (f) =>
      `${p(f, "name")}: ${amount(f, "current")} this period, ${againstEn(f)} ${amount(f, "reference")} (${n(f, "ratio")} times as many).${explainedEn(f)}`,
    hint: (f) => plausibilityHintEn(f, "Check the figure, or explain it in the Ghi chú column."),
  },
  "plausibility/zeroed": {
    message: (f) =>
      `${p(f, "name")}: 0 ${p(f, "unit")} this period, while ${againstEn(f)} ${amount(f, "reference")}.${explainedEn(f)}`,
    hint: (f) =>
      plausibilityHintEn(f, "If there really were none, say so in the Ghi chú column; if it was left out, fill it in."),
  },
  "plausibility/outlier": {
    message: (f) =>
      `${p(f, "name")}: ${amount(f, "current")} this period, ${n(f, "ratio")} times the median of ${n(f, "peers")} units of the same kind (${amount(f, "median")}).${explainedEn(f)}`,
    hint: (f) => plausibilityHintEn(f, "Check the figure, or explain it in the Ghi chú column."),
  },
  "plausibility/magnitude": {
    message: (f) => {
      const shift = Number(f.params.shift);
      const times = formatNumber(10 ** Math.abs(shift));
      const how = shift > 0 ? `about ${times} times` : `about 1/${times} of it`;
      return `${p(f, "name")}: ${amount(f, "current")} this period, ${againstEn(f)} ${amount(f, "reference")} (${how}): perhaps entered in thousands or millions of đồng instead of đồng.${explainedEn(f)}`;
    },
    hint: (f) => plausibilityHintEn(f, "Amounts are in đồng: check the figure, or explain it in the Ghi chú column."),
  },
};

function amount(f: Finding, key: string): string {
  return `${n(f, key)} ${p(f, "unit")}`;
}
function againstEn(f: Finding): string {
  return p(f, "against") === "previous" ? "the previous period" : "the same period last year";
}
function explainedEn(f: Finding): string {
  return f.severity === "info" ? ` The unit explained: "${p(f, "note")}".` : "";
}
function plausibilityHintEn(f: Finding, fix: string): string {
  return f.severity === "info" ? "Explained in the Ghi chú column: consider it when aggregating; nothing to fix." : fix;
}
