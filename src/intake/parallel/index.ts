// Validating many files at once: the main thread and worker threads (src/workers; one thread per core in
// all, at most one per file), each running the same validateBytes as in-process validation. Files are independent, so this is the
// only parallelism intake needs; everything after (majority period, ledger, aggregation) stays on the
// main thread. The results come back in the order of the input, whatever order the workers finish in.
//
// Validates in-process, one file after the other, when there is one file or one core, when the files are
// too few bytes to repay starting the workers (each worker loads the modules and warms up: a few hundred
// ms of CPU), when the worker module is TypeScript (tests run the sources, a worker thread cannot) or
// missing, or when no worker can start (then the files no worker took). A worker that fails or dies while
// validating a file turns that file into an unreadable `file/corrupt` report; the other files go on (the
// pool starts a replacement worker).
import { createWorkerPool, NoWorkerError } from "../../workers/pool.js";
import type { CheckContext } from "../checks/context.js";
import type { CellRef } from "../raw-submission.js";
import { unreadableFile, validateBytes } from "../validate-file.js";
import type { RecordedValues, ValidatedFile, ValidateOptions } from "../validate-file.js";
import type { FileJob, FileResult, WorkerSetup } from "./protocol.js";
import {
  defaultThreads,
  isRunnableWorker,
  POOL_MIN_BYTES,
  poolSize,
  releaseWarmWorkers,
  WORKER_LIMITS,
  WORKER_URL,
} from "./warm.js";

export { defaultThreads, isRunnableWorker, POOL_MIN_BYTES, poolSize, WORKER_URL } from "./warm.js";

export interface ValidateJob {
  /** The name used in the report (as validateBytes' `file`). */
  readonly file: string;
  readonly bytes: Buffer;
}

/** The file whose recorded values are set aside: its SHA-256 (as in its report) and the bytes validated. */
export interface SetAsideFile {
  readonly sha256: string;
  readonly bytes: Buffer;
}

export interface PoolOptions extends ValidateOptions {
  /**
   * Most threads validating, the main thread included (default: one fewer than the cores, warm.ts'
   * defaultThreads). 1 validates in-process.
   */
  readonly workers?: number;
  /**
   * The main thread validates files too, beside `workers - 1` worker threads (default true); false: `workers`
   * worker threads do all of them (tests of the workers themselves).
   */
  readonly inMainThread?: boolean;
  /** The worker module; default worker.js beside this module (tests point it elsewhere). */
  readonly workerUrl?: URL;
  /** Fewer bytes than this in all files together are validated in-process (default POOL_MIN_BYTES). */
  readonly minBytes?: number;
  /** Called as each file is done (in the order they finish), for a progress bar. */
  readonly onFileDone?: (done: number, total: number) => void;
  /**
   * Called with each file's recorded values (recordValues) as soon as the file is done: what it returns is
   * kept instead of the bytes (undefined: nothing kept). Ingest writes them, with the file's bytes, to the
   * store as they come (store/staging.ts) rather than holding them all.
   */
  readonly setAside?: (values: Uint8Array, file: SetAsideFile) => RecordedValues | undefined;
}

/** validateBytes for every job, in parallel where that helps; results in the order of `jobs`. */
export async function validateFiles(
  jobs: readonly ValidateJob[],
  context: CheckContext,
  options: PoolOptions = {},
): Promise<ValidatedFile[]> {
  const { workers, workerUrl, minBytes, onFileDone, setAside, inMainThread, ...validateOptions } = options;
  let done = 0;
  const tick = (result: ValidatedFile, job: ValidateJob): ValidatedFile => {
    onFileDone?.(++done, jobs.length);
    if (setAside !== undefined && result.values instanceof Uint8Array) {
      const { values: _recorded, ...rest } = result;
      const kept = setAside(result.values, { sha256: result.report.sha256, bytes: job.bytes });
      return kept === undefined ? rest : { ...rest, values: kept };
    }
    return result;
  };
  const size = poolSize(jobs.length, workers ?? defaultThreads());
  const url = workerUrl ?? WORKER_URL;
  const bytes = jobs.reduce((sum, job) => sum + job.bytes.length, 0);
  if (size <= 1 || bytes < (minBytes ?? POOL_MIN_BYTES) || !isRunnableWorker(url)) {
    releaseWarmWorkers();
    return validateInProcess(jobs, context, validateOptions, tick);
  }
  // The main thread validates files too, with one worker fewer (2 cores: itself and one worker, not two
  // workers and an idle main thread): why, each worker loads the validation code and warms it up again
  // (a few hundred ms of CPU), while the main thread has loaded it already and waits for results anyway.
  const helpers = inMainThread === false ? size : size - 1;
  // Workers started early for these files (warm.ts) are adopted by the pool. Two files in hand each, so
  // that a worker never waits for the main thread (busy with a file of its own) to hand it the next one.
  const pool = createWorkerPool<WorkerSetup, FileJob, FileResult>({
    url,
    size: helpers,
    setup: { context, options: validateOptions },
    resourceLimits: WORKER_LIMITS,
    jobsPerWorker: 2,
    oneAtATime: true,
  });
  const strings = new Map<string, string>();
  // The files validated here (the main thread's share, and those no worker can take), one after the other.
  let inThread: Promise<unknown> = Promise.resolve();
  const here = (job: ValidateJob): Promise<ValidatedFile> => {
    const result = inThread.then(() => validateOne(job, context, validateOptions));
    inThread = result;
    return result;
  };
  // Each lane takes the next file not yet taken: the workers' lanes as their worker has room, the main
  // thread's as it finishes one, so that the files are shared however fast each thread goes.
  const results: ValidatedFile[] = new Array<ValidatedFile>(jobs.length);
  let next = 0;
  const workerLane = async () => {
    for (let index = next++; index < jobs.length; index = next++) {
      const job = jobs[index]!;
      let result: ValidatedFile;
      try {
        result = shareStrings(await pool.run({ file: job.file, bytes: job.bytes }), strings);
      } catch (error) {
        result = error instanceof NoWorkerError ? await here(job) : unreadableFile(job.file, job.bytes, "file/corrupt");
      }
      results[index] = tick(result, job);
    }
  };
  const mainLane = async () => {
    for (let index = next++; index < jobs.length; index = next++) {
      // The workers' messages (a result, a worker ready for more) are taken in between two files.
      await new Promise((resolve) => setImmediate(resolve));
      results[index] = tick(await here(jobs[index]!), jobs[index]!);
    }
  };
  const lanes = Array.from({ length: pool.size * 2 }, workerLane);
  if (inMainThread !== false) lanes.push(mainLane());
  try {
    await Promise.all(lanes);
    return results;
  } finally {
    // Not awaited: the threads stop on their own while this one goes on with the reports.
    void pool.close();
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

async function validateInProcess(
  jobs: readonly ValidateJob[],
  context: CheckContext,
  options: ValidateOptions,
  tick: (result: ValidatedFile, job: ValidateJob) => ValidatedFile,
): Promise<ValidatedFile[]> {
  const results: ValidatedFile[] = [];
  for (const job of jobs) results.push(tick(await validateOne(job, context, options), job));
  return results;
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
