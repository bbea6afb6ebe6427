// For the use cases' in-process tests (src/app/*.test.ts): a copy of the sample workspace in a temporary folder.
import { cpSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Period } from "../../src/domain/period/index.js";
import { readWorkspace } from "../../src/workspace/read.js";
import type { Workspace } from "../../src/workspace/read.js";

import { SAMPLE_DIR } from "./sample.js";

export { SAMPLE_DIR };
export const H1_2023: Period = { kind: "half", year: 2023, half: 1 };
export const H1_2022: Period = { kind: "half", year: 2022, half: 1 };
export const TODAY = { year: 2023, month: 6, day: 20 };

/** The sample workspace copied into `dir` (its inbox and last year's submissions, nothing ingested). */
export function sampleWorkspace(dir: string): Workspace {
  const ws = join(dir, "ws");
  cpSync(SAMPLE_DIR, ws, { recursive: true });
  return readWorkspace(ws);
}

/**
 * For the end-to-end tests: the sample's forms in the workspace `ws` (a copy of the sample) ingested through
 * the CLI — last year's (2022-H1, received 16/06/2022, all accepted) and, unless `current` is false, this
 * year's inbox (2023-H1, received 16/06/2023; some refused on purpose).
 */
export async function ingestSample(ws: string, { current = true }: { current?: boolean } = {}): Promise<void> {
  const { runBaocao } = await import("./run-cli.js");
  const previous = await runBaocao([
    "-w",
    ws,
    "ingest",
    join(ws, "previous-2022-h1"),
    "--period",
    "2022-H1",
    "--received",
    "16/06/2022",
  ]);
  expect(previous.status, previous.stderr).toBe(0);
  if (current)
    await runBaocao(["-w", ws, "ingest", join(ws, "inbox"), "--period", "2023-H1", "--received", "16/06/2023"]);
}
