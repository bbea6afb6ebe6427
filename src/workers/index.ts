// baocao's worker threads: one pool (pool.ts) and its workers' side (serve.ts), workers started early
// (early.ts), and how many threads BAOCAO_WORKERS allows (count.ts).
export { workerCap, workerCount } from "./count.js";
export { releaseEarlyWorkers, startEarlyWorkers, takeEarlyWorker, waitingEarlyWorkers } from "./early.js";
export type { EarlyWorker } from "./early.js";
export { createWorkerPool, NoWorkerError, WorkerJobError, WorkerLostError } from "./pool.js";
export type { WorkerPool, WorkerPoolOptions } from "./pool.js";
export type { FromWorker, JobMessage, SetupMessage, ToWorker } from "./protocol.js";
export { isRunnableWorker } from "./runnable.js";
export { serveJobs } from "./serve.js";
export type { Service } from "./serve.js";
