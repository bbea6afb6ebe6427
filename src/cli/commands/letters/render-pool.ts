// Making letters on every core. Building a .docx is synchronous JavaScript (the docx object tree, its
// XML, the zip; or, from a Word template, the patched parts and the zip), so letters in flight on one thread
// only take turns; worker threads make a 2-core machine make two letters at once. Used for batches large enough to repay starting the workers (each loads the
// layout engine, a few hundred ms); smaller batches, and runs from the TypeScript sources (tests), where
// the compiled worker file does not exist, lay out in the main thread.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AdminDocument } from "../../../documents/model.js";
import type { FillOptions, WordData } from "../../../documents/word-template/index.js";
import { MissingFieldsError } from "../../../documents/word-template/errors.js";
import { UserError } from "../../../errors.js";
import type { RenderFailure, RenderReply, RenderRequest, RenderWorkerData } from "./render-worker.js";

/** Fewer letters than this are laid out in the main thread. */
export const POOL_THRESHOLD = 40;
const MAX_WORKERS = 4;

export interface RenderPool {
  readonly size: number;
  render(document: AdminDocument): Promise<Buffer>;
  /** A letter from the batch's Word template (given to createRenderPool). */
  fill(data: WordData, options?: FillOptions): Promise<Buffer>;
  close(): Promise<void>;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, { resolve: (bytes: Buffer) => void; reject: (error: Error) => void }>;
  alive: boolean;
}

/** The error in-process making would have thrown, from a worker's account of it. */
function errorOf(failure: RenderFailure): Error {
  if (failure.kind === "missing-fields") return new MissingFieldsError(failure.file, failure.fields);
  if (failure.kind === "user") return new UserError(failure.code, failure.params);
  return new Error(failure.message);
}

/** A pool for `letters` letters (from `word`, a Word template, when given), or null when the main thread should do the work. */
export function createRenderPool(letters: number, word?: RenderWorkerData["word"]): RenderPool | null {
  const size = Math.min(MAX_WORKERS, availableParallelism());
  const url = new URL("./render-worker.js", import.meta.url);
  if (letters < POOL_THRESHOLD || size < 2 || !existsSync(fileURLToPath(url))) return null;

  let nextId = 0;
  const slots: Slot[] = Array.from({ length: size }, () => {
    const slot: Slot = { worker: new Worker(url, { workerData: { word } satisfies RenderWorkerData }), pending: new Map(), alive: true };
    slot.worker.on("message", (reply: RenderReply) => {
      const job = slot.pending.get(reply.id);
      if (job === undefined) return;
      slot.pending.delete(reply.id);
      if (reply.ok) job.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
      else job.reject(errorOf(reply.failure));
    });
    const fail = (error: Error) => {
      slot.alive = false;
      for (const job of slot.pending.values()) job.reject(error);
      slot.pending.clear();
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => fail(new Error(`render worker stopped (exit code ${code})`)));
    return slot;
  });

  const send = (request: (id: number) => RenderRequest): Promise<Buffer> => {
    const alive = slots.filter((slot) => slot.alive);
    if (alive.length === 0) return Promise.reject(new Error("no render worker is running"));
    const slot = alive.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
    const id = nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage(request(id));
    });
  };

  return {
    size,
    render(document) {
      return send((id) => ({ id, document }));
    },
    fill(data, options = {}) {
      return send((id) => ({ id, fill: { data, options } }));
    },
    async close() {
      for (const slot of slots) slot.alive = false;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
