// Starting the validation workers early (src/workers/early.ts): at the very beginning of `validate` or
// `ingest`, when the inputs are many and large enough for the pool, so that the workers load the
// validation code while the main thread loads the command and reads baocao.yaml. Light module: no
// validation code here.
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { ResourceLimits } from "node:worker_threads";
import { isRunnableWorker } from "../../workers/runnable.js";
import { releaseEarlyWorkers, startEarlyWorkers, waitingEarlyWorkers } from "../../workers/early.js";
import { workerCount } from "../../workers/count.js";

export { isRunnableWorker } from "../../workers/runnable.js";
export { workerCount } from "../../workers/count.js";

export const WORKER_URL = new URL("./worker.js", import.meta.url);

/**
 * The validation workers' young generation (MB): Node's default (48 MB) lets each worker's heap fill with a few
 * files' garbage; smaller, it is collected more often, for a few per cent more CPU and ~30 MB less peak memory
 * of `ingest` at 100,000 rows (two workers).
 */
export const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 48 };

/** Below this many bytes of .xlsx in all, starting workers costs more than it saves (measured on 2 cores). */
export const POOL_MIN_BYTES = 2 * 1024 * 1024;

/** min(cores, files), at least 1. */
export function poolSize(files: number, cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(Math.floor(cores), files));
}

/**
 * How many threads validate when BAOCAO_WORKERS does not say: one core fewer than the machine has, the main
 * thread included (2 cores: the main thread alone). Why: V8 compiles the hot code and collects garbage on
 * threads of its own, about a core's worth beside a busy main thread; a worker validates on that core and
 * brings a second heap and a second compilation of the same code. Measured on 2 cores, 300 forms of 1,000
 * rows: 2.0 s wall and 3.7 CPU-s with a worker, 2.1 s and 2.8 CPU-s without.
 */
export function defaultThreads(cores: number = availableParallelism()): number {
  return Math.max(1, Math.floor(cores) - 1);
}

/**
 * Starts the pool's workers now, for files of these sizes (nothing when the pool would not be used): one
 * fewer than the threads validating, the main thread being one of them (index.ts).
 */
export function startWorkersEarly(sizes: readonly number[], env: NodeJS.ProcessEnv = process.env): void {
  const bytes = sizes.reduce((sum, size) => sum + size, 0);
  const threads = poolSize(sizes.length, workerCount(env) ?? defaultThreads());
  if (threads <= 1 || bytes < POOL_MIN_BYTES || waitingEarlyWorkers() > 0 || !isRunnableWorker(WORKER_URL)) return;
  startEarlyWorkers(WORKER_URL, threads - 1, WORKER_LIMITS);
}

/** How many started workers wait for the pool. */
export function waitingWorkers(): number {
  return waitingEarlyWorkers();
}

/** Stops the started workers the pool did not take. */
export function releaseWarmWorkers(): void {
  releaseEarlyWorkers();
}

/** Sizes of the files, 0 for one that cannot be read (its error comes later, from the command). */
export function fileSizes(paths: readonly string[]): number[] {
  return paths.map((path) => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  });
}
