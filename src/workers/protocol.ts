// The messages between a pool (pool.ts) and its workers (serve.ts). Everything is plain data
// (structured clone), except what a job or a result lists to be transferred.

/** main → worker, first of all: what every job of this pool needs (a validation context, a template). */
export interface SetupMessage<Setup = unknown> {
  readonly kind: "setup";
  readonly setup: Setup;
}

/** main → worker: one job. */
export interface JobMessage<Job = unknown> {
  readonly kind: "job";
  readonly id: number;
  readonly job: Job;
}

export type ToWorker<Setup = unknown, Job = unknown> = SetupMessage<Setup> | JobMessage<Job>;

/** worker → main: "ready" once its modules are loaded; then one "done" or "failed" per job. */
export type FromWorker<Result = unknown> =
  | { readonly kind: "ready" }
  | { readonly kind: "done"; readonly id: number; readonly result: Result }
  /** `failure` is plain data describing the error (serve.ts' `failure`), for the pool's caller to turn back into one. */
  | { readonly kind: "failed"; readonly id: number; readonly failure: unknown };
