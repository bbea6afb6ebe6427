// How many worker threads baocao may start. `BAOCAO_WORKERS=N` sets the most (1 = none: everything in
// the main thread), but never more than WORKER_CAP: the work on the threads (validating a workbook,
// laying out a letter) is CPU-bound, so threads beyond the cores only take turns, and each costs memory
// of its own (its V8 heap, the loaded modules, the file in hand). Before the cap, `BAOCAO_WORKERS=1000`
// on 500 files started 500 threads and took 5.6 GB. Twice the cores still lets a core's second thread
// work while the first waits for its messages; 16 bounds the memory on a large server as well.
import { availableParallelism } from "node:os";

/** The most threads `BAOCAO_WORKERS` may ask for on a machine with `cores` cores: 2 × cores, at most 16. */
export function workerCap(cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(16, 2 * Math.floor(cores)));
}

/**
 * `BAOCAO_WORKERS` when it is a whole number ≥ 1 (1: no worker threads), capped at workerCap();
 * otherwise undefined (each pool's default).
 */
export function workerCount(
  env: NodeJS.ProcessEnv = process.env,
  cores: number = availableParallelism(),
): number | undefined {
  const value = Number(env.BAOCAO_WORKERS);
  return Number.isInteger(value) && value >= 1 ? Math.min(value, workerCap(cores)) : undefined;
}
