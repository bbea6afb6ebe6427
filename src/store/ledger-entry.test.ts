import { describe, expect, it } from "vitest";
import { ledgerEntry } from "../../test/helpers/store.js";
import type { LedgerEntry } from "./ledger-entry.js";
import { parseLedgerLine, serializeLedgerEntry } from "./ledger-entry.js";

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
