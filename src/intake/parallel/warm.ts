// Starting the validation workers early. A worker spends a few hundred ms loading the validation code
// before it can take a file; so does the main thread, then it reads baocao.yaml. Started at the very
// beginning of `validate` or `ingest` (when the inputs are many and large enough for the pool), the
// workers load on the core the main thread leaves idle, and are ready when the files are. They get their
// setup by message when the pool adopts them. Until then they are unref'd: a command that fails before
// validating (a bad baocao.yaml) exits as if they were not there. Light module: no validation code here.
import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

export const WORKER_URL = new URL("./worker.js", import.meta.url);

/** Below this many bytes of .xlsx in all, starting workers costs more than it saves (measured on 2 cores). */
export const POOL_MIN_BYTES = 2 * 1024 * 1024;

/** min(cores, files), at least 1. */
export function poolSize(files: number, cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(Math.floor(cores), files));
}

/**
 * How many worker threads validate files: `BAOCAO_WORKERS` when it is a whole number ≥ 1 (1 validates
 * in-process), otherwise undefined (the pool's default: one per core).
 */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = Number(env.BAOCAO_WORKERS);
  return Number.isInteger(value) && value >= 1 ? value : undefined;
}

/** Whether `url` is a worker module Node can start as it is: a .js file that exists. */
export function isRunnableWorker(url: URL): boolean {
  if (url.protocol !== "file:" || !/\.(c|m)?js$/.test(url.pathname)) return false;
  try {
    return existsSync(fileURLToPath(url));
  } catch {
    return false;
  }
}

export interface WarmWorker {
  readonly worker: Worker;
  /** The worker has posted "ready" (its code is loaded). */
  ready: boolean;
}

const warm: WarmWorker[] = [];

/** Starts the pool's workers now, for files of these sizes (nothing when the pool would not be used). */
export function startWorkersEarly(sizes: readonly number[], env: NodeJS.ProcessEnv = process.env): void {
  const bytes = sizes.reduce((sum, size) => sum + size, 0);
  const count = poolSize(sizes.length, workerCount(env) ?? availableParallelism());
  if (count <= 1 || bytes < POOL_MIN_BYTES || warm.length > 0 || !isRunnableWorker(WORKER_URL)) return;
  for (let n = 0; n < count; n++) {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_URL);
    } catch {
      return;
    }
    const entry: WarmWorker = { worker, ready: false };
    const onReady = (message: { type?: string }) => {
      if (message?.type !== "ready") return;
      entry.ready = true;
      worker.off("message", onReady);
    };
    const gone = () => {
      const index = warm.indexOf(entry);
      if (index !== -1) warm.splice(index, 1);
    };
    worker.on("message", onReady);
    worker.on("error", gone);
    worker.on("exit", gone);
    worker.unref();
    warm.push(entry);
  }
}

/** A started worker for the pool (ref'd again: it now has work), or undefined. */
export function takeWarmWorker(): WarmWorker | undefined {
  const entry = warm.shift();
  entry?.worker.ref();
  return entry;
}

/** How many started workers wait for the pool. */
export function waitingWorkers(): number {
  return warm.length;
}

/** Stops the started workers the pool did not take. */
export function releaseWarmWorkers(): void {
  for (const entry of warm.splice(0)) void entry.worker.terminate();
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
