// Lock lines of store/ledger.jsonl: `baocao lock --period P` freezes a period's accepted submissions, and
// `--unlock "reason"` (ingest, review) opens it again. They are lines of their own kind ("kind": "lock" |
// "unlock") among the ingest lines, so the same chain (chain.ts) protects them. Whether a period is locked
// is read from the last such line for it.
import type * as Zod from "zod";
import { UserError } from "../errors.js";
import { isInstant, loadZod } from "./ledger-entry.js";

export interface PeriodLockLine {
  readonly v: 1;
  readonly kind: "lock" | "unlock";
  /** ISO 8601, UTC. */
  readonly time: string;
  readonly period: string;
  /** Who: the user logged in to the computer. */
  readonly by: string;
  /** Lock: an optional note; unlock: the reason, always given. */
  readonly note: string | null;
  /** Lock: the accepted submissions frozen (unit and sha256); unlock: empty. */
  readonly units: readonly { readonly unit: string; readonly sha256: string }[];
}

/** Built, with zod loaded, only for a line the hand check does not pass (ledger-entry.ts loadZod: why). */
export function lockLineSchema() {
  lockSchema ??= buildLockSchema(loadZod());
  return lockSchema;
}

function buildLockSchema({ z }: typeof Zod) {
  return z.object({
    v: z.literal(1),
    kind: z.enum(["lock", "unlock"]),
    time: z.iso.datetime(),
    period: z.string().min(1),
    by: z.string(),
    note: z.string().nullable(),
    units: z.array(z.object({ unit: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  }) satisfies Zod.z.ZodType<PeriodLockLine>;
}

let lockSchema: ReturnType<typeof buildLockSchema> | undefined;

/**
 * The line the schema gives for `json` when `json` certainly passes it (unknown keys dropped); null when it
 * may not. test: period-lock.test.ts checks it against the schema.
 */
export function quickLockLine(json: unknown): PeriodLockLine | null {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return null;
  const line = json as Record<string, unknown>;
  if (
    line.v !== 1 ||
    (line.kind !== "lock" && line.kind !== "unlock") ||
    !isInstant(line.time) ||
    typeof line.period !== "string" ||
    line.period === "" ||
    typeof line.by !== "string" ||
    !(line.note === null || typeof line.note === "string") ||
    !Array.isArray(line.units)
  )
    return null;
  const units: { unit: string; sha256: string }[] = [];
  for (const unit of line.units as unknown[]) {
    if (typeof unit !== "object" || unit === null || Array.isArray(unit)) return null;
    const { unit: code, sha256 } = unit as Record<string, unknown>;
    if (typeof code !== "string" || code === "" || typeof sha256 !== "string" || !/^[0-9a-f]{64}$/.test(sha256))
      return null;
    units.push({ unit: code, sha256 });
  }
  return { v: 1, kind: line.kind, time: line.time, period: line.period, by: line.by, note: line.note, units };
}

export function isLockLineJson(json: unknown): boolean {
  return typeof json === "object" && json !== null && "kind" in json;
}

export function parseLockLine(json: unknown): { ok: true; lock: PeriodLockLine } | { ok: false; detail: string } {
  const quick = quickLockLine(json);
  if (quick !== null) return { ok: true, lock: quick };
  const result = lockLineSchema().safeParse(json);
  if (result.success) return { ok: true, lock: result.data };
  const issue = result.error.issues[0];
  return { ok: false, detail: issue ? `${issue.path.join(".") || "(line)"}: ${issue.message}` : "invalid entry" };
}

export function serializeLockLine(line: PeriodLockLine, prev?: string): string {
  const ordered = {
    v: 1,
    kind: line.kind,
    time: line.time,
    period: line.period,
    by: line.by,
    note: line.note,
    units: line.units.map(({ unit, sha256 }) => ({ unit, sha256 })),
    prev,
  };
  return `${JSON.stringify(ordered)}\n`;
}

/** The lock line in force for the period (the last lock or unlock line, when it is a lock), or null. */
export function periodLock(locks: readonly PeriodLockLine[], period: string): PeriodLockLine | null {
  const last = locks.findLast((line) => line.period === period);
  return last?.kind === "lock" ? last : null;
}

/**
 * Before writing for a period: refuses a locked period (exit 2, naming who locked it and when), unless the
 * clerk gave `--unlock "reason"`; then returns the unlock line to write first. Nothing to write otherwise.
 */
export function unlockLines(
  locks: readonly PeriodLockLine[],
  period: string,
  unlock: { readonly reason: string | undefined; readonly by: string; readonly now: Date },
): PeriodLockLine[] {
  const lock = periodLock(locks, period);
  if (lock === null) return [];
  if (unlock.reason === undefined || unlock.reason.trim() === "") {
    throw new UserError("store/period-locked", { period, by: lock.by, time: vietnamTime(lock.time) });
  }
  return [
    {
      v: 1,
      kind: "unlock",
      time: unlock.now.toISOString(),
      period,
      by: unlock.by,
      note: unlock.reason.trim(),
      units: [],
    },
  ];
}

/** "05/07/2023 09:15", Vietnam time (UTC+7), for messages. */
export function vietnamTime(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(shifted.getUTCDate())}/${pad(shifted.getUTCMonth() + 1)}/${shifted.getUTCFullYear()} ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}
