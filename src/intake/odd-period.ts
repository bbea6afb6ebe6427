// Without --period, the round's period is what most files say: a batch of submissions is one round,
// and the one form left over from last half-year should stand out rather than pass.
import { parsePeriod, periodLabel } from "../domain/period/index.js";
import { finding } from "./checks/finding.js";
import type { FileReport } from "../domain/findings.js";
import { statusOf } from "../domain/findings.js";
import type { ValidatedFile } from "./validate-file.js";

/** The period most readable files declare (ties: the latest), or null when none declares one. */
export function majorityPeriod(reports: readonly FileReport[]): string | null {
  const counts = new Map<string, number>();
  for (const report of reports)
    if (report.period !== null) counts.set(report.period, (counts.get(report.period) ?? 0) + 1);
  let best: [string, number] | null = null;
  for (const entry of counts)
    if (best === null || entry[1] > best[1] || (entry[1] === best[1] && entry[0] > best[0])) best = entry;
  return best?.[0] ?? null;
}

/** Adds period/mismatch to files whose period differs from `expected`. */
export function flagOddPeriod<F extends Pick<ValidatedFile, "report" | "periodRef">>(file: F, expected: string): F {
  const { report, periodRef } = file;
  if (report.status === "unreadable" || report.period === null || report.period === expected) return file;
  const found = periodLabel(parsePeriod(report.period)!);
  const at =
    periodRef === null
      ? { sheet: null }
      : { ref: periodRef, value: { kind: "text" as const, text: found, legacy: null, original: found } };
  const mismatch = finding("error", "period/mismatch", at, { found, expected: periodLabel(parsePeriod(expected)!) });
  const findings = [...report.findings, mismatch];
  return { ...file, report: { ...report, findings, status: statusOf(findings) } };
}
