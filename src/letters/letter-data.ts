// Pure: what one letter's template sees. The batch-wide part (issuer, period, window, deadline, ledger
// facts) is computed once in a BatchContext; per letter only the recipient, its status and findings and
// its number are added.
import { toIsoDate, vietnamDateOf } from "../domain/calendar-date.js";
import type { CalendarDate } from "../domain/calendar-date.js";
import type { Numbering } from "../documents/compose/index.js";
import { documentReference } from "../documents/compose/index.js";
import { describeFinding } from "../messages/index.js";
import type { LedgerEntry, UnitSubmissionStatus } from "../store/index.js";
import { formatDecreeDate, formatDocumentShortDate, formatDraftDate, formatPlaceDate } from "../vn/dates.js";
import type { WordValue } from "../documents/word-template/index.js";
import type { Recipient } from "./recipient.js";

export interface PeriodFacts {
  /** "2023-H1" */
  readonly period: string;
  /** "6 tháng đầu năm 2023" */
  readonly label: string;
  readonly window: { readonly from: CalendarDate; readonly to: CalendarDate };
  readonly deadline: CalendarDate;
  /** Each unit's status for the period (baocao status). */
  readonly statuses: ReadonlyMap<string, UnitSubmissionStatus>;
  /** Each unit's latest ledger line for the period, accepted or not: the validation a feedback letter quotes. */
  readonly latest: ReadonlyMap<string, LedgerEntry>;
}

export interface BatchContext {
  readonly province: string;
  readonly place: string;
  readonly issuer: { readonly name: string; readonly shortName: string };
  /** The symbol of the letters' numbers, "STTTT-TTr" (of the default issuer). */
  readonly symbol: string;
  readonly period: PeriodFacts | null;
  readonly count: number;
}

export interface FindingRow {
  readonly index: number;
  readonly severity: "error" | "warning";
  /** "Lỗi" / "Cảnh báo": letters are Vietnamese documents whatever --lang says. */
  readonly severityText: string;
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  readonly column: string;
  readonly value: string;
  readonly message: string;
  readonly hint: string;
}

export function findingRows(entry: LedgerEntry | undefined): FindingRow[] {
  if (entry === undefined) return [];
  return entry.findings.map((finding, i) => {
    const { message, hint } = describeFinding(finding, "vi");
    return {
      index: i + 1,
      severity: finding.severity,
      severityText: finding.severity === "error" ? "Lỗi" : "Cảnh báo",
      code: finding.code,
      sheet: finding.sheet ?? "",
      cell: finding.cell ?? "",
      column: finding.column ?? "",
      value: finding.value === null ? "" : String(finding.value),
      message,
      hint,
    };
  });
}

function submissionOf(entry: LedgerEntry | undefined) {
  if (entry === undefined) return null;
  return {
    file: entry.file.split(/[\\/]/).at(-1) ?? entry.file,
    received: toIsoDate(vietnamDateOf(new Date(entry.time))),
    status: entry.status,
    decision: entry.decision,
    errors: entry.errors,
    warnings: entry.warnings,
    omitted: entry.omitted,
  };
}

/**
 * The data of a layout (.hbs) letter. Dates are ISO "YYYY-MM-DD" for the date helpers
 * ({{shortDate deadline}} → "19/6/2023"). Period facts are there only with --period. (The letter's number
 * is `documentNumber` and the batch size `total`: `number` and `count` are helpers.)
 */
export function letterData(
  context: BatchContext,
  recipient: Recipient,
  index: number,
  numbering: Numbering,
): Record<string, unknown> {
  const data: Record<string, unknown> = {
    recipient: recipient.fields,
    province: context.province,
    issuer: context.issuer,
    index: index + 1,
    total: context.count,
    documentNumber: numbering.number ?? "",
    symbol: context.symbol,
    reference: documentReference(numbering, context.symbol),
  };
  const facts = context.period;
  if (facts !== null) {
    const code = recipient.unit?.code ?? null;
    const entry = code === null ? undefined : facts.latest.get(code);
    Object.assign(data, {
      period: facts.period,
      label: facts.label,
      window: { from: toIsoDate(facts.window.from), to: toIsoDate(facts.window.to) },
      deadline: toIsoDate(facts.deadline),
      status: code === null ? null : (facts.statuses.get(code) ?? null),
      submission: submissionOf(entry),
      findings: findingRows(entry),
      // The clerk's decision (`baocao review`) on the latest submission: its note or rejection reason.
      review: entry?.review
        ? { rejected: entry.review.action === "reject", note: entry.review.note, by: entry.review.by }
        : null,
    });
    if (recipient.code !== null) data.formFile = `${facts.period}-${recipient.code}.xlsx`;
  }
  return data;
}

/**
 * The data of a Word (.docx) letter: one flat level, every value already text, since a Word template has
 * no helpers. Each recipient field is there by its name as written, by its ASCII key and as
 * "recipient.<key>"; findings are a list for a table row ({{#findings}} … in the template's table).
 */
export function wordData(
  context: BatchContext,
  recipient: Recipient,
  index: number,
  numbering: Numbering,
): Record<string, WordValue> {
  const data: Record<string, WordValue> = {};
  for (const [key, value] of Object.entries(recipient.fields)) {
    data[key] = value;
    data[`recipient.${key}`] = value;
  }
  const date = numbering.date;
  Object.assign(data, {
    province: context.province,
    issuer: context.issuer.name,
    issuerShortName: context.issuer.shortName,
    index: index + 1,
    total: context.count,
    documentNumber: numbering.number ?? "",
    symbol: context.symbol,
    reference: documentReference(numbering, context.symbol),
    date: "draft" in date ? formatDraftDate(date.year, date.month) : formatDecreeDate(date),
    placeDate: formatPlaceDate(context.place, date),
  });
  const facts = context.period;
  if (facts !== null) {
    const code = recipient.unit?.code ?? null;
    const entry = code === null ? undefined : facts.latest.get(code);
    Object.assign(data, {
      period: facts.period,
      label: facts.label,
      windowFrom: formatDocumentShortDate(facts.window.from),
      windowTo: formatDocumentShortDate(facts.window.to),
      deadline: formatDocumentShortDate(facts.deadline),
      findings: findingRows(entry).map((row) => ({ ...row })),
    });
    if (recipient.code !== null) data.formFile = `${facts.period}-${recipient.code}.xlsx`;
  }
  return data;
}
