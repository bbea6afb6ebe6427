import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it, onTestFinished } from "vitest";
import { context, SAMPLE_DIR } from "../../../test/helpers/sample.js";
import { tempDir } from "../../../test/helpers/temp-dir.js";
import { validateBytes } from "../validate-file.js";
import type { ValidatedFile } from "../validate-file.js";
import { defaultThreads, isRunnableWorker, poolSize, validateFiles, WORKER_URL } from "./index.js";
import type { ValidateJob } from "./index.js";

const INBOX = join(SAMPLE_DIR, "inbox");
const DIST_POOL = new URL("../../../dist/intake/parallel/index.js", import.meta.url);

/** The sample inbox (22 forms, 4 with planted problems), an empty file and a file that is no .xlsx. */
function sampleJobs(): ValidateJob[] {
  const jobs = readdirSync(INBOX)
    .filter((name) => name.endsWith(".xlsx"))
    .sort()
    .map((name) => ({ file: `inbox/${name}`, bytes: readFileSync(join(INBOX, name)) }));
  jobs.splice(3, 0, { file: "inbox/empty.xlsx", bytes: Buffer.alloc(0) });
  jobs.splice(7, 0, { file: "inbox/notes.xlsx", bytes: Buffer.from("not a workbook") });
  return jobs;
}

async function inProcess(jobs: readonly ValidateJob[]): Promise<ValidatedFile[]> {
  const results: ValidatedFile[] = [];
  for (const job of jobs) results.push(await validateBytes(job.file, job.bytes, context));
  return results;
}

/** A stand-in worker module: it says ready, crashes on "boom" files, reports "fail" files as failed. */
function fakeWorker(dir: string, body?: string): URL {
  const file = join(dir, "fake-worker.mjs");
  writeFileSync(
    file,
    body ??
      `import { parentPort } from "node:worker_threads";
parentPort.on("message", (message) => {
  if (message.kind !== "job") return;
  const { id, job } = message;
  if (job.file.includes("boom")) throw new Error("worker crashed");
  if (job.file.includes("fail")) { parentPort.postMessage({ kind: "failed", id, failure: { message: "broken" } }); return; }
  parentPort.postMessage({ kind: "done", id, result: { report: { file: job.file, sha256: "x", size: job.bytes.length, unit: null, period: null, status: "accepted", findings: [], omitted: 0 }, submission: null } });
});
parentPort.postMessage({ kind: "ready" });
`,
  );
  return pathToFileURL(file);
}

describe("defaultThreads", () => {
  it("is one fewer than the cores, at least 1 (V8's own threads take about a core beside the main thread)", () => {
    expect(defaultThreads(2)).toBe(1);
    expect(defaultThreads(1)).toBe(1);
    expect(defaultThreads(4)).toBe(3);
    expect(defaultThreads(16)).toBe(15);
  });
});

describe("poolSize", () => {
  it("is min(cores, files), at least 1", () => {
    expect(poolSize(100, 2)).toBe(2);
    expect(poolSize(1, 8)).toBe(1);
    expect(poolSize(3, 8)).toBe(3);
    expect(poolSize(0, 8)).toBe(1);
    expect(poolSize(10, 1)).toBe(1);
  });
});

