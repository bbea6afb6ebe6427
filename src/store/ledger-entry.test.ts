import { describe, expect, it } from "vitest";
import { ledgerEntry } from "../../test/helpers/store.js";
import type { LedgerEntry } from "./ledger-entry.js";
import { ledgerEntrySchema, parseLedgerLine, quickEntry, serializeLedgerEntry } from "./ledger-entry.js";

const sha = (c: string) => c.repeat(64);

const accepted: LedgerEntry = ledgerEntry({
  file: "inbox/cong-an-tinh.xlsx",
  sha256: sha("b"),
  size: 18_204,
  warnings: 1,
  findings: [
    {
      // keys deliberately out of order: serialisation fixes the order
      params: { right: 12, left: 15, rule: "TT03<=TT02" },
      value: 15,
      severity: "warning",
      code: "rule/compare",
      sheet: "Chỉ tiêu",
      cell: "D12",
      row: 12,
      column: "Kỳ này",
    },
  ],
  supersedes: sha("a"),
});

describe("ledger line", () => {
  it("serialises to one line with keys in a fixed order and parses back", () => {
    const line = serializeLedgerEntry(accepted);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toContain("\n");
    expect(line).toMatchInlineSnapshot(`
      "{"v":1,"time":"2023-07-03T02:15:00.000Z","period":"2023-H1","unit":"CAT","file":"inbox/cong-an-tinh.xlsx","sha256":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","size":18204,"status":"accepted","declaredPeriod":"2023-H1","decision":"accepted","reason":null,"errors":0,"warnings":1,"findings":[{"severity":"warning","code":"rule/compare","sheet":"Chỉ tiêu","cell":"D12","row":12,"column":"Kỳ này","value":15,"params":{"left":15,"right":12,"rule":"TT03<=TT02"}}],"omitted":0,"archive":"bb/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.xlsx","supersedes":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}
      "
    `);
    const parsed = parseLedgerLine(line.trim());
    expect(parsed.ok && serializeLedgerEntry(parsed.entry)).toBe(line);
  });

  it("ignores unknown keys, so a later v1 may add optional fields", () => {
    const json = { ...JSON.parse(serializeLedgerEntry(accepted)), receivedBy: "mail" };
    const parsed = parseLedgerLine(JSON.stringify(json));
    expect(parsed.ok).toBe(true);
  });

  it("names the problem with a bad line", () => {
    const json = JSON.parse(serializeLedgerEntry(accepted));
    expect(parseLedgerLine("{not json")).toMatchObject({ ok: false, problem: "json" });
    expect(parseLedgerLine(JSON.stringify({ ...json, v: 2 }))).toEqual({
      ok: false,
      problem: "version",
      detail: "v=2",
    });
    expect(parseLedgerLine(JSON.stringify({ ...json, sha256: "XYZ" }))).toMatchObject({
      ok: false,
      problem: "schema",
      detail: expect.stringContaining("sha256"),
    });
    expect(parseLedgerLine(JSON.stringify({ ...json, archive: null }))).toEqual({
      ok: false,
      problem: "schema",
      detail: "decision, reason and archive disagree",
    });
  });
});

describe("the hand check of a ledger line (zod is loaded only for a line it does not pass)", () => {
  const base = JSON.parse(serializeLedgerEntry(accepted)) as Record<string, unknown>;
  const finding = (base.findings as Record<string, unknown>[])[0]!;
  const withFinding = (change: Record<string, unknown>) => ({ ...base, findings: [{ ...finding, ...change }] });
  const without = (key: string) => Object.fromEntries(Object.entries(base).filter(([k]) => k !== key));
  const original = { format: "xls", sha256: sha("c"), size: 10, archive: null };
  const review = { action: "reject", by: "an", note: "sai số liệu" };

  /** Lines the schema passes, as JSON.parse gives them. */
  const valid: unknown[] = [
    base,
    { ...base, prev: sha("d"), extra: { nested: true } },
    { ...base, original, formVersion: "1", review },
    { ...base, formVersion: null },
    { ...base, decision: "rejected", reason: "errors", archive: null, unit: null, supersedes: null },
    { ...base, time: "2024-02-29T23:59:59Z" },
    { ...base, time: "2024-02-29T23:59:59.123456Z" },
    { ...base, findings: [] },
    withFinding({ value: null, row: null, sheet: null, cell: null, column: null, params: {} }),
    withFinding({ value: true }),
    withFinding({ value: "x", params: { a: "b", 1: 2 } }),
    withFinding({ value: -0.5, extra: 1 }),
  ];
  /** Lines with every kind of damage. */
  const damaged: unknown[] = [
    null,
    [],
    "text",
    { ...base, v: "1" },
    without("time"),
    ...["2023-02-29T00:00:00Z", "2023-06-16T24:00:00Z", "2023-06-16T05:00:00+07:00", "2023-06-16", "x"].map((time) => ({
      ...base,
      time,
    })),
    { ...base, period: "" },
    { ...base, unit: "" },
    { ...base, file: 1 },
    { ...base, sha256: sha("B") },
    { ...base, sha256: sha("b").slice(1) },
    ...[-1, 1.5, "1", null, 2 ** 53].map((size) => ({ ...base, size })),
    { ...base, status: "ok" },
    { ...base, declaredPeriod: 2023 },
    { ...base, decision: "maybe" },
    { ...base, reason: "other" },
    { ...base, errors: -1 },
    { ...base, warnings: null },
    { ...base, findings: {} },
    { ...base, omitted: 0.5 },
    { ...base, archive: "" },
    { ...base, supersedes: "a" },
    { ...base, original: null },
    { ...base, original: { ...original, format: "csv" } },
    { ...base, original: { ...original, archive: "" } },
    { ...base, original: [] },
    { ...base, formVersion: 1 },
    { ...base, review: { ...review, action: "maybe" } },
    { ...base, review: { action: "accept", by: "an" } },
    withFinding({ severity: "fatal" }),
    withFinding({ code: "no/such-code" }),
    withFinding({ row: 1.5 }),
    withFinding({ value: {} }),
    withFinding({ params: [] }),
    withFinding({ params: { a: true } }),
    { ...base, findings: [null] },
  ];

  it("passes exactly what the schema passes, and gives what the schema gives, keys in the same order", () => {
    const schema = ledgerEntrySchema();
    for (const json of valid) {
      const zod = schema.safeParse(json);
      const quick = quickEntry(json);
      expect(zod.success, JSON.stringify(json)).toBe(true);
      expect(quick).toStrictEqual(zod.data);
      expect(JSON.stringify(quick)).toBe(JSON.stringify(zod.data));
    }
    for (const json of damaged) {
      expect(schema.safeParse(json).success, JSON.stringify(json)).toBe(false);
      expect(quickEntry(json), JSON.stringify(json)).toBeNull();
    }
    // A "__proto__" parameter (which baocao never writes) is left to the schema, whatever it makes of it.
    expect(quickEntry(withFinding({ params: JSON.parse('{"__proto__": "x"}') as unknown }))).toBeNull();
  });

  it("leaves the wording of a damaged line's problem to the schema", () => {
    expect(parseLedgerLine(JSON.stringify({ ...base, size: -1 }))).toEqual({
      ok: false,
      problem: "schema",
      detail: "size: Too small: expected number to be >=0",
    });
    expect(parseLedgerLine(JSON.stringify(withFinding({ code: "no/such-code" })))).toMatchObject({
      ok: false,
      problem: "schema",
      detail: expect.stringMatching(/^findings\.0\.code: /),
    });
  });
});
