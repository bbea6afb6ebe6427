// A worker thread that makes letters (render-pool.ts): a document model in, the .docx bytes out; or, for
// a batch from the clerk's Word template (given once, as workerData), a letter's values in, the filled
// .docx out.
import { parentPort, workerData } from "node:worker_threads";
import { renderDocument } from "../../../documents/layout/index.js";
import type { AdminDocument } from "../../../documents/model.js";
import type { FillOptions, WordData, WordTemplate } from "../../../documents/word-template/index.js";
import { UserError } from "../../../errors.js";

/** The Word template of the batch, when there is one. */
export interface RenderWorkerData {
  readonly word?: { readonly bytes: Uint8Array; readonly file: string };
}

export type RenderRequest =
  | { readonly id: number; readonly document: AdminDocument }
  | { readonly id: number; readonly fill: { readonly data: WordData; readonly options: FillOptions } };

/** A failure keeps what the main thread needs to raise the same error as in-process making would. */
export type RenderFailure =
  | { readonly kind: "missing-fields"; readonly file: string; readonly fields: string[] }
  | { readonly kind: "user"; readonly code: string; readonly params: Record<string, string | number> }
  | { readonly kind: "other"; readonly message: string };

export type RenderReply = { readonly id: number; readonly ok: true; readonly bytes: Uint8Array } | { readonly id: number; readonly ok: false; readonly failure: RenderFailure };

const port = parentPort;
if (port !== null) {
  const { word } = (workerData ?? {}) as RenderWorkerData;
  // Prepared once per worker, on the first letter (the module loads only for Word templates).
  let template: Promise<WordTemplate> | null = null;
  const wordTemplate = async () => {
    if (word === undefined) throw new Error("no Word template was given to this worker");
    const { prepareWordTemplate } = await import("../../../documents/word-template/index.js");
    return prepareWordTemplate(Buffer.from(word.bytes.buffer, word.bytes.byteOffset, word.bytes.byteLength), word.file);
  };
  const make = async (request: RenderRequest): Promise<Buffer> => {
    if ("document" in request) return renderDocument(request.document);
    template ??= wordTemplate();
    return (await template).fill(request.fill.data, request.fill.options);
  };
  port.on("message", (request: RenderRequest) => {
    make(request).then(
      (bytes) => {
        // A copy of its own, so that its buffer can be moved to the main thread instead of copied again.
        const own = new Uint8Array(bytes);
        port.postMessage({ id: request.id, ok: true, bytes: own } satisfies RenderReply, [own.buffer]);
      },
      (error: unknown) => port.postMessage({ id: request.id, ok: false, failure: failureOf(error) } satisfies RenderReply),
    );
  });
}

function failureOf(error: unknown): RenderFailure {
  if (error instanceof Error && error.name === "MissingFieldsError" && "fields" in error && "file" in error) {
    return { kind: "missing-fields", file: String(error.file), fields: [...(error.fields as string[])] };
  }
  if (error instanceof UserError) return { kind: "user", code: error.code, params: { ...error.params } as Record<string, string | number> };
  return { kind: "other", message: error instanceof Error ? error.message : String(error) };
}
