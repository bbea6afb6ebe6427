import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ledgerEntry } from "../../test/helpers/store.js";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { lineHash } from "./chain.js";
import { appendLedger, readLedger } from "./ledger.js";
import type { LedgerEntry } from "./ledger-entry.js";
import { serializeLedgerEntry } from "./ledger-entry.js";

function rejected(unit: string): LedgerEntry {
  return ledgerEntry({ unit, decision: "rejected", sha256: "c".repeat(64) });
}

describe("ledger file", () => {
  it("reads a missing ledger as empty, creates it on first append and appends whole lines", () => {
    const store = join(tempDir(), "store");
    expect(readLedger(store)).toEqual({ entries: [], locks: [], torn: null });
    appendLedger(store, []);
    expect(readLedger(store).entries).toEqual([]);
    appendLedger(store, [rejected("CAT")]);
    appendLedger(store, [rejected("VNPT"), rejected("SCT")]);
    expect(readLedger(store).entries.map((e) => e.unit)).toEqual(["CAT", "VNPT", "SCT"]);
    expect(readFileSync(join(store, "ledger.jsonl"), "utf8").split("\n")).toHaveLength(4);
  });

  it("reports a torn last line, and cuts it off before the next append", () => {
    const store = tempDir();
    const path = join(store, "ledger.jsonl");
    const complete = serializeLedgerEntry(rejected("CAT"));
    writeFileSync(path, complete + serializeLedgerEntry(rejected("VNPT")).slice(0, 40));
    expect(readLedger(store)).toMatchObject({ entries: [{ unit: "CAT" }], torn: { line: 2 } });

    appendLedger(store, [rejected("SCT")]);
    // The old line has no chain link; the new one is chained to it (chain.ts).
    expect(readFileSync(path, "utf8")).toBe(
      complete + serializeLedgerEntry(rejected("SCT"), lineHash(complete.slice(0, -1))),
    );
  });

  it("completes a last line that only lacks its newline instead of gluing the next one to it", () => {
    const store = tempDir();
    const path = join(store, "ledger.jsonl");
    writeFileSync(path, serializeLedgerEntry(rejected("CAT")).trimEnd());
    appendLedger(store, [rejected("SCT")]);
    expect(readLedger(store)).toMatchObject({ entries: [{ unit: "CAT" }, { unit: "SCT" }], torn: null });
  });

  it("stops on a damaged line in the middle, naming the file and line", () => {
    const store = tempDir();
    const path = join(store, "ledger.jsonl");
    writeFileSync(path, `${serializeLedgerEntry(rejected("CAT"))}{"v":1}\n${serializeLedgerEntry(rejected("SCT"))}`);
    expect(() => readLedger(store)).toThrow(
      expect.objectContaining({
        code: "store/ledger-corrupt",
        params: expect.objectContaining({ file: path, line: 2 }),
      }),
    );
  });
});
