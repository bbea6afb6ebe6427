// The messages between the validation pool and its workers. Everything here is plain data (structured
// clone): Finding objects are plain JSON, a Submission holds CalendarDate objects, which are plain too.
import type { CheckContext } from "../checks/context.js";
import type { ValidatedFile, ValidateOptions } from "../validate-file.js";

/** Given to each worker once, at start. */
export interface WorkerSetup {
  readonly context: CheckContext;
  readonly options: ValidateOptions;
}

/** main → a worker started without workerData (warm.ts): its setup, before any job. */
export interface SetupMessage {
  readonly setup: WorkerSetup;
}

/** main → worker: validate one file. */
export interface JobMessage {
  readonly index: number;
  readonly file: string;
  readonly bytes: Uint8Array;
}

/** worker → main. */
export type WorkerMessage =
  | { readonly type: "ready" }
  | { readonly type: "done"; readonly index: number; readonly result: ValidatedFile }
  | { readonly type: "failed"; readonly index: number; readonly error: string };
