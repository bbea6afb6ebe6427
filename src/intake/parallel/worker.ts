// A validation worker (node:worker_threads): validates the files the pool sends, one at a time, with
// the same validateBytes as in-process validation. Loaded from dist/ as worker.js.
import { parentPort, workerData } from "node:worker_threads";
import { validateBytes } from "../validate-file.js";
import type { JobMessage, SetupMessage, WorkerMessage, WorkerSetup } from "./protocol.js";

const port = parentPort;
if (port === null) throw new Error("worker.js runs only as a worker thread");
// Given at start, or (a worker started early) by the first message.
let setup = (workerData ?? null) as WorkerSetup | null;
const post = (message: WorkerMessage) => port.postMessage(message);

port.on("message", (message: JobMessage | SetupMessage) => {
  if ("setup" in message) {
    setup = message.setup;
    return;
  }
  const job = message;
  if (setup === null) {
    post({ type: "failed", index: job.index, error: "no setup before the first file" });
    return;
  }
  const { context, options } = setup;
  // The bytes arrive as a Uint8Array (structured clone); validateBytes wants a Buffer over the same memory.
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  validateBytes(job.file, bytes, context, options).then(
    (result) => post({ type: "done", index: job.index, result }),
    (error: unknown) => post({ type: "failed", index: job.index, error: error instanceof Error ? error.message : String(error) }),
  );
});
post({ type: "ready" });
