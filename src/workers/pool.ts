// baocao's one pool of worker threads, for the work that is CPU-bound and independent item by item:
// validating received workbooks (intake/parallel) and making letters (letters/render). The main thread
// sends each worker its setup once, then jobs; a job's promise settles with the worker's result.
//
// - Jobs go to workers that are ready (their code loaded), the least busy first, at most `jobsPerWorker`
//   at once each; the others wait here in order.
// - A worker that stops (a crash, out of memory) fails the jobs it held with WorkerLostError and, if it had
//   been working, is replaced; one that never became ready is not (the next would not start either).
// - When no worker is left or none can start, every waiting and later job fails with NoWorkerError: the
//   caller does that work in its own thread instead.
// - Workers started early for the same module (early.ts) are adopted before new ones are started.
//
// Ours rather than piscina 5 or tinypool 2 (both maintained, both Node 20): what baocao needs of a pool is
// the part they leave to the caller — workers started before the pool and its setup exist (so that they
// load while baocao.yaml is read; a maintained pool starts its own threads, which first load the pool's
// runner and then import the task module), a setup given once per worker (a validation context, a Word
// template) rather than with every job, and the in-thread fallback with the same results when no worker can
// run (tests from the TypeScript sources, a missing build). That is this file, in about 150 lines, with no
// dependency to pin.
import { Worker } from "node:worker_threads";
import type { ResourceLimits, Transferable } from "node:worker_threads";
import { takeEarlyWorker } from "./early.js";
import type { FromWorker, ToWorker } from "./protocol.js";

/** The worker stopped while it held this job. */
export class WorkerLostError extends Error {
  constructor(readonly exitCode: number | null) {
    super(exitCode === null ? "the worker thread failed" : `the worker thread stopped (exit code ${exitCode})`);
    this.name = "WorkerLostError";
  }
}

/** No worker is running, or none could start: do the job in this thread. */
export class NoWorkerError extends Error {
  constructor() {
    super("no worker thread is running");
    this.name = "NoWorkerError";
  }
}

/** The job failed in the worker; `failure` is what the worker's `failure` function made of the error. */
export class WorkerJobError extends Error {
  constructor(readonly failure: unknown) {
    super(
      typeof (failure as { message?: unknown } | null)?.message === "string"
        ? (failure as { message: string }).message
        : "the job failed in a worker thread",
    );
    this.name = "WorkerJobError";
  }
}

export interface WorkerPoolOptions<Setup> {
  /** The worker module (it calls serveJobs, serve.ts). */
  readonly url: URL;
  /** How many workers (the caller decides: cores, files, BAOCAO_WORKERS). */
  readonly size: number;
  /** Sent to every worker once, before its first job. */
  readonly setup: Setup;
  /**
   * Jobs a worker holds at once (default 1). One at a time, a crash loses one job only; a few keep a worker
   * busy while the main thread is busy too (writing files) and cannot hand it the next one.
   */
  readonly jobsPerWorker?: number;
  /** The V8 heap limits of each worker started (Worker's resourceLimits); default: Node's. */
  readonly resourceLimits?: ResourceLimits;
  /**
   * The worker module runs its jobs one after the other, in the order sent (default false: several may be
   * in flight). Then a worker that stops loses only the job it was running, its first; the others it held
   * go back to the front of the queue (with jobsPerWorker > 1, a crash on one file costs no other file).
   */
  readonly oneAtATime?: boolean;
}

export interface WorkerPool<Job, Result> {
  readonly size: number;
  /** The job's result from a worker; `transfer` lists buffers of the job to move rather than copy. */
  run(job: Job, transfer?: readonly Transferable[]): Promise<Result>;
  /** Stops the workers; jobs still waiting fail with NoWorkerError. */
  close(): Promise<void>;
}

interface Pending<Job, Result> {
  readonly id: number;
  readonly job: Job;
  readonly transfer: readonly Transferable[];
  readonly resolve: (result: Result) => void;
  readonly reject: (error: Error) => void;
}

interface Slot<Job, Result> {
  readonly worker: Worker;
  readonly held: Map<number, Pending<Job, Result>>;
  ready: boolean;
  alive: boolean;
}

