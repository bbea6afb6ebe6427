import { describe, expect, it } from "vitest";
import { ERROR, fileReport, WARNING } from "../../test/helpers/store.js";
import type { FileReport } from "../domain/findings.js";
import { currentSubmissions } from "./current.js";
import type { LedgerEntry } from "./ledger-entry.js";
import { planIngest } from "./plan-ingest.js";
import type { IngestOptions } from "./plan-ingest.js";

function report(file: string, sha: string, overrides: Partial<FileReport> = {}): FileReport {
  return fileReport(file, sha.repeat(64), 100, overrides);
}

const options: IngestOptions = { period: "2023-H1", strict: false, now: new Date("2023-07-03T02:15:00.000Z") };

/** Plans, then "applies" the plan the way ingestFiles does, for multi-step scenarios. */
function ingest(ledger: readonly LedgerEntry[], reports: FileReport[], opts: Partial<IngestOptions> = {}) {
  const plan = planIngest(ledger, reports, { ...options, ...opts });
  const entries = [...ledger, ...plan.actions.flatMap((a) => (a.entry ? [a.entry] : []))];
  return { outcomes: plan.actions.map((a) => a.outcome), actions: plan.actions, entries };
}

describe("planIngest", () => {
  it("archives an accepted file as current, recording its findings", () => {
    const { actions } = ingest([], [report("inbox/a.xlsx", "a", { findings: [WARNING] })]);
    expect(actions[0]).toMatchObject({ outcome: "archived", supersedes: null });
    expect(actions[0]?.entry).toEqual({
      v: 1,
      time: "2023-07-03T02:15:00.000Z",
      period: "2023-H1",
      unit: "CAT",
      file: "inbox/a.xlsx",
      sha256: "a".repeat(64),
      size: 100,
      status: "accepted",
      declaredPeriod: "2023-H1",
      decision: "accepted",
      reason: null,
      errors: 0,
      warnings: 1,
      findings: [WARNING],
      omitted: 0,
      archive: `aa/${"a".repeat(64)}.xlsx`,
      supersedes: null,
      formVersion: null,
    });
  });

  it("lets a later file of the same unit supersede the earlier one, across and within batches", () => {
    const first = ingest([], [report("inbox/a.xlsx", "a")]);
    const second = ingest(first.entries, [report("inbox/b.xlsx", "b"), report("inbox/c.xlsx", "c")]);
    expect(second.actions.map((a) => [a.outcome, a.supersedes?.[0]])).toEqual([
      ["archived", "a"],
      ["archived", "b"],
    ]);
    expect(second.entries).toHaveLength(3);
    expect(currentSubmissions(second.entries, "2023-H1").get("CAT")?.file).toBe("inbox/c.xlsx");
  });

  it("changes nothing for a file already current, even given twice in one batch", () => {
    const first = ingest([], [report("inbox/a.xlsx", "a"), report("copy/a.xlsx", "a")]);
    expect(first.outcomes).toEqual(["archived", "already-current"]);
    const again = ingest(first.entries, [report("inbox/a.xlsx", "a")], { strict: true });
    expect(again.outcomes).toEqual(["already-current"]);
    expect(again.entries).toEqual(first.entries);
  });

  it("does not bring back a superseded file when the whole inbox is ingested again", () => {
    const first = ingest([], [report("inbox/a.xlsx", "a"), report("inbox/b.xlsx", "b")]);
    const again = ingest(first.entries, [report("inbox/b.xlsx", "b"), report("inbox/a.xlsx", "a")]);
    expect(again.outcomes).toEqual(["already-current", "duplicate-of-archived"]);
    expect(again.entries).toHaveLength(2);
  });

  it("records a rejected file with its findings without making it current", () => {
    const first = ingest([], [report("inbox/a.xlsx", "a")]);
    const bad = report("inbox/b.xlsx", "b", { status: "rejected", findings: [ERROR, WARNING] });
    const second = ingest(first.entries, [bad]);
    expect(second.outcomes).toEqual(["rejected"]);
    expect(second.actions[0]?.entry).toMatchObject({
      decision: "rejected",
      reason: "errors",
      errors: 1,
      warnings: 1,
      findings: [ERROR, WARNING],
      archive: null,
    });
    expect(currentSubmissions(second.entries, "2023-H1").get("CAT")?.file).toBe("inbox/a.xlsx");
    // Recording the same verdict on the same file again would only add noise.
    expect(ingest(second.entries, [bad]).outcomes).toEqual(["already-recorded"]);
    // A different verdict on the same file (the workspace's rules changed) is recorded.
    expect(ingest(second.entries, [{ ...bad, findings: [ERROR] }]).outcomes).toEqual(["rejected"]);
  });

  it("refuses files with warnings under --strict", () => {
    const { actions } = ingest([], [report("inbox/a.xlsx", "a", { findings: [WARNING] })], { strict: true });
    expect(actions[0]).toMatchObject({
      outcome: "refused-warnings",
      entry: { decision: "rejected", reason: "warnings-strict" },
    });
    expect(ingest([], [report("inbox/a.xlsx", "a")], { strict: true }).outcomes).toEqual(["archived"]);
  });

  it("never makes current a form for another period, a form without a unit, or an unreadable file", () => {
    const { actions, entries } = ingest(
      [],
      [
        report("inbox/old.xlsx", "a", { period: "2022-H2" }),
        report("inbox/old-rejected.xlsx", "b", { period: "2022-H2", status: "rejected", findings: [ERROR] }),
        report("inbox/nobody.xlsx", "c", { unit: null }),
        report("inbox/photo.jpg", "d", { unit: null, period: null, status: "unreadable" }),
      ],
    );
    expect(actions.map((a) => [a.outcome, a.entry?.period, a.entry?.declaredPeriod])).toEqual([
      ["wrong-period", "2023-H1", "2022-H2"],
      ["wrong-period", "2023-H1", "2022-H2"],
      ["no-unit", "2023-H1", "2023-H1"],
      ["unreadable", "2023-H1", null],
    ]);
    expect(currentSubmissions(entries, "2023-H1").size).toBe(0);
    expect(currentSubmissions(entries, "2022-H2").size).toBe(0);
  });
});