describe("validateFiles", () => {
  it("falls back to in-process validation from the TypeScript sources, with the same results in the same order", async () => {
    // From src/ the worker is worker.ts: worker.js beside it does not exist, and a .ts one cannot run.
    expect(WORKER_URL.pathname).toMatch(/\/src\/intake\/parallel\/worker\.js$/);
    expect(isRunnableWorker(WORKER_URL)).toBe(false);
    expect(isRunnableWorker(new URL("./worker.ts", WORKER_URL))).toBe(false);
    const jobs = sampleJobs();
    const results = await validateFiles(jobs, context, { workers: 4, minBytes: 0 });
    expect(results).toEqual(await inProcess(jobs));
    expect(results.map((r) => r.report.file)).toEqual(jobs.map((j) => j.file));
  });

  it("sets each file's recorded values aside as it is done (setAside), keeping what it returns", async () => {
    const jobs = sampleJobs().slice(0, 3);
    const asideBytes: Uint8Array[] = [];
    const results = await validateFiles(jobs, context, {
      workers: 1,
      keepSubmission: false,
      recordValues: true,
      setAside: (values) => {
        asideBytes.push(values);
        return () => values;
      },
    });
    const expected = await validateBytes(jobs[0]!.file, jobs[0]!.bytes, context, { recordValues: true });
    expect(asideBytes).toHaveLength(3);
    expect(typeof results[0]!.values).toBe("function");
    expect((results[0]!.values as () => Uint8Array)()).toEqual(expected.values);
  });

  it("starts its workers with Node's young generation, as the main thread's (WORKER_LIMITS: a smaller one doubled the collector's work)", async () => {
    const body = `import { parentPort, resourceLimits } from "node:worker_threads";
parentPort.on("message", (message) => {
  if (message.kind !== "job") return;
  const file = String(resourceLimits.maxYoungGenerationSizeMb);
  parentPort.postMessage({ kind: "done", id: message.id, result: { report: { file, sha256: "x", size: 0, unit: null, period: null, status: "accepted", findings: [], omitted: 0 }, submission: null } });
});
parentPort.postMessage({ kind: "ready" });
`;
    const jobs = sampleJobs().slice(0, 2);
    const results = await validateFiles(jobs, context, {
      workers: 2,
      minBytes: 0,
      workerUrl: fakeWorker(tempDir(), body),
      inMainThread: false,
    });
    expect(results.map((result) => result.report.file)).toEqual(["48", "48"]);
  });

  it("validates in-process when a worker cannot start", async () => {
    const dir = tempDir();
    const jobs = sampleJobs().slice(0, 5);
    const expected = await inProcess(jobs);
    // A missing module is not even tried; one that throws while loading is tried, then given up.
    expect(isRunnableWorker(pathToFileURL(join(dir, "missing.js")))).toBe(false);
    expect(
      await validateFiles(jobs, context, {
        workers: 2,
        minBytes: 0,
        workerUrl: pathToFileURL(join(dir, "missing.js")),
      }),
    ).toEqual(expected);
    const throwing = fakeWorker(dir, `throw new Error("cannot load");\n`);
    expect(await validateFiles(jobs, context, { workers: 2, minBytes: 0, workerUrl: throwing })).toEqual(expected);
  });

  it("turns a worker that fails or dies on a file into a file/corrupt report and goes on with the others", async () => {
    const dir = tempDir();
    const names = ["a.xlsx", "boom-1.xlsx", "b.xlsx", "fail.xlsx", "c.xlsx", "boom-2.xlsx", "d.xlsx", "e.xlsx"];
    const jobs = names.map((file) => ({ file, bytes: Buffer.from(file) }));
    const results = await validateFiles(jobs, context, {
      workers: 2,
      minBytes: 0,
      workerUrl: fakeWorker(dir),
      inMainThread: false,
    });
    expect(results.map((r) => r.report.file)).toEqual(names);
    expect(
      results.map((r) => (r.report.status === "unreadable" ? r.report.findings[0]!.code : r.report.status)),
    ).toEqual([
      "accepted",
      "file/corrupt",
      "accepted",
      "file/corrupt",
      "accepted",
      "file/corrupt",
      "accepted",
      "accepted",
    ]);
    expect(results[1]!.report).toMatchObject({ size: jobs[1]!.bytes.length, unit: null, period: null, omitted: 0 });
    expect(results[1]!.report.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("validates files in the main thread too, beside one worker fewer, each file once, in the input order", async () => {
    // The fake worker reports every file accepted with sha256 "x": the main thread's reports are real.
    const jobs = sampleJobs();
    const expected = await inProcess(jobs);
    const results = await validateFiles(jobs, context, { workers: 2, minBytes: 0, workerUrl: fakeWorker(tempDir()) });
    expect(results.map((r) => r.report.file)).toEqual(jobs.map((j) => j.file));
    const byWorker = results.filter((r) => r.report.sha256 === "x");
    const here = results.filter((r) => r.report.sha256 !== "x");
    expect(byWorker.length).toBeGreaterThan(0);
    expect(here.length).toBeGreaterThan(0);
    for (const result of here) expect(result).toEqual(expected[results.indexOf(result)]);
  });

  it("keeps small batches in-process (starting workers would cost more)", async () => {
    // The fake worker would report every file accepted: in-process validation finds the empty file.
    const jobs = sampleJobs().slice(0, 4);
    const results = await validateFiles(jobs, context, { workers: 2, workerUrl: fakeWorker(tempDir()) });
    expect(results).toEqual(await inProcess(jobs));
  });

  it.skipIf(!existsSync(DIST_POOL))(
    "runs worker threads from dist/ with the same results, in the input order",
    async () => {
      const pool = (await import(DIST_POOL.href)) as typeof import("./index.js");
      expect(pool.isRunnableWorker(pool.WORKER_URL)).toBe(true);
      const jobs = sampleJobs();
      const expected = await inProcess(jobs);
      const results = await pool.validateFiles(jobs, context, { workers: 3, minBytes: 0 });
      expect(results.map((r) => r.report.file)).toEqual(jobs.map((j) => j.file));
      expect(results).toEqual(expected);
      expect(results.filter((r) => r.report.status === "unreadable").map((r) => r.report.findings[0]!.code)).toEqual([
        "file/empty",
        "file/not-xlsx",
      ]);
    },
  );

  it.skipIf(!existsSync(DIST_POOL))(
    "hands back the recorded values from workers as UTF-8 bytes, the same JSON as in-process",
    async () => {
      const pool = (await import(DIST_POOL.href)) as typeof import("./index.js");
      const jobs = sampleJobs().slice(0, 6);
      const options = { keepSubmission: false, recordValues: true } as const;
      const expected: ValidatedFile[] = [];
      for (const job of jobs) expected.push(await validateBytes(job.file, job.bytes, context, options));
      const results = await pool.validateFiles(jobs, context, { ...options, workers: 2, minBytes: 0 });
      const text = (result: ValidatedFile) =>
        result.values instanceof Uint8Array ? new TextDecoder().decode(result.values) : undefined;
      expect(results.map(text)).toEqual(expected.map(text));
      const read = results.filter((result) => result.report.status !== "unreadable");
      expect(read.length).toBeGreaterThan(0);
      for (const result of read) {
        expect(result.values).toBeInstanceOf(Uint8Array);
        // The compact form (values-text.ts) opens with the submission without its incidents.
        const recorded = JSON.parse(text(result)!) as [{ unit: string }, unknown, unknown];
        expect(recorded[0].unit).toBe(result.report.unit);
      }
    },
  );

  it.skipIf(!existsSync(DIST_POOL))(
    "adopts workers started early (given their setup by message), with the same results",
    async () => {
      const pool = (await import(DIST_POOL.href)) as typeof import("./index.js");
      const warm = (await import(
        new URL("../../../dist/intake/parallel/warm.js", import.meta.url).href
      )) as typeof import("./warm.js");
      const jobs = sampleJobs();
      const expected = await inProcess(jobs);
      // Three threads: the main thread and two workers, started early.
      warm.startWorkersEarly([2 * 1024 * 1024, 1, 1], { BAOCAO_WORKERS: "3" });
      expect(warm.waitingWorkers()).toBe(2);
      // Let one of them finish loading first: both the "ready before adoption" and "ready after" paths.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const results = await pool.validateFiles(jobs, context, { workers: 3, minBytes: 0 });
      expect(results).toEqual(expected);
      expect(warm.waitingWorkers()).toBe(0);
    },
  );

  it.skipIf(!existsSync(DIST_POOL))(
    "starts no early worker for a small batch, and stops early workers a small batch does not use",
    async () => {
      const pool = (await import(DIST_POOL.href)) as typeof import("./index.js");
      const warm = (await import(
        new URL("../../../dist/intake/parallel/warm.js", import.meta.url).href
      )) as typeof import("./warm.js");
      warm.startWorkersEarly([100_000, 200_000], { BAOCAO_WORKERS: "2" });
      expect(warm.waitingWorkers()).toBe(0);
      warm.startWorkersEarly([2 * 1024 * 1024, 1], { BAOCAO_WORKERS: "2" });
      // One worker: the main thread is the other thread validating.
      expect(warm.waitingWorkers()).toBe(1);
      const jobs = sampleJobs().slice(0, 3);
      expect(await pool.validateFiles(jobs, context, { workers: 2 })).toEqual(await inProcess(jobs));
      expect(warm.waitingWorkers()).toBe(0);
    },
  );

  it.skipIf(!existsSync(DIST_POOL))(
    "starts no more workers than BAOCAO_WORKERS' cap (1,000 asked for 500 files)",
    async () => {
      const warm = (await import(
        new URL("../../../dist/intake/parallel/warm.js", import.meta.url).href
      )) as typeof import("./warm.js");
      const { workerCap } = await import("../../workers/count.js");
      onTestFinished(warm.releaseWarmWorkers);
      warm.startWorkersEarly(
        Array.from({ length: 500 }, () => 10_000),
        { BAOCAO_WORKERS: "1000" },
      );
      // The main thread is one of the threads validating.
      expect(warm.waitingWorkers()).toBe(workerCap() - 1);
      expect(warm.workerCount({ BAOCAO_WORKERS: "1000" })).toBe(workerCap());
    },
  );
});
