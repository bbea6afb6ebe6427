import { describe, expect, it } from "vitest";
import { lockLineSchema, parseLockLine, quickLockLine, serializeLockLine } from "./period-lock.js";
import type { PeriodLockLine } from "./period-lock.js";

const lock: PeriodLockLine = {
  v: 1,
  kind: "lock",
  time: "2023-07-03T02:15:00.000Z",
  period: "2023-H1",
  by: "van-thu",
  note: null,
  units: [{ unit: "CAT", sha256: "a".repeat(64) }],
};

describe("the hand check of a lock line (zod is loaded only for a line it does not pass)", () => {
  const base = JSON.parse(serializeLockLine(lock, "b".repeat(64))) as Record<string, unknown>;
  const valid: unknown[] = [
    base,
    { ...base, kind: "unlock", note: "sửa số liệu", units: [], extra: 1 },
    { ...base, units: [{ unit: "X", sha256: "c".repeat(64), extra: true }] },
  ];
  const damaged: unknown[] = [
    null,
    [],
    { ...base, v: 2 },
    { ...base, kind: "open" },
    { ...base, time: "2023-02-30T00:00:00Z" },
    { ...base, period: "" },
    { ...base, by: null },
    { ...base, note: 1 },
    { ...base, units: {} },
    { ...base, units: [null] },
    { ...base, units: [{ unit: "", sha256: "c".repeat(64) }] },
    { ...base, units: [{ unit: "X", sha256: "C".repeat(64) }] },
  ];

  it("passes what the schema passes and gives what it gives, keys in the same order", () => {
    for (const json of valid) {
      const zod = lockLineSchema().safeParse(json);
      expect(zod.success).toBe(true);
      expect(quickLockLine(json)).toStrictEqual(zod.data);
      expect(JSON.stringify(quickLockLine(json))).toBe(JSON.stringify(zod.data));
      expect(parseLockLine(json)).toEqual({ ok: true, lock: zod.data });
    }
    for (const json of damaged) {
      expect(lockLineSchema().safeParse(json).success, JSON.stringify(json)).toBe(false);
      expect(quickLockLine(json), JSON.stringify(json)).toBeNull();
      expect(parseLockLine(json)).toMatchObject({ ok: false });
    }
    expect(parseLockLine({ ...base, period: "" })).toEqual({
      ok: false,
      detail: "period: Too small: expected string to have >=1 characters",
    });
  });
});
