// A validation worker (src/workers): validates the files the pool sends with the same validateBytes as
// in-process validation. Loaded from dist/ as worker.js.
import { serveJobs } from "../../workers/serve.js";
import { validateBytes } from "../validate-file.js";
import type { FileJob, FileResult, WorkerSetup } from "./protocol.js";

// One file after the other, in the order sent (the pool's oneAtATime): the pool hands a worker its next
// file while it reads one, and if the worker dies, only the file it was reading is lost.
let previous: Promise<unknown> = Promise.resolve();

serveJobs<WorkerSetup, FileJob, FileResult>({
  run(job, { context, options }) {
    // The bytes arrive as a Uint8Array (structured clone); validateBytes wants a Buffer over the same memory.
    const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    const result = previous.then(
      () => validateBytes(job.file, bytes, context, options),
      () => validateBytes(job.file, bytes, context, options),
    );
    previous = result;
    return result;
  },
  // The recorded values' bytes are moved to the main thread, not copied (a values buffer owns its memory).
  transfer(result) {
    const values = result.values;
    if (!(values instanceof Uint8Array)) return [];
    const { buffer } = values;
    return buffer instanceof ArrayBuffer && values.byteOffset === 0 && values.byteLength === buffer.byteLength
      ? [buffer]
      : [];
  },
});
