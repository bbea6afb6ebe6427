import { describe, expect, it } from "vitest";
import { ledgerEntry } from "../../test/helpers/store.js";
import type { LedgerEntry } from "./ledger-entry.js";
import { submissionHistory } from "./submission-history.js";

let counter = 0;
function line(unit: string, period: string, time: string, decision: "accepted" | "rejected"): LedgerEntry {
  counter += 1;
  const sha256 = counter.toString(16).padStart(64, "0");
  return ledgerEntry({ unit, time, decision, period, sha256, file: `inbox/${unit}-${counter}.xlsx` });
}

// Deadlines (Vietnam days; the day ends at 17:00 UTC).
const periods = [
  { code: "2022-H2", deadline: "2023-01-17" },
  { code: "2023-H1", deadline: "2023-07-20" },
];

describe("submissionHistory", () => {
  it("classifies each unit and period and counts the rates", () => {
    const entries = [
      line("CAT", "2022-H2", "2023-01-17T16:59:59.000Z", "accepted"), // on time (last minute)
      line("SCT", "2022-H2", "2023-01-17T17:00:00.000Z", "accepted"), // 18/01 in Vietnam: 1 day late
      line("CAT", "2023-H1", "2023-07-25T03:00:00.000Z", "accepted"), // 5 days late
      line("CAT", "2023-H1", "2023-07-26T03:00:00.000Z", "accepted"), // a correction: still 5 days late
      line("SCT", "2023-H1", "2023-07-10T03:00:00.000Z", "rejected"), // rejected, never corrected
      line("VNPT", "2023-H1", "2023-07-01T03:00:00.000Z", "rejected"), // rejected, then accepted on time
      line("VNPT", "2023-H1", "2023-07-15T03:00:00.000Z", "accepted"),
    ];
    const history = submissionHistory(entries, periods, ["CAT", "SCT", "VNPT"]);
    expect(history.units.map((u) => [u.unit, ...u.cells.map((c) => `${c.state}:${c.daysLate}`)])).toEqual([
      ["CAT", "on-time:0", "late:5"],
      ["SCT", "late:1", "rejected:0"],
      ["VNPT", "missing:0", "on-time:0"],
    ]);
    expect(history.units.map((u) => [u.unit, u.onTime, u.late, u.rejected, u.missing, u.onTimeRate])).toEqual([
      ["CAT", 1, 1, 0, 0, 0.5],
      ["SCT", 0, 1, 1, 0, 0],
      ["VNPT", 1, 0, 0, 1, 0.5],
    ]);
    expect(history.periods).toEqual([
      {
        ...periods[0],
        expected: 3,
        received: 2,
        onTime: 1,
        late: 1,
        rejected: 0,
        missing: 1,
        completeness: 2 / 3,
        onTimeRate: 1 / 3,
      },
      {
        ...periods[1],
        expected: 3,
        received: 2,
        onTime: 1,
        late: 1,
        rejected: 1,
        missing: 0,
        completeness: 2 / 3,
        onTimeRate: 1 / 3,
      },
    ]);
    expect(history.units[0]!.cells[1]!.received).toBe("2023-07-25T03:00:00.000Z");
  });

  it("ignores ledger lines of a kind it does not know, and counts a hand rejection as rejected", () => {
    const accepted = line("CAT", "2023-H1", "2023-07-10T03:00:00.000Z", "accepted");
    const unknown = { ...line("SCT", "2023-H1", "2023-07-10T03:00:00.000Z", "accepted"), kind: "note" };
    const review = { kind: "review", period: "2023-H1", unit: "CAT", decision: "rejected" } as unknown as LedgerEntry;
    const before = submissionHistory([accepted, unknown], periods.slice(1), ["CAT", "SCT"]);
    expect(before.units.map((u) => u.cells[0]!.state)).toEqual(["on-time", "missing"]);
    const after = submissionHistory([accepted, unknown, review], periods.slice(1), ["CAT", "SCT"]);
    expect(after.units.map((u) => u.cells[0]!.state)).toEqual(["rejected", "missing"]);
    // A file accepted after the hand rejection counts again.
    const resent = line("CAT", "2023-H1", "2023-07-12T03:00:00.000Z", "accepted");
    const again = submissionHistory([accepted, review, resent], periods.slice(1), ["CAT"]);
    expect(again.units[0]!.cells[0]!.state).toBe("on-time");
  });

  it("gives null rates over nothing", () => {
    const history = submissionHistory([], [], ["CAT"]);
    expect(history.units[0]).toMatchObject({ cells: [], onTimeRate: null });
    expect(submissionHistory([], periods, []).periods[0]).toMatchObject({ completeness: null, onTimeRate: null });
  });
});
