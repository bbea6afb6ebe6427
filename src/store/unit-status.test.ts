import { describe, expect, it } from "vitest";
import { ledgerEntry } from "../../test/helpers/store.js";
import type { LedgerEntry } from "./ledger-entry.js";
import { unitStatuses } from "./unit-status.js";

let counter = 0;
function line(
  unit: string | null,
  time: string,
  decision: "accepted" | "rejected",
  warnings = 0,
  period = "2023-H1",
): LedgerEntry {
  counter += 1;
  const sha256 = counter.toString(16).padStart(64, "0");
  const file = `inbox/${unit ?? "unknown"}-${counter}.xlsx`;
  return ledgerEntry({ unit, time, decision, warnings, period, sha256, file, errors: decision === "accepted" ? 0 : 2 });
}

// Deadline 20/7/2023: the day ends at 2023-07-20T17:00:00Z (midnight in Vietnam, UTC+7).
const onTime = "2023-07-20T16:59:59.000Z";
const late = "2023-07-20T17:00:00.000Z";

describe("unitStatuses", () => {
  it("gives one row per expected unit with totals", () => {
    const entries = [
      line("CAT", "2023-07-10T01:00:00.000Z", "accepted"),
      line("VNPT", onTime, "accepted", 2),
      line("SCT", late, "rejected"),
      line("HY-TP", late, "accepted"),
      line("CAT", "2023-07-01T01:00:00.000Z", "accepted", 0, "2022-H2"),
    ];
    const report = unitStatuses(entries, "2023-H1", ["CAT", "VNPT", "SCT", "HY-TP", "VIETTEL"], "2023-07-20");
    expect(report.rows.map((r) => [r.unit, r.status, r.late, r.errors, r.warnings, r.received])).toEqual([
      ["CAT", "accepted", false, 0, 0, "2023-07-10T01:00:00.000Z"],
      ["VNPT", "accepted-with-warnings", false, 0, 2, onTime],
      ["SCT", "rejected", true, 2, 0, late],
      ["HY-TP", "accepted", true, 0, 0, late],
      ["VIETTEL", "missing", false, 0, 0, null],
    ]);
    expect(report.totals).toEqual({
      expected: 5,
      accepted: 2,
      acceptedWithWarnings: 1,
      rejected: 1,
      missing: 1,
      late: 2,
      laterRejected: 0,
    });
  });

  it("shows the current accepted file and flags a later rejected one", () => {
    const first = line("CAT", "2023-07-10T01:00:00.000Z", "accepted");
    const second = line("CAT", "2023-07-11T01:00:00.000Z", "rejected");
    const [row] = unitStatuses([first, second], "2023-H1", ["CAT"]).rows;
    expect(row).toMatchObject({
      status: "accepted",
      entry: first,
      file: first.file,
      laterRejected: second,
      submissions: 2,
    });
  });

  it("judges lateness by the first accepted file, so a late correction is not late", () => {
    const entries = [
      line("CAT", onTime, "rejected"),
      line("CAT", onTime, "accepted"),
      line("CAT", late, "accepted", 1),
    ];
    const [row] = unitStatuses(entries, "2023-H1", ["CAT"], "2023-07-20").rows;
    expect(row).toMatchObject({ status: "accepted-with-warnings", received: late, late: false, laterRejected: null });
  });

  it("reports units not expected and files without a unit separately", () => {
    const stranger = line("XYZ", onTime, "rejected");
    const unreadable = line(null, onTime, "rejected");
    const report = unitStatuses([stranger, unreadable], "2023-H1", ["CAT"]);
    expect(report.unexpected.map((r) => [r.unit, r.status])).toEqual([["XYZ", "rejected"]]);
    expect(report.unidentified).toEqual([unreadable]);
    expect(report.totals.missing).toBe(1);
    expect(report.deadline).toBeNull();
  });

  it("refuses a deadline that is not a date", () => {
    expect(() => unitStatuses([], "2023-H1", [], "20/07/2023")).toThrow(RangeError);
  });
});
