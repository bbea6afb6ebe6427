import { describe, expect, it } from "vitest";
import { currentSubmissions, latestSubmissions } from "./current.js";
import type { LedgerEntry } from "./ledger-entry.js";

function line(unit: string | null, sha: string, decision: "accepted" | "rejected", period = "2023-H1"): LedgerEntry {
  const sha256 = sha.repeat(64);
  return {
    v: 1,
    time: "2023-07-03T02:15:00.000Z",
    period,
    unit,
    file: `inbox/${sha}.xlsx`,
    sha256,
    size: 10,
    status: decision === "accepted" ? "accepted" : "rejected",
    declaredPeriod: period,
    decision,
    reason: decision === "accepted" ? null : "errors",
    errors: decision === "accepted" ? 0 : 1,
    warnings: 0,
    findings: [],
    omitted: 0,
    archive: decision === "accepted" ? `${sha}${sha}/${sha256}.xlsx` : null,
    supersedes: null,
  };
}

describe("currentSubmissions", () => {
  it("takes the last accepted line per unit, in ledger order", () => {
    const entries = [line("CAT", "a", "accepted"), line("VNPT", "b", "accepted"), line("CAT", "c", "accepted")];
    const current = currentSubmissions(entries, "2023-H1");
    expect([...current].map(([unit, entry]) => `${unit}:${entry.file}`)).toEqual([
      "CAT:inbox/c.xlsx",
      "VNPT:inbox/b.xlsx",
    ]);
  });

  it("keeps an accepted file current when a later one is rejected", () => {
    const entries = [line("CAT", "a", "accepted"), line("CAT", "b", "rejected")];
    expect(currentSubmissions(entries, "2023-H1").get("CAT")?.file).toBe("inbox/a.xlsx");
    expect(latestSubmissions(entries, "2023-H1").get("CAT")?.file).toBe("inbox/b.xlsx");
  });

  it("ignores other periods, rejected-only units and lines without a unit", () => {
    const entries = [
      line("CAT", "a", "accepted", "2022-H2"),
      line("SCT", "b", "rejected"),
      line(null, "c", "rejected"),
    ];
    expect(currentSubmissions(entries, "2023-H1").size).toBe(0);
    expect(currentSubmissions(entries, "2022-H2").get("CAT")?.file).toBe("inbox/a.xlsx");
  });
});
