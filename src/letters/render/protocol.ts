// What the letters' render pool (pool.ts) and its workers (worker.ts) exchange over src/workers.
import type { AdminDocument } from "../../documents/model.js";
import type { FillOptions, WordData } from "../../documents/word-template/index.js";

/** Given to each worker once: the batch's Word template, when there is one. */
export interface RenderWorkerData {
  readonly word?: { readonly bytes: Uint8Array; readonly file: string };
}

/** One letter: a document model to lay out, or a letter's values for the Word template. */
export type RenderRequest =
  { readonly document: AdminDocument } | { readonly fill: { readonly data: WordData; readonly options: FillOptions } };

/** A failure keeps what the main thread needs to raise the same error as in-process making would. */
export type RenderFailure =
  | { readonly kind: "missing-fields"; readonly file: string; readonly fields: string[] }
  | { readonly kind: "user"; readonly code: string; readonly params: Record<string, string | number> }
  | { readonly kind: "other"; readonly message: string };
