// Laying out letters on every core. Building a .docx is synchronous JavaScript (the docx object tree, its
// XML, the zip), so letters in flight on one thread only take turns; worker threads make a 2-core machine
// lay out two letters at once. Used for batches large enough to repay starting the workers (each loads the
// layout engine, a few hundred ms); smaller batches, and runs from the TypeScript sources (tests), where
// the compiled worker file does not exist, lay out in the main thread.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AdminDocument } from "../../../documents/model.js";
import type { RenderReply, RenderRequest } from "./render-worker.js";

/** Fewer letters than this are laid out in the main thread. */
export const POOL_THRESHOLD = 40;
const MAX_WORKERS = 4;

export interface RenderPool {
  readonly size: number;
  render(document: AdminDocument): Promise<Buffer>;
  close(): Promise<void>;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, { resolve: (bytes: Buffer) => void; reject: (error: Error) => void }>;
  alive: boolean;
}

/** A pool for `letters` letters, or null when the main thread should do the work. */
export function createRenderPool(letters: number): RenderPool | null {
  const size = Math.min(MAX_WORKERS, availableParallelism());
  const url = new URL("./render-worker.js", import.meta.url);
  if (letters < POOL_THRESHOLD || size < 2 || !existsSync(fileURLToPath(url))) return null;

  let nextId = 0;
  const slots: Slot[] = Array.from({ length: size }, () => {
    const slot: Slot = { worker: new Worker(url), pending: new Map(), alive: true };
    slot.worker.on("message", (reply: RenderReply) => {
      const job = slot.pending.get(reply.id);
      if (job === undefined) return;
      slot.pending.delete(reply.id);
      if (reply.ok) job.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
      else job.reject(new Error(reply.message));
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

  return {
    size,
    render(document) {
      const alive = slots.filter((slot) => slot.alive);
      if (alive.length === 0) return Promise.reject(new Error("no render worker is running"));
      const slot = alive.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
      const id = nextId++;
      return new Promise<Buffer>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, document } satisfies RenderRequest);
      });
    },
    async close() {
      for (const slot of slots) slot.alive = false;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
