// What a reminder (đôn đốc) or feedback (kết quả kiểm tra) letter adds to a batch: the new deadline
// (--deadline, else periods.reminderDays working days after the letter's date), the request letter it
// cites (--ref, else the manifests of the period's earlier de-nghi-bao-cao batches) and, for a unit whose
// latest submission has findings, the annotated workbook sent with the letter, written in the letter's
// folder as "<letter>.kiem-tra.xlsx" (made from the submission when its bytes are still there — the
// archive, or the received file unchanged — else the copy `validate --annotate` left in out/<period>/kiem-tra).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { compareDates, parseIsoDate } from "../domain/calendar-date.js";
import type { CalendarDate } from "../domain/calendar-date.js";
import { REMINDER_DAYS, workingDaysAfter } from "../domain/period/index.js";
import { UserError } from "../errors.js";
import { annotatedFileName } from "../forms/annotate/file-name.js";
import { REQUEST_TEMPLATE, requestLettersOf } from "../letters/index.js";
import type { CitedLetter, FollowUp, PeriodFacts, Recipient } from "../letters/index.js";
import { describeFinding } from "../messages/index.js";
import { checkArchive, sha256Of } from "../store/index.js";
import type { LedgerEntry } from "../store/index.js";
import { formatDocumentShortDate } from "../vn/dates.js";
import type { Workspace } from "../workspace/read.js";

/** The built-in letters that send the unit's annotated workbook with them. */
export const ANNOTATING_TEMPLATES = ["don-doc", "ket-qua-kiem-tra"];

export interface FollowUpOptions {
  readonly cwd: string;
  readonly template: string;
  /** --deadline */
  readonly deadline?: CalendarDate;
  /** --ref */
  readonly ref?: CitedLetter;
  /** The letters' date (--date, else today). */
  readonly letterDate: CalendarDate;
  /** Make the annotated workbooks (not in a dry run, which only names them). */
  readonly make: boolean;
}

/** Where a letter's annotated workbook comes from. */
export type AnnotationSource =
  | { readonly kind: "submission"; readonly bytes: Buffer; readonly entry: LedgerEntry }
  | { readonly kind: "copy"; readonly path: string };

export interface PlannedFollowUp {
  readonly followUp: FollowUp;
  /** By letter index: the annotated workbook's file name and bytes (empty in a dry run). */
  readonly attachments: ReadonlyMap<number, { readonly name: string; readonly bytes: Buffer }>;
}

export async function planFollowUp(
  workspace: Workspace,
  facts: PeriodFacts,
  recipients: readonly Recipient[],
  fileNames: readonly string[],
  options: FollowUpOptions,
): Promise<PlannedFollowUp> {
  const deadline = options.deadline ?? defaultDeadline(workspace, options.letterDate);
  if (options.deadline !== undefined && compareDates(options.deadline, options.letterDate) <= 0)
    throw new UserError("letters/deadline-not-after", {
      deadline: formatDocumentShortDate(options.deadline),
      date: formatDocumentShortDate(options.letterDate),
    });
  const attachments = new Map<number, { name: string; bytes: Buffer }>();
  if (ANNOTATING_TEMPLATES.includes(options.template)) {
    for (const [index, recipient] of recipients.entries()) {
      const code = recipient.unit?.code ?? null;
      const entry = code === null ? undefined : facts.latest.get(code);
      // A file that could not be read as a workbook has nothing to mark (as validate --annotate).
      if (entry === undefined || entry.findings.length === 0 || entry.status === "unreadable") continue;
      // A reminder goes to a unit whose report was not accepted: its findings, not an accepted one's warnings.
      if (options.template === "don-doc" && facts.statuses.get(code!) === "accepted") continue;
      const source = annotationSource(workspace, facts.period, entry, options.cwd);
      if (source === null) continue;
      let bytes: Buffer = Buffer.alloc(0);
      if (options.make) {
        try {
          bytes = await annotatedBytes(source);
        } catch {
          continue; // A workbook exceljs cannot open: the letter names no attachment rather than fail.
        }
      }
      attachments.set(index, { name: fileNames[index]!.replace(/\.docx$/i, ".kiem-tra.xlsx"), bytes });
    }
  }
  return {
    followUp: {
      deadline,
      ref: options.ref ?? null,
      requests: requestLetters(workspace, facts.period),
      annotated: new Map([...attachments].map(([index, { name }]) => [index, name])),
    },
    attachments,
  };
}

function defaultDeadline(workspace: Workspace, letterDate: CalendarDate): CalendarDate {
  const { periods } = workspace.config;
  const holidays = periods.holidays.map(parseIsoDate).filter((date): date is CalendarDate => date !== null);
  return workingDaysAfter(letterDate, periods.reminderDays ?? REMINDER_DAYS, holidays);
}

/** The request letters of the period's de-nghi-bao-cao batches (a later batch's number wins). */
function requestLetters(workspace: Workspace, period: string): Map<string, CitedLetter> {
  const folder = join(workspace.dir, "out", period, "thu");
  const found = new Map<string, CitedLetter>();
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return found;
  }
  const batchNumber = (name: string) =>
    name === REQUEST_TEMPLATE ? 1 : Number(name.slice(REQUEST_TEMPLATE.length + 1));
  const batches = names
    .filter((name) => name === REQUEST_TEMPLATE || new RegExp(`^${REQUEST_TEMPLATE}-\\d+$`).test(name))
    .sort((a, b) => batchNumber(a) - batchNumber(b));
  for (const name of batches) {
    let manifest: unknown;
    try {
      manifest = JSON.parse(readFileSync(join(folder, name, "manifest.json"), "utf8"));
    } catch {
      continue; // No manifest, or not JSON: that batch cites nothing.
    }
    for (const [code, letter] of requestLettersOf(manifest)) found.set(code, letter);
  }
  return found;
}

/** The submission's bytes (archive, or the received file if unchanged), else validate --annotate's copy. */
function annotationSource(
  workspace: Workspace,
  period: string,
  entry: LedgerEntry,
  cwd: string,
): AnnotationSource | null {
  if (entry.archive !== null) {
    const checked = checkArchive(join(workspace.dir, "store"), entry);
    if (checked.ok) return { kind: "submission", bytes: checked.bytes, entry };
  }
  for (const path of [resolve(workspace.dir, entry.file), resolve(cwd, entry.file)]) {
    try {
      const bytes = readFileSync(path);
      if (bytes.length === entry.size && sha256Of(bytes) === entry.sha256) return { kind: "submission", bytes, entry };
    } catch {
      // Moved or deleted since it was ingested: try the next place.
    }
  }
  const copy = join(workspace.dir, "out", period, "kiem-tra", annotatedFileName(entry.file));
  return existsSync(copy) ? { kind: "copy", path: copy } : null;
}

/** The annotated workbook's bytes, in Vietnamese (it goes to the unit with a Vietnamese letter). */
async function annotatedBytes(source: AnnotationSource): Promise<Buffer> {
  if (source.kind === "copy") return readFileSync(source.path);
  const { annotateWorkbook } = await import("../forms/annotate/annotate-workbook.js");
  const findings = source.entry.findings.map((finding) => ({ ...finding, ...describeFinding(finding, "vi") }));
  return annotateWorkbook(source.bytes, findings, {
    lang: "vi",
    title: source.entry.file.split(/[\\/]/).at(-1) ?? source.entry.file,
  });
}
