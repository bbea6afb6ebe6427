// Three stages of the sample workspace for the tests that run every command that writes (fault injection,
// files held open): as bundled; with a few units' 2023-H1 forms ingested; and aggregated too. Each run then
// starts from a copy of the stage it needs.
import { cpSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { runBaocao } from "./run-cli.js";
import { SAMPLE_DIR } from "./sample-workspace.js";

export interface PreparedStages {
  sample: string;
  ingested: string;
  aggregated: string;
}

/** The stages under `root`; `units` are ingested (received 16/06/2023), some rejected on purpose (exit 1). */
export async function prepareStages(root: string, units: readonly string[]): Promise<PreparedStages> {
  const sample = join(root, "sample");
  cpSync(SAMPLE_DIR, sample, { recursive: true });
  const ingested = join(root, "ingested");
  cpSync(SAMPLE_DIR, ingested, { recursive: true });
  const files = units.map((unit) => join(ingested, "inbox", `2023-H1-${unit}.xlsx`));
  const ingest = await runBaocao([
    "-w",
    ingested,
    "ingest",
    ...files,
    "--period",
    "2023-H1",
    "--received",
    "16/06/2023",
  ]);
  expect(ingest.status, ingest.stderr).toBe(1);
  const aggregated = join(root, "aggregated");
  cpSync(ingested, aggregated, { recursive: true });
  expect((await runBaocao(["-w", aggregated, "aggregate", "--period", "2023-H1"])).status).toBe(0);
  return { sample, ingested, aggregated };
}
