import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR, fileReport, WARNING } from "../../test/helpers/store.js";
import { tempDir } from "../../test/helpers/temp-dir.js";
import type { FileReport } from "../domain/findings.js";
import { sha256Of } from "./archive.js";
import { currentSubmissions } from "./current.js";
import { ingestFiles } from "./ingest.js";
import type { Submission } from "./ingest.js";
import { readLedger } from "./ledger.js";

/** A validated file: the report is built by hand, the bytes are any content. */
function submission(file: string, content: string, overrides: Partial<FileReport> = {}): Submission {
  const bytes = Buffer.from(content);
  return { report: fileReport(file, sha256Of(bytes), bytes.length, overrides), bytes };
}

const options = { period: "2023-H1", strict: false, now: new Date("2023-07-03T02:15:00.000Z") };
const ledgerText = (store: string) => readFileSync(join(store, "ledger.jsonl"), "utf8");
const current = (store: string) => currentSubmissions(readLedger(store).entries, "2023-H1");

describe("ingestFiles", () => {
  it("supersedes: a later file of the same unit becomes current and both stay archived", async () => {
    const store = tempDir();
    const a = submission("inbox/cat-v1.xlsx", "version 1");
    const b = submission("inbox/cat-v2.xlsx", "version 2", { findings: [WARNING] });
    await ingestFiles(store, [a], options);
    const result = await ingestFiles(store, [b], options);

    expect(result.actions.map((x) => [x.outcome, x.supersedes])).toEqual([["archived", a.report.sha256]]);
    expect(current(store).get("CAT")?.sha256).toBe(b.report.sha256);
    for (const { report } of [a, b]) {
      expect(existsSync(join(store, report.sha256.slice(0, 2), `${report.sha256}.xlsx`))).toBe(true);
    }
    expect(readLedger(store).entries.map((e) => [e.file, e.decision, e.supersedes])).toEqual([
      ["inbox/cat-v1.xlsx", "accepted", null],
      ["inbox/cat-v2.xlsx", "accepted", a.report.sha256],
    ]);
    expect(existsSync(join(store, ".lock"))).toBe(false);
  });

  it("re-ingesting an identical file changes nothing, down to the bytes of the ledger", async () => {
    const store = tempDir();
    const a = submission("inbox/cat.xlsx", "version 1");
    await ingestFiles(store, [a], options);
    const before = ledgerText(store);
    const archived = statSync(join(store, a.report.sha256.slice(0, 2), `${a.report.sha256}.xlsx`));

    const result = await ingestFiles(store, [submission("elsewhere/cat-copy.xlsx", "version 1")], {
      ...options,
      now: new Date("2023-07-04T00:00:00.000Z"),
    });
    expect(result.actions.map((x) => [x.outcome, x.entry])).toEqual([["already-current", null]]);
    expect(ledgerText(store)).toBe(before);
    const after = statSync(join(store, a.report.sha256.slice(0, 2), `${a.report.sha256}.xlsx`));
    expect([after.ino, after.mtimeMs]).toEqual([archived.ino, archived.mtimeMs]);
  });

  it("records a rejected file with its findings, archives nothing and keeps the accepted one current", async () => {
    const store = tempDir();
    const good = submission("inbox/cat.xlsx", "good");
    const bad = submission("inbox/cat-fixed.xlsx", "bad", { status: "rejected", findings: [ERROR, WARNING] });
    await ingestFiles(store, [good], options);
    const result = await ingestFiles(store, [bad], options);

    expect(result.actions[0]?.outcome).toBe("rejected");
    expect(readLedger(store).entries[1]).toMatchObject({
      file: "inbox/cat-fixed.xlsx",
      decision: "rejected",
      errors: 1,
      warnings: 1,
      findings: [ERROR, WARNING],
      archive: null,
    });
    expect(current(store).get("CAT")?.file).toBe("inbox/cat.xlsx");
    expect(readdirSync(store).sort()).toEqual([good.report.sha256.slice(0, 2), "ledger.head", "ledger.jsonl"].sort());
  });

  it("--strict refuses a file with warnings", async () => {
    const store = tempDir();
    const result = await ingestFiles(store, [submission("inbox/cat.xlsx", "x", { findings: [WARNING] })], {
      ...options,
      strict: true,
    });
    expect(result.actions[0]?.outcome).toBe("refused-warnings");
    expect(current(store).size).toBe(0);
    expect(readdirSync(store).sort()).toEqual(["ledger.head", "ledger.jsonl"]);
  });

  it("keeps the ledger whole when two ingests run at once", async () => {
    const store = tempDir();
    const units = ["CAT", "VNPT", "SCT", "VIETTEL"];
    await Promise.all(
      units.map((unit) =>
        ingestFiles(
          store,
          [submission(`inbox/${unit}.xlsx`, unit, { unit }), submission(`inbox/${unit}-2.xlsx`, `${unit}2`, { unit })],
          { ...options, lock: { timeoutMs: 10_000, retryMs: 5 } },
        ),
      ),
    );
    const { entries, torn } = readLedger(store);
    expect(torn).toBeNull();
    expect(entries).toHaveLength(8);
    expect([...current(store)].map(([unit, entry]) => `${unit}:${entry.file}`).sort()).toEqual(
      units.map((unit) => `${unit}:inbox/${unit}-2.xlsx`).sort(),
    );
  });

  it("recovers from a crash during an earlier append and says so", async () => {
    const store = tempDir();
    await ingestFiles(store, [submission("inbox/cat.xlsx", "one")], options);
    writeFileSync(join(store, "ledger.jsonl"), `${ledgerText(store)}{"v":1,"time":"2023-07-`);
    const result = await ingestFiles(store, [submission("inbox/sct.xlsx", "two", { unit: "SCT" })], options);
    expect(result.torn).toMatchObject({ line: 2 });
    expect(readLedger(store)).toMatchObject({ entries: [{ unit: "CAT" }, { unit: "SCT" }], torn: null });
  });

  it("refuses a file whose content changed after validation, before touching the store", async () => {
    const store = tempDir();
    const changed = { ...submission("inbox/cat.xlsx", "validated"), bytes: Buffer.from("edited since") };
    await expect(ingestFiles(store, [changed], options)).rejects.toMatchObject({
      code: "store/changed-since-validation",
      params: { file: "inbox/cat.xlsx" },
    });
    expect(readdirSync(store)).toEqual([]);
  });
});
