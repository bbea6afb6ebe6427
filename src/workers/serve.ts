// The worker's side of pool.ts: takes its setup, then runs jobs as they come (several may be in flight),
// posting each result or failure with the job's id. Posts "ready" once the worker's module has loaded.
import { parentPort } from "node:worker_threads";
import type { Transferable } from "node:worker_threads";
import type { FromWorker, ToWorker } from "./protocol.js";

export interface Service<Setup, Job, Result> {
  /** One job, with the pool's setup. */
  run(job: Job, setup: Setup): Promise<Result> | Result;
  /** Buffers of a result to move to the main thread rather than copy. */
  transfer?(result: Result): Transferable[];
  /** Plain data that tells the main thread what went wrong (default: the error's message). */
  failure?(error: unknown): unknown;
}

/** Serves the pool from this worker thread (throws on the main thread: a worker module only runs as a worker). */
export function serveJobs<Setup, Job, Result>(service: Service<Setup, Job, Result>): void {
  const port = parentPort;
  if (port === null) throw new Error("a worker module runs only as a worker thread");
  const post = (message: FromWorker<Result>, transfer?: Transferable[]) => port.postMessage(message, transfer);
  const failure = (error: unknown): unknown =>
    service.failure !== undefined
      ? service.failure(error)
      : { message: error instanceof Error ? error.message : String(error) };
  let setup: { value: Setup } | null = null;

  port.on("message", (message: ToWorker<Setup, Job>) => {
    if (message.kind === "setup") {
      setup = { value: message.setup };
      return;
    }
    const { id, job } = message;
    if (setup === null) {
      post({ kind: "failed", id, failure: failure(new Error("no setup before the first job")) });
      return;
    }
    const given = setup.value;
    new Promise<Result>((resolve) => resolve(service.run(job, given))).then(
      (result) => post({ kind: "done", id, result }, service.transfer?.(result)),
      (error: unknown) => post({ kind: "failed", id, failure: failure(error) }),
    );
  });
  post({ kind: "ready" });
}
