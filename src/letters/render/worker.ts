// A worker thread that makes letters (pool.ts): a document model in, the .docx bytes out; or, for a batch
// from the clerk's Word template (given once, in the setup), a letter's values in, the filled .docx out.
import { renderDocument } from "../../documents/layout/index.js";
import type { WordTemplate } from "../../documents/word-template/index.js";
import { UserError } from "../../errors.js";
import { serveJobs } from "../../workers/serve.js";
import type { RenderFailure, RenderRequest, RenderWorkerData } from "./protocol.js";

// Prepared once per worker, on the first letter (the module loads only for Word templates).
let template: Promise<WordTemplate> | null = null;

async function wordTemplate({ word }: RenderWorkerData): Promise<WordTemplate> {
  if (word === undefined) throw new Error("no Word template was given to this worker");
  const { prepareWordTemplate } = await import("../../documents/word-template/index.js");
  return prepareWordTemplate(Buffer.from(word.bytes.buffer, word.bytes.byteOffset, word.bytes.byteLength), word.file);
}

serveJobs<RenderWorkerData, RenderRequest, Uint8Array<ArrayBuffer>>({
  async run(request, setup) {
    let bytes: Buffer;
    if ("document" in request) bytes = await renderDocument(request.document, { batch: true });
    else {
      template ??= wordTemplate(setup);
      bytes = await (await template).fill(request.fill.data, request.fill.options);
    }
    // A copy of its own, so that its buffer can be moved to the main thread instead of copied again.
    return new Uint8Array(bytes);
  },
  transfer: (bytes) => [bytes.buffer],
  failure: failureOf,
});

function failureOf(error: unknown): RenderFailure {
  if (error instanceof Error && error.name === "MissingFieldsError" && "fields" in error && "file" in error) {
    return { kind: "missing-fields", file: String(error.file), fields: [...(error.fields as string[])] };
  }
  if (error instanceof UserError) return { kind: "user", code: error.code, params: { ...error.params } };
  return { kind: "other", message: error instanceof Error ? error.message : String(error) };
}
