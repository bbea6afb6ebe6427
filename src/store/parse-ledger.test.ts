import { describe, expect, it } from "vitest";
import { UserError } from "../errors.js";
import type { LedgerEntry } from "./ledger-entry.js";
import { serializeLedgerEntry } from "./ledger-entry.js";
import { parseLedger } from "./parse-ledger.js";

function rejected(unit: string, sha: string): LedgerEntry {
  return {
    v: 1,
    time: "2023-07-03T02:15:00.000Z",
    period: "2023-H1",
    unit,
    file: `inbox/${unit}.xlsx`,
    sha256: sha.repeat(64),
    size: 10,
    status: "rejected",
    declaredPeriod: "2023-H1",
    decision: "rejected",
    reason: "errors",
    errors: 0,
    warnings: 0,
    findings: [],
    omitted: 0,
    archive: null,
    supersedes: null,
  };
}

const one = serializeLedgerEntry(rejected("CAT", "a"));
const two = serializeLedgerEntry(rejected("VNPT", "b"));

describe("parseLedger", () => {
  it("reads complete lines and an empty ledger", () => {
    expect(parseLedger("")).toEqual({ entries: [], torn: null });
    expect(parseLedger(one + two).entries.map((e) => e.unit)).toEqual(["CAT", "VNPT"]);
    expect(parseLedger(`${one}\n\r\n${two.replace("\n", "\r\n")}`).entries).toHaveLength(2);
  });

  it("sets aside a last line torn by a crash and says which", () => {
    const torn = two.slice(0, 57);
    expect(parseLedger(one + torn)).toEqual({
      entries: [rejected("CAT", "a")],
      torn: { line: 2, text: torn },
    });
  });

  it("keeps a complete last line that only lacks its newline", () => {
    expect(parseLedger(one + two.trimEnd())).toEqual({
      entries: [rejected("CAT", "a"), rejected("VNPT", "b")],
      torn: null,
    });
  });

  it("refuses a damaged line before the end, naming its number", () => {
    const text = one + '{"v":1,"time":"oops"}\n' + two;
    expect(() => parseLedger(text, "store/ledger.jsonl")).toThrow(UserError);
    try {
      parseLedger(text, "store/ledger.jsonl");
    } catch (error) {
      expect(error).toMatchObject({
        code: "store/ledger-corrupt",
        params: { file: "store/ledger.jsonl", line: 2, problem: "schema" },
      });
    }
    expect(() => parseLedger(`${one}garbage\n`)).toThrow(/"line":2,"problem":"json"/);
  });
});
