// Validating many files at once: a small pool of worker threads, one per core (at most one per file),
// each running the same validateBytes as in-process validation. Files are independent, so this is the
// only parallelism intake needs; everything after (majority period, ledger, aggregation) stays on the
// main thread. The results come back in the order of the input, whatever order the workers finish in.
//
// Falls back to validating in-process, one file after the other, when there is one file or one core,
// when the files are too few bytes to repay starting the workers (each worker loads the modules and
// warms up: a few hundred ms of CPU), when the
// worker module is TypeScript (tests run the sources, a worker thread cannot) or missing, or when no
// worker can start. A worker that fails or dies while validating a file turns that file into an
// unreadable `file/corrupt` report; the other files go on (a replacement worker is started).
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CheckContext } from "../checks/context.js";
import type { CellRef } from "../raw-submission.js";
import { unreadableFile, validateBytes } from "../validate-file.js";
import type { ValidatedFile, ValidateOptions } from "../validate-file.js";
import type { JobMessage, SetupMessage, WorkerMessage, WorkerSetup } from "./protocol.js";
import { isRunnableWorker, POOL_MIN_BYTES, poolSize, releaseWarmWorkers, takeWarmWorker, WORKER_URL } from "./warm.js";

export { isRunnableWorker, POOL_MIN_BYTES, poolSize, WORKER_URL } from "./warm.js";

export interface ValidateJob {
  /** The name used in the report (as validateBytes' `file`). */
  readonly file: string;
  readonly bytes: Buffer;
}

export interface PoolOptions extends ValidateOptions {
  /** Most worker threads (default: os.availableParallelism()). 1 validates in-process. */
  readonly workers?: number;
  /** The worker module; default worker.js beside this module (tests point it elsewhere). */
  readonly workerUrl?: URL;
  /** Fewer bytes than this in all files together are validated in-process (default POOL_MIN_BYTES). */
  readonly minBytes?: number;
}

/** validateBytes for every job, in parallel where that helps; results in the order of `jobs`. */
export async function validateFiles(jobs: readonly ValidateJob[], context: CheckContext, options: PoolOptions = {}): Promise<ValidatedFile[]> {
  const { workers, workerUrl, minBytes, ...validateOptions } = options;
  const size = poolSize(jobs.length, workers ?? availableParallelism());
  const url = workerUrl ?? WORKER_URL;
  const bytes = jobs.reduce((sum, job) => sum + job.bytes.length, 0);
  if (size <= 1 || bytes < (minBytes ?? POOL_MIN_BYTES) || !isRunnableWorker(url)) {
    releaseWarmWorkers();
    return validateInProcess(jobs, context, validateOptions);
  }
  try {
    return await runPool(jobs, size, url, { context, options: validateOptions });
  } finally {
    releaseWarmWorkers();
  }
}

async function validateOne(job: ValidateJob, context: CheckContext, options: ValidateOptions): Promise<ValidatedFile> {
  try {
    return await validateBytes(job.file, job.bytes, context, options);
  } catch {
    // validateBytes turns every problem of a file into a finding; an exception is still one file's problem.
    return unreadableFile(job.file, job.bytes, "file/corrupt");
  }
}

async function validateInProcess(jobs: readonly ValidateJob[], context: CheckContext, options: ValidateOptions): Promise<ValidatedFile[]> {
  const results: ValidatedFile[] = [];
  for (const job of jobs) results.push(await validateOne(job, context, options));
  return results;
}

function runPool(jobs: readonly ValidateJob[], size: number, url: URL, setup: WorkerSetup): Promise<ValidatedFile[]> {
  return new Promise((resolve) => {
    const results: ValidatedFile[] = new Array<ValidatedFile>(jobs.length);
    let next = 0;
    let settled = 0;
    let live = 0;
    let local = false;
    const strings = new Map<string, string>();

    const settle = (index: number, result: ValidatedFile) => {
      results[index] = result;
      settled += 1;
      if (settled === jobs.length) resolve(results);
    };
    const corrupt = (index: number) => unreadableFile(jobs[index]!.file, jobs[index]!.bytes, "file/corrupt");

    // No worker left and files still waiting: validate them here.
    const runLocally = () => {
      if (local) return;
      local = true;
      void (async () => {
        for (let index = next; index < jobs.length; index = next) {
          next = index + 1;
          settle(index, await validateOne(jobs[index]!, setup.context, setup.options));
        }
      })();
    };

    const spawn = () => {
      let worker: Worker;
      let ready = false;
      // A worker started early (warm.ts) is given its setup by message; messages keep their order.
      const early = url === WORKER_URL ? takeWarmWorker() : undefined;
      if (early !== undefined) {
        worker = early.worker;
        ready = early.ready;
        worker.postMessage({ setup } satisfies SetupMessage);
      } else {
        try {
          worker = new Worker(url, { workerData: setup });
        } catch {
          if (live === 0) runLocally();
          return;
        }
      }
      live += 1;
      let gone = false;
      let current: number | null = null;

      const dispatch = () => {
        if (next >= jobs.length || local) {
          current = null;
          void worker.terminate();
          return;
        }
        current = next++;
        const job = jobs[current]!;
        worker.postMessage({ index: current, file: job.file, bytes: job.bytes } satisfies JobMessage);
      };
      const lost = () => {
        if (gone) return;
        gone = true;
        live -= 1;
        if (current !== null) {
          const index = current;
          current = null;
          settle(index, corrupt(index));
        }
        if (next >= jobs.length) return;
        // A worker that had started died on a file: replace it. One that never started will not
        // start next time either; the others (or this thread) take its share.
        if (ready) spawn();
        else if (live === 0) runLocally();
      };
      worker.on("message", (message: WorkerMessage) => {
        if (gone) return;
        if (message.type === "ready") {
          ready = true;
          dispatch();
          return;
        }
        if (message.index !== current) return;
        current = null;
        settle(message.index, message.type === "done" ? shareStrings(message.result, strings) : corrupt(message.index));
        dispatch();
      });
      worker.on("error", lost);
      worker.on("exit", lost);
      if (ready) dispatch();
    };

    if (jobs.length === 0) resolve([]);
    else for (let n = 0; n < size; n++) spawn();
  });
}

/**
 * A result that crossed from a worker has its own copy of every string: each of the ~11 cell references
 * of each incident row would carry its own sheet name and column header (≈ 90 MB more for 100.000 rows).
 * Point them back at one copy each, as in-process validation has them. Mutates the fresh clone only.
 */
function shareStrings(result: ValidatedFile, strings: Map<string, string>): ValidatedFile {
  const share = (text: string | null): string | null => {
    if (text === null) return null;
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
  const fix = (ref: CellRef | null | undefined) => {
    if (ref === null || ref === undefined) return;
    const mutable = ref as { sheet: string; column: string | null };
    mutable.sheet = share(ref.sheet)!;
    mutable.column = share(ref.column);
  };
  fix(result.periodRef);
  const { submission } = result;
  if (submission === null) return result;
  fix(submission.periodRef);
  for (const indicator of submission.indicators) {
    fix(indicator.currentRef);
    fix(indicator.previousRef);
  }
  for (const incident of submission.incidents) (incident as { sheet: string }).sheet = share(incident.sheet)!;
  for (const section of submission.assessment) fix(section.ref);
  return result;
}
