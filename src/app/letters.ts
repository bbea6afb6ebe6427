// The letters use case: the same letter to many recipients, one .docx each (or one combined), with a
// manifest. The template is read and compiled once; each letter only renders its data. One recipient's
// problem (a missing field) fails that letter alone: the others are made, the manifest says which failed
// and why (the CLI then exits 1).
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, extname, join, relative, resolve } from "node:path";
import { renderCombined } from "../documents/layout/index.js";
import { getCompiledTemplate } from "../documents/template/index.js";
import type { CompiledTemplate } from "../documents/template/index.js";
import { UserError } from "../errors.js";
import { inUse, writeFileAtomic, writeFileAtomicAsync } from "../io/write-atomic.js";
import { createRenderPool } from "../letters/render/index.js";
import {
  DEFAULT_CONCURRENCY,
  MANIFEST_CSV,
  MANIFEST_JSON,
  buildDocuments,
  checkLetters,
  combinedFileName,
  layoutEngine,
  letterData,
  letterFileNames,
  letterIssuer,
  letterNumbering,
  manifestCsv,
  manifestJson,
  runSeparate,
  wordEngine,
} from "../letters/index.js";
import type {
  BatchContext,
  BatchLetter,
  BatchNumbering,
  CitedLetter,
  LetterEngine,
  LetterIssuer,
  LetterOutcome,
  Manifest,
  ManifestRow,
  PeriodFacts,
  Recipient,
} from "../letters/index.js";
import type { Lang } from "../messages/index.js";
import { fsErrorCode } from "../messages/fs-reason.js";
import { messages } from "../messages/index.js";
import { slugify } from "../vn/normalize.js";
import { toIsoDate } from "../domain/calendar-date.js";
import type { Workspace } from "../workspace/read.js";
import type { AdminDocument } from "../documents/model.js";
import type { FillOptions, WordData, WordTemplate } from "../documents/word-template/index.js";
import type { Period } from "../domain/period/index.js";
import { documentRecord, recordPathFor, recordText } from "../documents/record.js";
import type { CalendarDate } from "../domain/calendar-date.js";
import { planFollowUp } from "./letter-follow-up.js";
import type { PlannedFollowUp } from "./letter-follow-up.js";
import { batchContext, batchNumbering, periodFacts, readInputFile, selectRecipients } from "./letter-batch.js";
import type { SetupOptions } from "./letter-batch.js";

/** Built-in letters that speak of a period (window, deadline, status): they need --period. */
export const PERIOD_TEMPLATES = ["de-nghi-bao-cao", "don-doc", "ket-qua-kiem-tra"];

/** Worker threads that make letters: the same letters as this thread makes (they run the same code). */
export interface LetterPool {
  readonly size: number;
  render(document: AdminDocument): Promise<Buffer>;
  /** A letter from the batch's Word template (given when the pool was made). */
  fill(data: WordData, options?: FillOptions): Promise<Buffer>;
  close(): Promise<void>;
}

/** How letters are made and written: the worker pool and the atomic writer; tests give their own. */
export interface LetterWorkers {
  /**
   * A pool for a batch of `letters`, or null when starting workers would not repay itself; `cheap`: each
   * letter takes about a millisecond (built-in letters, a compiled Word template).
   */
  createPool(letters: number, word?: { bytes: Uint8Array; file: string }, cheap?: boolean): LetterPool | null;
  /** Writes one letter atomically into its folder, which exists. */
  writeLetter(path: string, bytes: Buffer): Promise<void>;
}

/** The letters' worker pool (src/letters/render) and the atomic writer that does not wait for the disk. */
export const LETTER_WORKERS: LetterWorkers = {
  createPool: (letters, word, cheap) => createRenderPool(letters, word, process.env, cheap),
  writeLetter: (path, bytes) => writeFileAtomicAsync(path, bytes, { dirExists: true }),
};

