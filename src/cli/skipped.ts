// The files of the folders given that were not read, as validate and ingest print them.
import type { SkippedInput } from "../app/validate-inputs.js";

/** One line per file not read, under a heading; nothing when none was skipped. */
export function skippedLines(
  skipped: readonly SkippedInput[],
  text: { skipped: (p: { count: number }) => string; skipReasons: Record<string, string> },
): string[] {
  if (skipped.length === 0) return [];
  return [
    text.skipped({ count: skipped.length }),
    ...skipped.map((item) => `  ${item.file} — ${text.skipReasons[item.reason] ?? item.reason}`),
  ];
}
