// Making letters on worker threads (src/workers): the pool the letters command uses, and its worker.
export { createRenderPool, POOL_THRESHOLD, renderPoolSize, renderWorkers } from "./pool.js";
export type { RenderPool } from "./pool.js";
export type { RenderFailure, RenderRequest, RenderWorkerData } from "./protocol.js";
