// A validation worker (src/workers): validates the files the pool sends with the same validateBytes as
// in-process validation. Loaded from dist/ as worker.js.
import { serveJobs } from "../../workers/serve.js";
import { validateBytes } from "../validate-file.js";
import type { FileJob, FileResult, WorkerSetup } from "./protocol.js";

serveJobs<WorkerSetup, FileJob, FileResult>({
  run(job, { context, options }) {
    // The bytes arrive as a Uint8Array (structured clone); validateBytes wants a Buffer over the same memory.
    const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    return validateBytes(job.file, bytes, context, options);
  },
});
