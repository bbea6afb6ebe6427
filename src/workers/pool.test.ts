import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it, onTestFinished } from "vitest";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { releaseEarlyWorkers, startEarlyWorkers, waitingEarlyWorkers } from "./early.js";
import { createWorkerPool, NoWorkerError, WorkerJobError, WorkerLostError } from "./pool.js";
import type { WorkerPool } from "./pool.js";

const DIST_SERVE = new URL("../../dist/workers/serve.js", import.meta.url);

/**
 * A stand-in worker speaking the pool's protocol (workers run .js only, not the TypeScript sources).
 * A job { n, wait } answers { value: n × setup.factor, thread, held } after `wait` ms, where `held` is the
 * most jobs it held at once; n = -1 crashes the worker, n = -2 fails the job.
 */
function fakeWorker(body?: string): URL {
  const file = join(tempDir(), "worker.mjs");
  writeFileSync(
    file,
    body ??
      `import { parentPort, threadId } from "node:worker_threads";
let setup = null, held = 0, most = 0;
parentPort.on("message", (message) => {
  if (message.kind === "setup") { setup = message.setup; return; }
  const { id, job } = message;
  if (job.n === -1) throw new Error("worker crashed");
  if (job.n === -2) { parentPort.postMessage({ kind: "failed", id, failure: { message: "broken", n: job.n } }); return; }
  held += 1; most = Math.max(most, held);
  setTimeout(() => {
    held -= 1;
    parentPort.postMessage({ kind: "done", id, result: { value: job.n * setup.factor, thread: threadId, held: most } });
  }, job.wait ?? 0);
});
parentPort.postMessage({ kind: "ready" });
`,
  );
  return pathToFileURL(file);
}

interface Job {
  readonly n: number;
  readonly wait?: number;
}
interface Result {
  readonly value: number;
  readonly thread: number;
  readonly held: number;
}

function pool(url: URL, size: number, jobsPerWorker?: number): WorkerPool<Job, Result> {
  const created = createWorkerPool<{ factor: number }, Job, Result>({
    url,
    size,
    setup: { factor: 10 },
    ...(jobsPerWorker === undefined ? {} : { jobsPerWorker }),
  });
  onTestFinished(() => created.close());
  return created;
}

describe("createWorkerPool", () => {
  it("runs the jobs on its workers, each given the setup, and settles each job with its own result", async () => {
    const workers = pool(fakeWorker(), 2);
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => workers.run({ n, wait: 20 })));
    expect(results.map((result) => result.value)).toEqual([10, 20, 30, 40, 50, 60]);
    expect(new Set(results.map((result) => result.thread)).size).toBe(2);
    // One job at a time by default.
    expect(Math.max(...results.map((result) => result.held))).toBe(1);
  });

  it("gives a worker at most jobsPerWorker jobs at once", async () => {
    const workers = pool(fakeWorker(), 1, 3);
    const results = await Promise.all(Array.from({ length: 10 }, (_, n) => workers.run({ n, wait: 10 })));
    expect(results.map((result) => result.value)).toEqual(Array.from({ length: 10 }, (_, n) => n * 10));
    expect(Math.max(...results.map((result) => result.held))).toBe(3);
  });

  it("fails the job of a worker that dies with WorkerLostError, and replaces the worker for the others", async () => {
    const workers = pool(fakeWorker(), 1);
    const settled = await Promise.allSettled([{ n: 1 }, { n: -1 }, { n: 3 }, { n: 4 }].map((job) => workers.run(job)));
    expect(settled.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected", "fulfilled", "fulfilled"]);
    expect((settled[1] as PromiseRejectedResult).reason).toBeInstanceOf(WorkerLostError);
    const threads = settled.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value.thread] : []));
    expect(threads[0]).not.toBe(threads[1]);
  });

  it("passes a job's failure back as WorkerJobError with the worker's account of it", async () => {
    const workers = pool(fakeWorker(), 1);
    const error = await workers.run({ n: -2 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkerJobError);
    expect((error as WorkerJobError).failure).toEqual({ message: "broken", n: -2 });
    expect((error as WorkerJobError).message).toBe("broken");
    expect((await workers.run({ n: 5 })).value).toBe(50);
  });

  it("fails every job with NoWorkerError when no worker can start (the caller works in its own thread)", async () => {
    const workers = pool(fakeWorker(`throw new Error("cannot load");\n`), 2);
    const settled = await Promise.allSettled([workers.run({ n: 1 }), workers.run({ n: 2 })]);
    expect(settled.map((outcome) => (outcome as PromiseRejectedResult).reason)).toEqual([
      expect.any(NoWorkerError),
      expect.any(NoWorkerError),
    ]);
    await expect(workers.run({ n: 3 })).rejects.toBeInstanceOf(NoWorkerError);
  });

  it("fails the jobs still waiting when it is closed, and takes no more", async () => {
    const workers = pool(fakeWorker(), 1);
    const outcomes = Promise.allSettled([workers.run({ n: 1, wait: 50 }), workers.run({ n: 2 })]);
    await workers.close();
    expect((await outcomes).map((outcome) => (outcome as PromiseRejectedResult).reason)).toEqual([
      expect.any(NoWorkerError),
      expect.any(NoWorkerError),
    ]);
    await expect(workers.run({ n: 3 })).rejects.toBeInstanceOf(NoWorkerError);
  });

  it("adopts workers started early for the same module, and gives them their setup by message", async () => {
    const url = fakeWorker();
    onTestFinished(releaseEarlyWorkers);
    startEarlyWorkers(url, 2);
    startEarlyWorkers(fakeWorker(), 1);
    expect(waitingEarlyWorkers()).toBe(3);
    // Let them load first: both the "ready before adoption" path and (the third, not adopted) waiting.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const workers = pool(url, 2);
    expect(waitingEarlyWorkers()).toBe(1);
    const results = await Promise.all([1, 2, 3, 4].map((n) => workers.run({ n, wait: 10 })));
    expect(results.map((result) => result.value)).toEqual([10, 20, 30, 40]);
    releaseEarlyWorkers();
    expect(waitingEarlyWorkers()).toBe(0);
  });

  it.skipIf(!existsSync(DIST_SERVE))(
    "serves jobs with serveJobs (dist/): results, moved buffers and failures",
    async () => {
      const file = join(tempDir(), "served.mjs");
      writeFileSync(
        file,
        `import { serveJobs } from ${JSON.stringify(DIST_SERVE.href)};
serveJobs({
  run(job, setup) {
    if (job.n < 0) throw new RangeError("negative " + job.n);
    return new Uint8Array(job.n).fill(setup.fill);
  },
  transfer: (bytes) => [bytes.buffer],
});
`,
      );
      const workers = createWorkerPool<{ fill: number }, { n: number }, Uint8Array>({
        url: pathToFileURL(file),
        size: 2,
        setup: { fill: 7 },
        jobsPerWorker: 4,
      });
      onTestFinished(() => workers.close());
      const results = await Promise.all([3, 1, 4].map((n) => workers.run({ n })));
      expect(results.map((bytes) => [...bytes])).toEqual([[7, 7, 7], [7], [7, 7, 7, 7]]);
      const error = await workers.run({ n: -1 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(WorkerJobError);
      expect((error as WorkerJobError).failure).toEqual({ message: "negative -1" });
    },
  );
});
