// Workers started before their pool exists. A worker spends a few hundred ms loading its code before it
// can take a job; so does the main thread before it knows the jobs (the command's code, baocao.yaml).
// Started at the very beginning, the workers load on the cores the main thread leaves idle and are ready
// when the jobs are; the pool adopts them (pool.ts) and gives them their setup by message. Until then they
// are unref'd: a command that fails before using them (a bad baocao.yaml) exits as if they were not there.
// Light module: node builtins only, so that starting workers early costs the main thread nothing to load.
import { Worker } from "node:worker_threads";
import type { ResourceLimits } from "node:worker_threads";
import type { FromWorker } from "./protocol.js";

export interface EarlyWorker {
  readonly url: string;
  readonly worker: Worker;
  /** The worker has posted "ready" (its code is loaded). */
  ready: boolean;
}

const waiting: EarlyWorker[] = [];

/** Starts `count` workers of the module at `url` now, for a pool to adopt later. */
export function startEarlyWorkers(url: URL, count: number, resourceLimits?: ResourceLimits): void {
  for (let n = 0; n < count; n++) {
    let worker: Worker;
    try {
      worker = new Worker(url, resourceLimits === undefined ? {} : { resourceLimits });
    } catch {
      return;
    }
    const entry: EarlyWorker = { url: url.href, worker, ready: false };
    const onReady = (message: FromWorker) => {
      if (message?.kind !== "ready") return;
      entry.ready = true;
      worker.off("message", onReady);
    };
    const gone = () => {
      const index = waiting.indexOf(entry);
      if (index !== -1) waiting.splice(index, 1);
    };
    worker.on("message", onReady);
    worker.on("error", gone);
    worker.on("exit", gone);
    worker.unref();
    waiting.push(entry);
  }
}

/** A started worker of the module at `url` for a pool (ref'd again: it now has work), or undefined. */
export function takeEarlyWorker(url: URL): EarlyWorker | undefined {
  const index = waiting.findIndex((entry) => entry.url === url.href);
  if (index === -1) return undefined;
  const [entry] = waiting.splice(index, 1);
  entry!.worker.ref();
  return entry;
}

/** How many started workers wait for a pool. */
export function waitingEarlyWorkers(): number {
  return waiting.length;
}

/** Stops the started workers no pool took. */
export function releaseEarlyWorkers(): void {
  for (const entry of waiting.splice(0)) void entry.worker.terminate();
}
