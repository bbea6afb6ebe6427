// Fixtures for the store's tests: ledger lines and validation reports built from a few facts, so each
// test states only what matters to it (the unit, the decision, the period, the time …).
import type { FileReport, Finding } from "../../src/domain/findings.js";
import type { LedgerEntry } from "../../src/store/ledger-entry.js";

/** A warning and an error, as validation reports them. */
export const WARNING: Finding = {
  severity: "warning",
  code: "rule/compare",
  sheet: "Chỉ tiêu",
  cell: "D12",
  row: 12,
  column: "Kỳ này",
  value: 15,
  params: { left: 15, right: 12 },
};
export const ERROR: Finding = { ...WARNING, severity: "error", code: "value/negative", value: -1, params: {} };

/**
 * A well-formed ledger line. `decision` sets the fields that go with it (status, reason, error count,
 * archive), which `overrides` may still change. Defaults: unit CAT, 2023-H1, file inbox/<unit>.xlsx.
 */
export function ledgerEntry(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  const decision = overrides.decision ?? "accepted";
  const accepted = decision === "accepted";
  const unit = overrides.unit === undefined ? "CAT" : overrides.unit;
  const period = overrides.period ?? "2023-H1";
  const sha256 = overrides.sha256 ?? "a".repeat(64);
  return {
    v: 1,
    time: "2023-07-03T02:15:00.000Z",
    period,
    unit,
    file: `inbox/${unit ?? "unknown"}.xlsx`,
    sha256,
    size: 10,
    status: accepted ? "accepted" : "rejected",
    declaredPeriod: period,
    decision,
    reason: accepted ? null : "errors",
    errors: accepted ? 0 : 1,
    warnings: 0,
    findings: [],
    omitted: 0,
    archive: accepted ? `${sha256.slice(0, 2)}/${sha256}.xlsx` : null,
    supersedes: null,
    ...overrides,
  };
}

/** A validation report of a clean file of CAT for 2023-H1; `overrides` changes parts. */
export function fileReport(
  file: string,
  sha256: string,
  size: number,
  overrides: Partial<FileReport> = {},
): FileReport {
  return {
    file,
    sha256,
    size,
    unit: "CAT",
    period: "2023-H1",
    status: "accepted",
    findings: [],
    omitted: 0,
    ...overrides,
  };
}
