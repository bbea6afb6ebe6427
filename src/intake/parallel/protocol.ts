// What the validation pool and its workers exchange (src/workers/protocol.ts carries them). Plain data
// (structured clone): Finding objects are plain JSON, a Submission holds CalendarDate objects, plain too.
import type { CheckContext } from "../checks/context.js";
import type { ValidatedFile, ValidateOptions } from "../validate-file.js";

/** Given to each worker once. */
export interface WorkerSetup {
  readonly context: CheckContext;
  readonly options: ValidateOptions;
}

/** One file to validate. */
export interface FileJob {
  readonly file: string;
  readonly bytes: Uint8Array;
}

export type FileResult = ValidatedFile;
