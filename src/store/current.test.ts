import { describe, expect, it } from "vitest";
import { acceptedPeriods, currentSubmissions, latestSubmissions } from "./current.js";
import { ledgerEntry } from "../../test/helpers/store.js";
import type { LedgerEntry } from "./ledger-entry.js";

function line(unit: string | null, sha: string, decision: "accepted" | "rejected", period = "2023-H1"): LedgerEntry {
  return ledgerEntry({ unit, decision, period, sha256: sha.repeat(64), file: `inbox/${sha}.xlsx` });
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

describe("acceptedPeriods", () => {
  it("lists the periods with an accepted submission, sorted, once each", () => {
    const entries = [
      line("CAT", "a", "accepted", "2023-H1"),
      line("SCT", "b", "rejected", "2023-H2"),
      line("CAT", "c", "accepted", "2022-H1"),
      line("VNPT", "d", "accepted", "2023-H1"),
    ];
    expect(acceptedPeriods(entries)).toEqual(["2022-H1", "2023-H1"]);
    expect(acceptedPeriods([])).toEqual([]);
  });
});

describe("the clerk's review lines", () => {
  const reviewed = (entry: LedgerEntry, action: "accept" | "reject"): LedgerEntry => ({
    ...entry,
    time: "2023-07-10T02:00:00.000Z",
    review: { action, by: "vanthu", note: "ghi chú" },
    ...(action === "reject" ? { decision: "rejected" as const, reason: "reviewer" as const, archive: null } : {}),
  });

  it("a rejection takes that very file out until the unit sends another; an acceptance keeps it current", () => {
    const a = line("CAT", "a", "accepted");
    const b = line("VNPT", "b", "accepted");
    const rejectA = reviewed(a, "reject");
    const acceptB = reviewed(b, "accept");
    expect([...currentSubmissions([a, b, rejectA, acceptB], "2023-H1").keys()]).toEqual(["VNPT"]);
    expect(currentSubmissions([a, b, rejectA, acceptB], "2023-H1").get("VNPT")?.review?.note).toBe("ghi chú");
    // A rejection of an older file (no longer current) changes nothing; the unit's new file is current.
    const c = line("CAT", "c", "accepted");
    expect(currentSubmissions([a, c, rejectA], "2023-H1").get("CAT")?.sha256).toBe("c".repeat(64));
    expect(currentSubmissions([a, rejectA, c], "2023-H1").get("CAT")?.sha256).toBe("c".repeat(64));
    // The letter quotes the review line, with the time the file was received.
    expect(latestSubmissions([a, rejectA], "2023-H1").get("CAT")).toMatchObject({
      time: a.time,
      review: { action: "reject" },
    });
  });
});