export function createWorkerPool<Setup, Job, Result>(options: WorkerPoolOptions<Setup>): WorkerPool<Job, Result> {
  const { url, setup } = options;
  const size = Math.max(1, Math.floor(options.size));
  const perWorker = Math.max(1, options.jobsPerWorker ?? 1);
  const slots: Slot<Job, Result>[] = [];
  let queue: Pending<Job, Result>[] = [];
  let head = 0;
  let nextId = 0;
  let closed = false;
  let dead = false;

  const live = () => slots.filter((slot) => slot.alive).length;

  const failWaiting = () => {
    const waiting = queue.slice(head);
    queue = [];
    head = 0;
    for (const pending of waiting) pending.reject(new NoWorkerError());
  };

  const pump = () => {
    while (head < queue.length) {
      let best: Slot<Job, Result> | undefined;
      for (const slot of slots) {
        if (!slot.alive || !slot.ready || slot.held.size >= perWorker) continue;
        if (best === undefined || slot.held.size < best.held.size) best = slot;
      }
      if (best === undefined) break;
      const pending = queue[head++]!;
      best.held.set(pending.id, pending);
      best.worker.postMessage(
        { kind: "job", id: pending.id, job: pending.job } satisfies ToWorker<Setup, Job>,
        pending.transfer,
      );
    }
    if (head === queue.length) {
      queue = [];
      head = 0;
    }
  };

  const spawn = () => {
    let worker: Worker;
    let ready = false;
    const early = takeEarlyWorker(url);
    if (early !== undefined) {
      worker = early.worker;
      ready = early.ready;
    } else {
      try {
        worker = new Worker(
          url,
          options.resourceLimits === undefined ? {} : { resourceLimits: options.resourceLimits },
        );
      } catch {
        if (live() === 0) {
          dead = true;
          failWaiting();
        }
        return;
      }
    }
    // Messages keep their order: the setup arrives before any job.
    worker.postMessage({ kind: "setup", setup } satisfies ToWorker<Setup, Job>);
    const slot: Slot<Job, Result> = { worker, held: new Map(), ready, alive: true };
    slots.push(slot);

    const lost = (exitCode: number | null) => {
      if (!slot.alive) return;
      slot.alive = false;
      slots.splice(slots.indexOf(slot), 1);
      const held = [...slot.held.values()];
      slot.held.clear();
      // Held in the order sent (a Map keeps insertion order): with oneAtATime, only the first had started.
      const started = options.oneAtATime === true ? held.splice(0, 1) : held.splice(0);
      for (const pending of started) pending.reject(new WorkerLostError(exitCode));
      if (closed) {
        for (const pending of held) pending.reject(new NoWorkerError());
        return;
      }
      queue.splice(head, 0, ...held);
      if (slot.ready) spawn();
      else if (live() === 0) {
        dead = true;
        failWaiting();
      }
      pump();
    };
    worker.on("message", (message: FromWorker<Result>) => {
      if (!slot.alive) return;
      if (message.kind === "ready") {
        slot.ready = true;
        pump();
        return;
      }
      const pending = slot.held.get(message.id);
      if (pending === undefined) return;
      slot.held.delete(message.id);
      if (message.kind === "done") pending.resolve(message.result);
      else pending.reject(new WorkerJobError(message.failure));
      pump();
    });
    // Lost at "exit", which comes after "error" and after the messages the worker posted before it stopped
    // (at "error", a result already posted may not have arrived yet: its job would count as lost).
    let failed = false;
    worker.on("error", () => (failed = true));
    worker.on("exit", (code) => lost(failed ? null : code));
  };

  for (let n = 0; n < size; n++) spawn();

  return {
    size,
    run(job, transfer = []) {
      if (closed || dead) return Promise.reject(new NoWorkerError());
      return new Promise<Result>((resolve, reject) => {
        queue.push({ id: nextId++, job, transfer, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      failWaiting();
      const workers = slots.splice(0).map((slot) => {
        slot.alive = false;
        for (const pending of slot.held.values()) pending.reject(new NoWorkerError());
        slot.held.clear();
        return slot.worker;
      });
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
