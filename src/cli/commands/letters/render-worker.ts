// A worker thread that lays out letters (render-pool.ts): the document model in, the .docx bytes out.
import { parentPort } from "node:worker_threads";
import { renderDocument } from "../../../documents/layout/index.js";
import type { AdminDocument } from "../../../documents/model.js";

export interface RenderRequest {
  readonly id: number;
  readonly document: AdminDocument;
}

export type RenderReply = { readonly id: number; readonly ok: true; readonly bytes: Uint8Array } | { readonly id: number; readonly ok: false; readonly message: string };

const port = parentPort;
if (port !== null) {
  port.on("message", (request: RenderRequest) => {
    renderDocument(request.document).then(
      (bytes) => {
        // A copy of its own, so that its buffer can be moved to the main thread instead of copied again.
        const own = new Uint8Array(bytes);
        port.postMessage({ id: request.id, ok: true, bytes: own } satisfies RenderReply, [own.buffer]);
      },
      (error: unknown) => port.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies RenderReply),
    );
  });
}
