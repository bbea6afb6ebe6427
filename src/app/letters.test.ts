// In process: the letters use case on the sample workspace (no worker threads, the common atomic writer),
// with a scripted LetterWorkers port to see what it is asked to do.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { H1_2023, sampleWorkspace } from "../../test/helpers/sample-workspace.js";
import { tempDir } from "../../test/helpers/temp-dir.js";
import type { LetterWorkers } from "./letters.js";
import { letters } from "./letters.js";

const base = {
  missing: false,
  rejected: false,
  where: [],
  draft: false,
  dryRun: false,
  combine: false,
  force: false,
  lang: "vi" as const,
  today: { year: 2023, month: 6, day: 20 },
};

describe("letters (use case)", () => {
  it("one numbered letter per unit of a kind, written through the port, with a manifest", async () => {
    const workspace = sampleWorkspace(tempDir());
    const written: string[] = [];
    const workers: LetterWorkers = {
      createPool: (count) => {
        expect(count).toBe(4);
        return null;
      },
      writeLetter: async (path, bytes) => {
        written.push(path);
        const { writeFileAtomic } = await import("../io/write-atomic.js");
        writeFileAtomic(path, bytes);
      },
    };
    const result = await letters(
      workspace,
      H1_2023,
      { ...base, cwd: workspace.dir, template: "de-nghi-bao-cao", kind: "enterprise", numberFrom: 120 },
      workers,
    );
    expect(result).toMatchObject({
      template: "de-nghi-bao-cao",
      period: "2023-H1",
      dir: "out/2023-H1/thu/de-nghi-bao-cao",
      total: 4,
      ok: 4,
      failed: 0,
    });
    expect(result.letters.map((row) => row.number)).toEqual([
      "120/STTTT-TTr",
      "121/STTTT-TTr",
      "122/STTTT-TTr",
      "123/STTTT-TTr",
    ]);
    expect(written).toHaveLength(4);
    const dir = join(workspace.dir, result.dir);
    expect(readdirSync(dir).filter((name) => name.endsWith(".docx"))).toHaveLength(4);
    expect(JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"))).toMatchObject({ total: 4, ok: 4 });
  });

  it("a dry run writes nothing; --missing picks the units without an accepted report", async () => {
    const workspace = sampleWorkspace(tempDir());
    const result = await letters(workspace, H1_2023, {
      ...base,
      cwd: workspace.dir,
      template: "don-doc",
      missing: true,
      draft: true,
      dryRun: true,
    });
    // Nothing has been ingested: every unit is missing.
    expect(result.total).toBe(workspace.config.units.length);
    expect(result.letters.every((row) => row.status === "ok" && row.number === null)).toBe(true);
    expect(existsSync(join(workspace.dir, result.dir))).toBe(false);
  });
});