export interface LettersOptions extends SetupOptions {
  /** A template name (templates/<name>.hbs, workspace first) or a .docx file. */
  template: string;
  out?: string;
  combine: boolean;
  force: boolean;
  lang: Lang;
  /** --deadline: the new deadline a reminder or feedback letter gives (default: periods.reminderDays working days). */
  deadline?: CalendarDate;
  /** --ref: the request letter a reminder cites (default: the period's de-nghi-bao-cao manifests). */
  ref?: CitedLetter;
  /** For tests: letters in flight, all laid out in this thread (no worker threads). */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The manifest, and the folder of an earlier batch that was kept: a second batch of the same template and
 * period, without --out or --force, goes to a new numbered folder (`don-doc-2`, `don-doc-3` …).
 */
export type LettersResult = Manifest & { readonly earlierBatch: string | null };

/** A batch planned: what is made, for whom, where. */
interface Plan {
  readonly options: LettersOptions;
  readonly facts: PeriodFacts | null;
  readonly context: BatchContext;
  readonly letters: readonly BatchLetter[];
  /** The folder, and each letter's file name in it (or the one combined file). */
  readonly dir: string;
  readonly fileNames: readonly string[];
  readonly combined: string | null;
  /** The letters' date, ISO; null for a draft. */
  readonly issued: string | null;
  /** The annotated workbooks sent with the letters (reminder and feedback letters). */
  readonly followUp: PlannedFollowUp | null;
  /** A path as the user gave it: relative to cwd. */
  readonly show: (path: string) => string;
}

/** How letters are made: here, or (given a pool) on its worker threads: the same letters either way. */
interface Engines {
  readonly engineWith: (pool?: LetterPool) => LetterEngine;
  /** A Word template's bytes, for the workers. */
  readonly wordSource?: { bytes: Uint8Array; file: string };
  /** Each letter is a string join of the template compiled once (word-template/compiled.ts). */
  readonly wordCompiled?: boolean;
}

export async function letters(
  workspace: Workspace,
  period: Period | null,
  options: LettersOptions,
  workers: LetterWorkers = LETTER_WORKERS,
): Promise<LettersResult> {
  const show = (path: string) => relative(options.cwd, path) || path;
  const isWord = extname(options.template).toLowerCase() === ".docx";
  if (isWord && options.combine) throw new UserError("letters/combine-word");
  if (!isWord && PERIOD_TEMPLATES.includes(options.template) && period === null) {
    throw new UserError("letters/needs-period", { option: options.template });
  }
  const templateName = isWord
    ? slugify(basename(options.template, extname(options.template)), "thu")
    : options.template;

  if (period === null && (options.deadline !== undefined || options.ref !== undefined))
    throw new UserError("letters/needs-period", { option: options.deadline !== undefined ? "--deadline" : "--ref" });
  const facts = period === null ? null : periodFacts(workspace, period);
  const recipients = await selectRecipients(workspace, options, facts);
  const batch = batchNumbering(options, recipients.length);
  const compiled = isWord ? null : getCompiledTemplate(options.template, { workspaceDir: workspace.dir });
  const fileNames = letterFileNames(recipients);
  const combined = options.combine ? combinedFileName(templateName) : null;
  const followUp =
    facts === null
      ? null
      : await planFollowUp(workspace, facts, recipients, fileNames, {
          make: !options.dryRun,
          cwd: options.cwd,
          template: options.template,
          letterDate: options.date ?? options.today,
          ...(options.deadline === undefined ? {} : { deadline: options.deadline }),
          ...(options.ref === undefined ? {} : { ref: options.ref }),
        });
  const context: BatchContext = {
    ...batchContext(workspace, batchIssuer(workspace, compiled, facts, recipients, batch), facts, recipients.length),
    ...(followUp === null ? {} : { followUp: followUp.followUp }),
  };
  const engines = await prepareEngines(workspace, compiled, context, options, show);
  // Beside each letter of a layout template: its .meta.json sidecar, and the annotated workbook sent with it.
  const sidecars = combined === null && !isWord ? fileNames.map(recordPathFor) : [];
  const attachments = [...(followUp?.attachments.values() ?? [])].map((attachment) => attachment.name);
  const names = [
    ...(combined === null ? fileNames : [combined]),
    ...sidecars,
    ...attachments,
    MANIFEST_CSV,
    MANIFEST_JSON,
  ];
  const taken = (dir: string) => names.filter((name) => existsSync(join(dir, name)));
  const defaultDir = join(workspace.dir, "out", ...(facts === null ? [] : [facts.period]), "thu", templateName);
  // A second batch of the same letter (reminders sent twice) goes to the next free numbered folder; --out
  // names the folder itself, and --force writes over the first batch.
  const dir =
    options.out !== undefined
      ? resolve(options.cwd, options.out)
      : options.force
        ? defaultDir
        : nextFreeFolder(defaultDir, taken);
  const plan: Plan = {
    options,
    facts,
    context,
    letters: recipients.map((recipient, index) => ({ index, recipient, numbering: letterNumbering(batch, index) })),
    dir,
    fileNames,
    combined,
    issued: options.draft ? null : toIsoDate(options.date ?? options.today),
    followUp,
    show,
  };
  const earlierBatch = dir === defaultDir || options.out !== undefined ? null : show(defaultDir);
  const result = (manifest: Manifest): LettersResult => ({ ...manifest, earlierBatch });

  if (recipients.length === 0) return result(manifestOf(plan, [], null));
  // A fault of the template itself (its front matter) would fail every letter alike: one exit-2 error
  // before any letter is made, not the same failure letter after letter.
  const fault = engines.engineWith().templateFault?.(plan.letters[0]!) ?? null;
  if (fault !== null) throw fault;
  if (options.dryRun) return result(manifestOf(plan, checkLetters(engines.engineWith(), plan.letters), null));

  // Never overwrite (a letter may have been edited in Word): refuse before writing anything.
  const existing = taken(plan.dir).map((name) => join(plan.dir, name));
  if (existing.length > 0 && !options.force)
    throw new UserError("letters/exists", { file: show(existing[0]!), count: existing.length });

  const manifest =
    plan.combined === null
      ? manifestOf(plan, await writeSeparate(plan, engines, workers), null)
      : await writeCombined(plan, plan.combined, engines.engineWith());
  writeFileAtomic(join(plan.dir, MANIFEST_CSV), manifestCsv(manifest.letters, options.lang));
  writeFileAtomic(join(plan.dir, MANIFEST_JSON), manifestJson(manifest));
  return result(manifest);
}

/** `dir` when none of the batch's files is there yet, else `dir-2`, `dir-3` … the first such folder. */
function nextFreeFolder(dir: string, taken: (dir: string) => readonly string[]): string {
  if (taken(dir).length === 0) return dir;
  for (let n = 2; ; n++) {
    const candidate = `${dir}-${n}`;
    if (taken(candidate).length === 0) return candidate;
  }
}

/** The template, read and compiled (or prepared) once for the whole batch. */
async function prepareEngines(
  workspace: Workspace,
  compiled: CompiledTemplate | null,
  context: BatchContext,
  options: LettersOptions,
  show: (path: string) => string,
): Promise<Engines> {
  if (compiled !== null) {
    return {
      engineWith: (pool) =>
        layoutEngine(
          compiled,
          workspace.config,
          context,
          pool === undefined ? undefined : (document) => pool.render(document),
        ),
    };
  }
  const file = resolve(options.cwd, options.template);
  const bytes = readInputFile(file, options.template, show(file), "template");
  const { prepareWordTemplate, MissingFieldsError, WordTemplateError } =
    await import("../documents/word-template/index.js");
  let template: WordTemplate;
  try {
    template = await prepareWordTemplate(bytes, show(file));
  } catch (error) {
    if (error instanceof WordTemplateError) {
      const code = error.reason === undefined ? "letters/word-template" : `letters/word-template-${error.reason}`;
      throw new UserError(code, { ...error.params, file: error.file, detail: error.detail });
    }
    throw error;
  }
  return {
    engineWith: (pool) =>
      wordEngine(
        pool === undefined ? template : { ...template, fill: (data, fillOptions) => pool.fill(data, fillOptions) },
        context,
        MissingFieldsError,
      ),
    wordSource: { bytes, file: show(file) },
    wordCompiled: template.compiled,
  };
}

/** One file per letter, made on the workers' threads when the batch is large enough. */
async function writeSeparate(plan: Plan, engines: Engines, workers: LetterWorkers): Promise<LetterOutcome[]> {
  const { options, dir, show } = plan;
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UserError("letters/write-failed", { file: show(dir), code: fsErrorCode(error) });
  }
  const pool =
    options.concurrency !== undefined
      ? null
      : workers.createPool(
          plan.letters.length,
          engines.wordSource,
          engines.wordSource === undefined || engines.wordCompiled,
        );
  try {
    return await runSeparate(engines.engineWith(pool ?? undefined), plan.letters, {
      // Enough letters in flight to keep every worker busy while files are written.
      concurrency: options.concurrency ?? Math.max(DEFAULT_CONCURRENCY, (pool?.size ?? 0) * 4),
      onLetter: async (letter, made) => {
        const name = plan.fileNames[letter.index]!;
        const target = join(dir, name);
        const attachment = plan.followUp?.attachments.get(letter.index);
        const write = async (path: string, bytes: () => Buffer) => {
          try {
            await workers.writeLetter(path, bytes());
          } catch (error) {
            // A letter open in Word (a batch written again with --force).
            if (error instanceof UserError && error.code === "output/in-use") throw inUse(show(path));
            // The disk, not the data: stop the batch (exit 2) rather than fail letter after letter.
            throw new UserError("letters/write-failed", { file: show(path), code: fsErrorCode(error) });
          }
        };
        await write(target, () => made.bytes);
        const meta = made.meta;
        if (meta !== null)
          await write(recordPathFor(target), () =>
            Buffer.from(recordText(documentRecord(meta, { docx: name, pdf: null, pages: null })), "utf8"),
          );
        if (attachment !== undefined) await write(join(dir, attachment.name), () => attachment.bytes);
      },
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
  } finally {
    await pool?.close();
  }
}

/** Every letter in one document, each on new pages (layout templates only). */
async function writeCombined(plan: Plan, combined: string, engine: LetterEngine): Promise<Manifest> {
  const built = buildDocuments(engine, plan.letters, plan.options.onProgress);
  if (built.documents.length === 0) return manifestOf(plan, built.outcomes, null);
  writeFileAtomic(join(plan.dir, combined), await renderCombined(built.documents));
  for (const outcome of built.outcomes) {
    const attachment = plan.followUp?.attachments.get(outcome.index);
    if (outcome.ok && attachment !== undefined) writeFileAtomic(join(plan.dir, attachment.name), attachment.bytes);
  }
  return manifestOf(plan, built.outcomes, combined);
}

/** manifest.csv and manifest.json: one row per letter, made or failed and why (in --lang's language). */
function manifestOf(plan: Plan, outcomes: readonly LetterOutcome[], combinedWritten: string | null): Manifest {
  const { options } = plan;
  const m = messages(options.lang);
  const rows: ManifestRow[] = outcomes.map((outcome) => {
    const letter = plan.letters[outcome.index]!;
    const number = letter.numbering.number === null ? null : `${letter.numbering.number}/${plan.context.symbol}`;
    const base = { index: outcome.index + 1, code: letter.recipient.code, name: letter.recipient.name, number };
    const attachment = plan.followUp?.attachments.get(outcome.index)?.name ?? null;
    if (outcome.ok)
      return {
        ...base,
        file: plan.combined ?? plan.fileNames[outcome.index]!,
        attachment,
        status: "ok",
        error: null,
        missing: [],
      };
    const { code, params, missing } = outcome.problem;
    return {
      ...base,
      file: null,
      attachment: null,
      status: "failed",
      error: m.errors[code]?.(params) ?? code,
      missing,
    };
  });
  const ok = rows.filter((row) => row.status === "ok").length;
  return {
    template: options.template,
    period: plan.facts?.period ?? null,
    date: plan.issued,
    dir: plan.show(plan.dir),
    combined: combinedWritten,
    draft: options.draft,
    dryRun: options.dryRun,
    total: rows.length,
    ok,
    failed: rows.length - ok,
    letters: rows,
  };
}

/** The batch's issuer: documents.report's, or the one the template's front matter names (see letterIssuer). */
function batchIssuer(
  workspace: Workspace,
  compiled: CompiledTemplate | null,
  facts: PeriodFacts | null,
  recipients: readonly Recipient[],
  batch: BatchNumbering,
): LetterIssuer {
  const { config } = workspace;
  const fallback = letterIssuer(config, {});
  let front: Record<string, unknown> = {};
  const first = recipients[0];
  if (compiled !== null && first !== undefined && fallback !== null) {
    try {
      front = compiled.render(
        letterData(batchContext(workspace, fallback, facts, recipients.length), first, 0, letterNumbering(batch, 0)),
      ).front;
    } catch {
      // The first letter fails: it will say why when it is made; the default issuer stands.
    }
  }
  const issuer = letterIssuer(config, front);
  if (issuer === null) throw new UserError("document/no-issuer", { file: compiled?.file ?? "", kind: "report" });
  return issuer;
}
