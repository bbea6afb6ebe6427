// Pure: what one letter's template sees. The batch-wide part (issuer, period, window, deadline, ledger
// facts) is computed once in a BatchContext; per letter only the recipient, its status and findings and
// its number are added.
import { toIsoDate, vietnamDateOf } from "../domain/calendar-date.js";
import type { CalendarDate } from "../domain/calendar-date.js";
import type { Severity } from "../domain/findings.js";
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
  /** What a reminder or feedback letter adds (built-in period letters): new deadline, citation, attachment. */
  readonly followUp?: FollowUp;
}

/** An earlier letter a letter cites: "số 120/STTTT-TTr ngày 05/6/2023". */
export interface CitedLetter {
  /** Số và ký hiệu: "120/STTTT-TTr". */
  readonly number: string;
  readonly date: CalendarDate | null;
}

export interface FollowUp {
  /** The new deadline the letter gives (--deadline, or working days after the letter's date). */
  readonly deadline: CalendarDate;
  /** --ref: the request letter cited in every letter of the batch (before `requests`). */
  readonly ref: CitedLetter | null;
  /** The request letter each unit received (by unit code), from the manifests of earlier batches. */
  readonly requests: ReadonlyMap<string, CitedLetter>;
  /** The annotated workbook sent with a letter (by letter index, from 0): its file name in the folder. */
  readonly annotated: ReadonlyMap<number, string>;
}

/** Findings a letter lists one by one; the rest are counted ("và N lỗi khác") and left to the annotated workbook. */
export const LISTED_FINDINGS = 10;

export interface FindingRow {
  readonly index: number;
  readonly severity: Severity;
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
      severityText: finding.severity === "error" ? "Lỗi" : finding.severity === "warning" ? "Cảnh báo" : "Thông tin",
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

/**
 * The findings a letter lists, errors first, at most `limit`, numbered from 1; and how many more there are
 * (counting those the ledger did not keep, `omitted`). `errorsOnly`: the errors alone (a reminder lists
 * what must be fixed).
 */
export function listedFindings(
  entry: LedgerEntry | undefined,
  errorsOnly: boolean,
  limit = LISTED_FINDINGS,
): { rows: FindingRow[]; more: number } {
  if (entry === undefined) return { rows: [], more: 0 };
  const all = findingRows(entry);
  const chosen = [
    ...all.filter((row) => row.severity === "error"),
    ...(errorsOnly ? [] : all.filter((row) => row.severity === "warning")),
  ];
  const rows = chosen.slice(0, limit).map((row, i) => ({ ...row, index: i + 1 }));
  const total = errorsOnly
    ? Math.max(entry.errors, chosen.length)
    : Math.max(entry.errors + entry.warnings, all.length + entry.omitted);
  return { rows, more: Math.max(0, total - rows.length) };
}

function citedOf(letter: CitedLetter | null | undefined) {
  if (letter === null || letter === undefined) return null;
  return { number: letter.number, date: letter.date === null ? null : toIsoDate(letter.date) };
}

/** The follow-up facts of one letter (null values when the batch has none). */
function followUpOf(context: BatchContext, code: string | null, index: number, entry: LedgerEntry | undefined) {
  const followUp = context.followUp;
  const errors = listedFindings(entry, true);
  const all = listedFindings(entry, false);
  return {
    newDeadline: followUp === undefined ? null : toIsoDate(followUp.deadline),
    request: citedOf(followUp?.ref ?? (code === null ? null : followUp?.requests.get(code))),
    annotatedFile: followUp?.annotated.get(index) ?? null,
    listedErrors: errors.rows,
    moreErrors: errors.more,
    listedFindings: all.rows,
    moreFindings: all.more,
  };
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
 * is `documentNumber` and the batch size `total`: `number` and `count` are helpers.) A reminder or feedback
 * letter also sees `newDeadline`, `request` ({number, date} of the request letter, or null), `annotatedFile`
 * (the annotated workbook sent with it, or null), `listedErrors`/`moreErrors` and `listedFindings`/
 * `moreFindings` (at most 10 listed, errors first, and how many more).
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
      ...followUpOf(context, code, index, entry),
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
 * "recipient.<key>"; findings are a list for a table row ({{#findings}} … in the template's table). With
 * --period, also `newDeadline`, `requestNumber`, `requestDate` and `annotatedFile` ("" when there is none).
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
    const followUp = context.followUp;
    if (followUp !== undefined) {
      const request = followUp.ref ?? (code === null ? undefined : followUp.requests.get(code));
      Object.assign(data, {
        newDeadline: formatDocumentShortDate(followUp.deadline),
        requestNumber: request?.number ?? "",
        requestDate: request?.date == null ? "" : formatDocumentShortDate(request.date),
        annotatedFile: followUp.annotated.get(index) ?? "",
      });
    }
    if (recipient.code !== null) data.formFile = `${facts.period}-${recipient.code}.xlsx`;
  }
  return data;
}
