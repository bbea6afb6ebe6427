// The aggregate a document is made from: out/<period>/aggregate.json when it still describes the store
// and the configuration (its basis matches), else a fresh one. A file that is truncated, of another shape
// (hand-edited, another version of baocao) or stale is never used, and the caller is told why.
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { fileKind, readRegularFile, readRegularFileBlocks } from "../io/regular-file.js";
import {
  aggregateBasis,
  checkAggregateJson,
  isIncidentWithDate,
  parseAggregateBlocks,
  parseAggregateBlocksTrimmed,
} from "../aggregate/index.js";
import type { ParsedAggregateFile, TrimmedAggregate } from "../aggregate/index.js";
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

/**
 * The file read and checked; its text is not kept (60 MB of it at 100,000 incidents). With `listed`, only
 * the first `listed` incidents are kept (every one is checked).
 */
function readAggregateFile(file: string, listed?: number): ParsedAggregateFile {
  // Not a regular file (a FIFO would block the read forever): damaged, so the aggregate is made afresh.
  if (fileKind(file) !== "file") return { ok: false, problem: "damaged" };
  // Read and parsed in pieces: the whole text as one string would be 120 MB at 100,000 incidents.
  const blocks = readRegularFileBlocks(file, file, 1 << 20);
  const whole = () => readRegularFile(file, file);
  let json: unknown;
  let trimmed: TrimmedAggregate["list"] | undefined;
  try {
    if (listed === undefined) json = parseAggregateBlocks(blocks, whole);
    else
      ({ json, list: trimmed } = parseAggregateBlocksTrimmed(blocks, whole, {
        keep: listed,
        check: isIncidentWithDate,
      }));
  } catch {
    return { ok: false, problem: "damaged" };
  }
  return checkAggregateJson(json, trimmed);
}

/** The saved aggregate if it can be used, else why not (null: there is none). */
export function checkSavedAggregate(
  workspace: Workspace,
  period: Period,
  /** Keep only the first `listed` incidents (CurrentAggregateOptions). */
  listed?: number,
): { aggregate: Aggregate } | { reason: StaleReason } | null {
  const file = savedAggregateFile(workspace, period);
  if (!existsSync(file)) return null;
  const parsed = readAggregateFile(file, listed);
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

export interface CurrentAggregateOptions {
  /**
   * Keep only the first `listed` incidents of the list (incidents.count still counts them all): a report
   * lists no more, and 100,000 incidents held for nothing were half of its peak memory.
   */
  readonly listed?: number;
}

/** The saved aggregate when it is current, else a fresh one (after `onNotice` says why). */
export async function currentAggregate(
  workspace: Workspace,
  period: Period,
  today: CalendarDate,
  onNotice?: (notice: AggregateNotice) => void,
  options: CurrentAggregateOptions = {},
): Promise<Aggregate> {
  const saved = checkSavedAggregate(workspace, period, options.listed);
  if (saved !== null && "aggregate" in saved) return saved.aggregate;
  if (saved !== null)
    onNotice?.({ file: relative(workspace.dir, savedAggregateFile(workspace, period)), reason: saved.reason });
  // The aggregate's code (and exceljs, for its workbook) is loaded only when the saved aggregate cannot be used.
  const { computeAggregate } = await import("./aggregate.js");
  return listedOnly(await computeAggregate(workspace, period, today), options.listed);
}

function listedOnly<T extends Aggregate>(aggregate: T, listed: number | undefined): T {
  const { list } = aggregate.incidents;
  if (listed === undefined || list.length <= listed) return aggregate;
  return { ...aggregate, incidents: { ...aggregate.incidents, list: list.slice(0, Math.max(0, listed)) } };
}
