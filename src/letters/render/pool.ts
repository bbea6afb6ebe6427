// Making letters on every core. Building a .docx is synchronous JavaScript (the docx object tree, its
// XML, the zip; or, from a Word template, the patched parts and the zip), so letters in flight on one
// thread only take turns; worker threads (src/workers) make a 2-core machine make two letters at once.
// Used where they repay their start (renderWorkers): letters from a Word template that could not be compiled
// from POOL_THRESHOLD letters up; built-in letters and compiled templates only when BAOCAO_WORKERS asks. Smaller batches, BAOCAO_WORKERS=1, and runs
// from the TypeScript sources (tests), where the compiled worker file does not exist, lay out in the main
// thread.
import { availableParallelism } from "node:os";
import type { AdminDocument } from "../../documents/model.js";
import type { FillOptions, WordData } from "../../documents/word-template/index.js";
import { MissingFieldsError } from "../../documents/word-template/errors.js";
import { UserError } from "../../errors.js";
import { workerCount } from "../../workers/count.js";
import { createWorkerPool, WorkerJobError } from "../../workers/pool.js";
import { isRunnableWorker } from "../../workers/runnable.js";
import type { RenderFailure, RenderRequest, RenderWorkerData } from "./protocol.js";

/** Fewer letters than this are laid out in the main thread. */
export const POOL_THRESHOLD = 40;
/** Workers by default (BAOCAO_WORKERS may set more, up to its cap): more gained little on letters. */
const DEFAULT_WORKERS = 4;
/**
 * Letters a worker holds at once: while the main thread writes files it cannot hand a worker its next
 * letter, so each keeps a few queued (the letters command keeps 4 per worker in flight).
 */
const LETTERS_PER_WORKER = 4;

export const WORKER_URL = new URL("./worker.js", import.meta.url);

export interface RenderPool {
  readonly size: number;
  render(document: AdminDocument): Promise<Buffer>;
  /** A letter from the batch's Word template (given to createRenderPool). */
  fill(data: WordData, options?: FillOptions): Promise<Buffer>;
  close(): Promise<void>;
}

/** The error in-process making would have thrown, from a worker's account of it. */
function errorOf(failure: RenderFailure): Error {
  if (failure.kind === "missing-fields") return new MissingFieldsError(failure.file, failure.fields);
  if (failure.kind === "user") return new UserError(failure.code, failure.params);
  return new Error(failure.message);
}

/** How many render workers for `letters` letters: BAOCAO_WORKERS (capped), else up to 4, at most one per core. */
export function renderPoolSize(env: NodeJS.ProcessEnv = process.env, cores: number = availableParallelism()): number {
  return workerCount(env, cores) ?? Math.min(DEFAULT_WORKERS, cores);
}

/**
 * How many render workers a batch of `letters` gets: 0 for the main thread alone.
 *
 * Built-in (layout) letters use workers only when BAOCAO_WORKERS asks for them. A batch's letters share
 * their frame and most of their XML (documents/layout/package.ts), so a letter takes about a millisecond
 * of the main thread, about as much as writing its files; a worker's start (loading docx, compiling it
 * again, making its own frames) then cost more than it saved. Measured on 2 cores (issue 16): 1,000
 * letters 2.4 CPU-s and 2.2–2.8 s wall in the main thread, 2.8–3.1 CPU-s and 2.6–3.7 s with 2 workers;
 * 4,000 letters 5.9 CPU-s / 9.0 s alone, 7.1 CPU-s / 10.0 s with 2 workers. A Word template compiled into
 * pieces (word-template/compiled.ts) is as cheap a letter ("layout" here too: 1,000 letters 1.4–1.8 CPU-s alone,
 * 1.7–2.2 with 2 workers at about the same wall); one filled by patchDocument (~3 ms a letter) keeps the
 * workers from POOL_THRESHOLD letters.
 */
export function renderWorkers(
  letters: number,
  kind: "layout" | "word",
  env: NodeJS.ProcessEnv = process.env,
  cores: number = availableParallelism(),
): number {
  const asked = workerCount(env, cores);
  if (kind === "layout" && asked === undefined) return 0;
  const size = asked ?? Math.min(DEFAULT_WORKERS, cores);
  return letters < POOL_THRESHOLD || size < 2 ? 0 : size;
}

/** A pool for `letters` letters (from `word`, a Word template, when given), or null when the main thread should do the work. */
export function createRenderPool(
  letters: number,
  word?: RenderWorkerData["word"],
  env: NodeJS.ProcessEnv = process.env,
  cheap: boolean = word === undefined,
): RenderPool | null {
  const size = renderWorkers(letters, cheap ? "layout" : "word", env);
  if (size === 0 || !isRunnableWorker(WORKER_URL)) return null;
  const pool = createWorkerPool<RenderWorkerData, RenderRequest, Uint8Array>({
    url: WORKER_URL,
    size,
    setup: { word },
    jobsPerWorker: LETTERS_PER_WORKER,
  });
  const send = async (request: RenderRequest): Promise<Buffer> => {
    try {
      const bytes = await pool.run(request);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (error) {
      throw error instanceof WorkerJobError ? errorOf(error.failure as RenderFailure) : error;
    }
  };
  return {
    size,
    render: (document) => send({ document }),
    fill: (data, options = {}) => send({ fill: { data, options } }),
    close: () => pool.close(),
  };
}
