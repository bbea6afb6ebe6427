import { describe, expect, it } from "vitest";
import { ledgerEntry } from "../../test/helpers/store.js";
import { UserError } from "../errors.js";
import { messages } from "../messages/index.js";
import type { LedgerEntry } from "./ledger-entry.js";
import { serializeLedgerEntry } from "./ledger-entry.js";
import { parseLedger } from "./parse-ledger.js";

function rejected(unit: string, sha: string): LedgerEntry {
  return ledgerEntry({ unit, decision: "rejected", sha256: sha.repeat(64) });
}

const one = serializeLedgerEntry(rejected("CAT", "a"));
const two = serializeLedgerEntry(rejected("VNPT", "b"));

describe("parseLedger", () => {
  it("reads complete lines and an empty ledger", () => {
    expect(parseLedger("")).toEqual({ entries: [], locks: [], torn: null });
    expect(parseLedger(one + two).entries.map((e) => e.unit)).toEqual(["CAT", "VNPT"]);
    expect(parseLedger(`${one}\n\r\n${two.replace("\n", "\r\n")}`).entries).toHaveLength(2);
  });

  it("sets aside a last line torn by a crash and says which", () => {
    const torn = two.slice(0, 57);
    expect(parseLedger(one + torn)).toEqual({
      entries: [rejected("CAT", "a")],
      locks: [],
      torn: { line: 2, text: torn },
    });
  });

  it("keeps a complete last line that only lacks its newline", () => {
    expect(parseLedger(one + two.trimEnd())).toEqual({
      entries: [rejected("CAT", "a"), rejected("VNPT", "b")],
      locks: [],
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

  it("names the damage in words, not as the internal problem code", () => {
    const message = messages("vi").errors["store/ledger-corrupt"]!({
      file: "store/ledger.jsonl",
      line: 2,
      problem: "schema",
    });
    expect(message).toBe(
      "Sổ store/ledger.jsonl hỏng ở dòng 2 (dòng thiếu hoặc sai thông tin). Không sửa tay; sao lưu tệp và báo cho người quản trị.",
    );
  });
});
