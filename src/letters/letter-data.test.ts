import { describe, expect, it } from "vitest";
import type { Finding } from "../domain/findings.js";
import type { LedgerEntry } from "../store/index.js";
import { listedFindings } from "./letter-data.js";

const finding = (severity: "error" | "warning", row: number): Finding => ({
  severity,
  code: "value/not-a-number",
  sheet: "Chỉ tiêu",
  cell: `D${row}`,
  row,
  column: "D",
  value: "khoảng 20",
  params: {},
});

const entry = (findings: Finding[], omitted = 0): LedgerEntry =>
  ({
    findings,
    errors: findings.filter((f) => f.severity === "error").length + omitted,
    warnings: findings.filter((f) => f.severity === "warning").length,
    omitted,
  }) as unknown as LedgerEntry;

describe("listedFindings (what a reminder or feedback letter lists)", () => {
  it("lists at most 10, errors first, numbered from 1, and counts the rest with those the ledger left out", () => {
    const findings = [finding("warning", 2), ...Array.from({ length: 12 }, (_, i) => finding("error", 10 + i))];
    const all = listedFindings(entry(findings, 3), false);
    expect(all.rows).toHaveLength(10);
    expect(all.rows.map((row) => row.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(all.rows.every((row) => row.severity === "error")).toBe(true);
    expect(all.rows[0]).toMatchObject({ sheet: "Chỉ tiêu", cell: "D10" });
    expect(all.rows[0]!.message).toContain("D10");
    // 12 errors + 3 omitted + 1 warning − 10 listed.
    expect(all.more).toBe(6);
    const errors = listedFindings(entry(findings, 3), true);
    expect(errors.rows).toHaveLength(10);
    expect(errors.more).toBe(5);
  });

  it("lists everything when there are few, and nothing without a submission", () => {
    const few = listedFindings(entry([finding("error", 5), finding("warning", 6)]), false);
    expect(few.rows.map((row) => row.severity)).toEqual(["error", "warning"]);
    expect(few.more).toBe(0);
    expect(listedFindings(undefined, false)).toEqual({ rows: [], more: 0 });
  });
});
