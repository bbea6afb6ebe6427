// A file over the workspace's size limit is refused by its size alone: it is never read into memory,
// only hashed in chunks so that the ledger can still name it.
import { closeSync, openSync, readSync } from "node:fs";
import { createHash } from "node:crypto";
import type { FileReport } from "../domain/findings.js";

/** The SHA-256 of a file, read a megabyte at a time. */
export function hashFile(path: string): string {
  const hash = createHash("sha256");
  const chunk = Buffer.alloc(1024 * 1024);
  const fd = openSync(path, "r");
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

/** The report of a file refused for its size: unreadable, one `file/too-large` error. */
export function tooLargeReport(file: string, sha256: string, size: number, limit: number): FileReport {
  const finding = {
    severity: "error" as const,
    code: "file/too-large" as const,
    sheet: null,
    cell: null,
    row: null,
    column: null,
    value: null,
    params: { size, limit },
  };
  return { file, sha256, size, unit: null, period: null, status: "unreadable", findings: [finding], omitted: 0 };
}
