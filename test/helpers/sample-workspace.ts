// For the use cases' in-process tests (src/app/*.test.ts): a copy of the sample workspace in a temporary folder.
import { cpSync } from "node:fs";
import { join } from "node:path";
import type { Period } from "../../src/domain/period/index.js";
import { readWorkspace } from "../../src/workspace/read.js";
import type { Workspace } from "../../src/workspace/read.js";

export const SAMPLE_DIR = new URL("../../samples/hung-yen-2023-h1/", import.meta.url).pathname;
export const H1_2023: Period = { kind: "half", year: 2023, half: 1 };
export const H1_2022: Period = { kind: "half", year: 2022, half: 1 };
export const TODAY = { year: 2023, month: 6, day: 20 };

/** The sample workspace copied into `dir` (its inbox and last year's submissions, nothing ingested). */
export function sampleWorkspace(dir: string): Workspace {
  const ws = join(dir, "ws");
  cpSync(SAMPLE_DIR, ws, { recursive: true });
  return readWorkspace(ws);
}
