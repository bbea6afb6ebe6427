// The aggregate a document is made from: out/<period>/aggregate.json when it still describes the store
// and the configuration (its basis matches), else a fresh one. A file that is truncated, of another shape
// (hand-edited, another version of baocao) or stale is never used, and the caller is told why.
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { fileKind, readRegularFile, readRegularFileBlocks } from "../io/regular-file.js";
import { aggregateBasis, checkAggregateJson, parseAggregateBlocks } from "../aggregate/index.js";
import type { ParsedAggregateFile } from "../aggregate/index.js";
import type { Aggregate } from "../aggregate/index.js";
import type { CalendarDate } from "../domain/calendar-date.js";
import type { Period } from "../domain/period/index.js";
import { periodCode } from "../domain/period/index.js";
import type { Workspace } from "../workspace/read.js";
import { ledgerPath, readLedgerBytes } from "../store/index.js";

/** Why a saved aggregate.json was not used. */
export type StaleReason = "damaged" | "shape" | "period" | "config" | "ledger";

export interface AggregateNotice {
  /** The file, relative to the workspace. */
  readonly file: string;
  readonly reason: StaleReason;
}

export function savedAggregateFile(workspace: Workspace, period: Period): string {
  return join(workspace.dir, "out", periodCode(period), "aggregate.json");
}

/** The file read and checked; its text is not kept (60 MB of it at 100,000 incidents). */
function readAggregateFile(file: string): ParsedAggregateFile {
  // Not a regular file (a FIFO would block the read forever): damaged, so the aggregate is made afresh.
  if (fileKind(file) !== "file") return { ok: false, problem: "damaged" };
  let json: unknown;
  try {
    // Read and parsed in pieces: the whole text as one string would be 120 MB at 100,000 incidents.
    json = parseAggregateBlocks(readRegularFileBlocks(file, file, 1 << 20), () => readRegularFile(file, file));
  } catch {
    return { ok: false, problem: "damaged" };
  }
  return checkAggregateJson(json);
}

/** The saved aggregate if it can be used, else why not (null: there is none). */
export function checkSavedAggregate(
  workspace: Workspace,
  period: Period,
): { aggregate: Aggregate } | { reason: StaleReason } | null {
  const file = savedAggregateFile(workspace, period);
  if (!existsSync(file)) return null;
  const parsed = readAggregateFile(file);
  if (!parsed.ok) return { reason: parsed.problem };
  const saved = parsed.value;
  if (periodCode(saved.period) !== periodCode(period)) return { reason: "period" };
  // The ledger's bytes as they are (what app/aggregate.ts's readLedgerWithText gives), without parsing them.
  const ledger = readLedgerBytes(ledgerPath(join(workspace.dir, "store"))) ?? Buffer.alloc(0);
  const basis = aggregateBasis(workspace.config, ledger);
  if (saved.basis.config !== basis.config) return { reason: "config" };
  if (saved.basis.ledger !== basis.ledger) return { reason: "ledger" };
  return { aggregate: saved };
}

/** The saved aggregate when it is current, else a fresh one (after `onNotice` says why). */
export async function currentAggregate(
  workspace: Workspace,
  period: Period,
  today: CalendarDate,
  onNotice?: (notice: AggregateNotice) => void,
): Promise<Aggregate> {
  const saved = checkSavedAggregate(workspace, period);
  if (saved !== null && "aggregate" in saved) return saved.aggregate;
  if (saved !== null)
    onNotice?.({ file: relative(workspace.dir, savedAggregateFile(workspace, period)), reason: saved.reason });
  // The aggregate's code (and exceljs, for its workbook) is loaded only when the saved aggregate cannot be used.
  const { computeAggregate } = await import("./aggregate.js");
  return computeAggregate(workspace, period, today);
}
