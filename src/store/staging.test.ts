import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR, fileReport } from "../../test/helpers/store.js";
import { tempDir } from "../../test/helpers/temp-dir.js";
import type { FileReport } from "../domain/findings.js";
import { UserError } from "../errors.js";
import { runInterruptCleanups } from "../io/interrupt.js";
import { archivePath } from "./archive-path.js";
import { sha256Of } from "./archive.js";
import { ingestFiles } from "./ingest.js";
import type { Submission } from "./ingest.js";
import { IngestStaging, removeAbandonedStaging } from "./staging.js";
import { valuesPath } from "./values.js";

const KEY = { period: "2023-H1", config: "sha256:abc" };
const options = {
  period: "2023-H1",
  strict: false,
  now: new Date("2023-07-03T02:15:00.000Z"),
  valuesConfig: "sha256:abc",
};

function submission(file: string, content: string, overrides: Partial<FileReport> = {}): Submission {
  const bytes = Buffer.from(content);
  const values = Buffer.from(JSON.stringify({ indicators: [], incidents: [{ unit: file }], assessment: [] }));
  return { report: fileReport(file, sha256Of(bytes), bytes.length, overrides), bytes, values };
}

/** Every file under `dir` (relative path → content). */
function files(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      found.set(
        join(entry.parentPath, entry.name).slice(dir.length + 1),
        readFileSync(join(entry.parentPath, entry.name), "utf8"),
      );
  }
  return found;
}

function stageAll(staging: IngestStaging, submissions: readonly Submission[]): void {
  for (const { report, bytes, values } of submissions) staging.stage(report.sha256, bytes!, values as Uint8Array);
}

describe("IngestStaging", () => {
  it("writes the same store as ingest without it: archives and values records in place, nothing else left", async () => {
    const accepted = submission("inbox/cat.xlsx", "cat");
    const rejected = submission("inbox/so.xlsx", "so", { unit: "SO", status: "rejected", findings: [ERROR] });
    const plain = tempDir();
    await ingestFiles(plain, [accepted, rejected], options);

    const staged = tempDir();
    const staging = new IngestStaging(staged, KEY);
    stageAll(staging, [accepted, rejected]);
    // Before planning, nothing is in place: only temporary files.
    expect([...files(staged).keys()].every((path) => path.endsWith(".tmp"))).toBe(true);
    await ingestFiles(
      staged,
      [accepted, rejected].map((s) => ({ ...s, values: null })),
      { ...options, staging },
    );
    await staging.discard();

    expect(files(staged)).toEqual(files(plain));
    expect(files(staged).has(valuesPath(accepted.report.sha256))).toBe(true);
    // The rejected file's folder, made for its staged files only, is gone with them.
    expect(existsSync(join(staged, rejected.report.sha256.slice(0, 2)))).toBe(false);
  });

  it("Ctrl+C removes every staged file with the run's folder, even one whose creation is under way", async () => {
    const store = tempDir();
    const staging = new IngestStaging(store, KEY);
    stageAll(staging, [submission("inbox/cat.xlsx", "cat"), submission("inbox/so.xlsx", "so", { unit: "SO" })]);
    // The files are being created on the thread pool right now.
    runInterruptCleanups();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readdirSync(store).filter((name) => name.startsWith(".staging"))).toEqual([]);
    expect([...files(store).keys()]).toEqual([]);
  });

  it("removes the staging folders of killed ingests of this computer, never one still running or another computer's", async () => {
    const store = tempDir();
    const host =
      hostname()
        .replace(/[^A-Za-z0-9.]/g, "_")
        .slice(0, 64) || "host";
    const hourAgo = (Date.now() - 2 * 60 * 60 * 1000) / 1000;
    const left = (name: string, old = true) => {
      mkdirSync(join(store, name, "ab"), { recursive: true });
      writeFileSync(join(store, name, "ab", ".x.tmp"), "staged, never placed");
      if (old) utimesSync(join(store, name), hourAgo, hourAgo);
    };
    const killed = `.staging-${host}-999999-0a1b2c3d.tmp`;
    left(killed);
    left(`.staging-${host}-4242-00ff00ff.tmp`); // another ingest here, still running
    left(`.staging-${host}-999998-00ff00ff.tmp`, false); // its process gone, but made within the hour
    left(".staging-another-pc-999999-11111111.tmp"); // another computer's (a store on a network drive)
    left(".staging-notapid-00000000.tmp"); // not a staging folder's name
    expect(removeAbandonedStaging(store, (pid) => pid === 4242)).toEqual([killed]);
    expect(readdirSync(store)).toHaveLength(4);
    // An ingest removes them when it starts staging (with the real check of the process: 999999 is none).
    left(killed);
    const staging = new IngestStaging(store, KEY);
    stageAll(staging, [submission("inbox/cat.xlsx", "cat")]);
    expect(readdirSync(store)).not.toContain(killed);
    await staging.settle();
    await staging.discard();
  });

  it("leaves an intact archive and a record of the same key alone (the same file ingested again)", async () => {
    const store = tempDir();
    const a = submission("inbox/cat.xlsx", "cat");
    await ingestFiles(store, [a], options);
    const archive = join(store, archivePath(a.report.sha256));
    const before = statSync(archive);

    const staging = new IngestStaging(store, KEY);
    stageAll(staging, [a]);
    await ingestFiles(store, [{ ...a, values: null }], { ...options, staging });
    await staging.discard();
    expect(statSync(archive).ino).toBe(before.ino);
    expect([...files(store).keys()].filter((path) => path.endsWith(".tmp"))).toEqual([]);
  });

  it("a store that cannot be made is refused before anything is written, naming it", async () => {
    const parent = tempDir();
    mkdirSync(parent, { recursive: true });
    // The store cannot be made: a file stands in its place.
    const store = join(parent, "store");
    writeFileSync(store, "in the way");
    const a = submission("inbox/cat.xlsx", "cat");
    const staging = new IngestStaging(store, KEY);
    stageAll(staging, [a]);
    const failed = await ingestFiles(store, [a], { ...options, staging }).catch((error: unknown) => error);
    await staging.discard();

    // Said as the store lock says it.
    expect(failed).toBeInstanceOf(UserError);
    expect((failed as UserError).code).toBe("store/unwritable");
    expect((failed as UserError).params).toMatchObject({ file: store });
    expect(readFileSync(store, "utf8")).toBe("in the way");
  });

  it("a file that cannot be put in place stops ingest before the ledger; no temporary file is left", async () => {
    const store = tempDir();
    const a = submission("inbox/cat.xlsx", "cat");
    const b = submission("inbox/so.xlsx", "so", { unit: "SO" });
    // The second archive's folder cannot be made: a file stands in its place.
    mkdirSync(store, { recursive: true });
    writeFileSync(join(store, b.report.sha256.slice(0, 2)), "in the way");
    const staging = new IngestStaging(store, KEY);
    stageAll(staging, [a, b]);
    const failed = await ingestFiles(store, [a, b], { ...options, staging }).catch((error: unknown) => error);
    await staging.discard();

    expect((failed as UserError).code).toBe("output/unwritable");
    expect(JSON.stringify((failed as UserError).params)).toContain(b.report.sha256);
    expect(existsSync(join(store, "ledger.jsonl"))).toBe(false);
    // What was put in place before is whole (harmless: no line names it, the next ingest reuses it).
    expect([...files(store).keys()].filter((path) => path.includes(".tmp") || path.includes(b.report.sha256))).toEqual(
      [],
    );
    expect(readdirSync(store).filter((name) => name.startsWith(".staging"))).toEqual([]);
  });
});
