import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ledgerEntry } from "../../test/helpers/store.js";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { checkStore } from "../app/doctor.js";
import { GENESIS, lineHash, readHead, verifyChain } from "./chain.js";
import { appendLedger, ledgerPath, readLedger } from "./ledger.js";
import { serializeLedgerEntry } from "./ledger-entry.js";
import type { PeriodLockLine } from "./period-lock.js";

const lock: PeriodLockLine = {
  v: 1,
  kind: "lock",
  time: "2023-07-05T01:00:00.000Z",
  period: "2023-H1",
  by: "văn thư",
  note: null,
  units: [{ unit: "CAT", sha256: "a".repeat(64) }],
};

/** A small chained ledger: two ingest lines, then a lock line, written in two appends. */
function smallLedger(): string {
  const store = join(tempDir(), "store");
  appendLedger(store, [ledgerEntry({ unit: "CAT" }), ledgerEntry({ unit: "SCT", decision: "rejected" })]);
  appendLedger(store, [lock]);
  return store;
}

const check = (store: string, text: string) => verifyChain(text, readHead(store));

describe("the ledger's hash chain", () => {
  it("chains each line to the one before and records the head", () => {
    const store = smallLedger();
    const text = readFileSync(ledgerPath(store), "utf8");
    const lines = text.trimEnd().split("\n");
    const prevs = lines.map((line) => (JSON.parse(line) as { prev: string }).prev);
    expect(prevs).toEqual([GENESIS, lineHash(lines[0]!), lineHash(lines[1]!)]);
    expect(readHead(store)).toEqual({ lines: 3, last: lineHash(lines[2]!) });
    expect(check(store, text)).toEqual({ lines: 3, unchained: 0, problems: [] });
    // The lines stay readable: the lock line is read as a lock, the others as submissions.
    expect(readLedger(store)).toMatchObject({ entries: [{ unit: "CAT" }, { unit: "SCT" }], locks: [lock] });
  });

  it("detects a change of every single byte of the ledger", () => {
    const store = smallLedger();
    const bytes = readFileSync(ledgerPath(store));
    const missed: number[] = [];
    for (let i = 0; i < bytes.length; i += 1) {
      const edited = Buffer.from(bytes);
      edited[i] = edited[i]! ^ 0x01;
      if (check(store, edited.toString("utf8")).problems.length === 0) missed.push(i);
    }
    expect(bytes.length).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });

  it("detects a removed line, two lines swapped, and lines cut off the end", () => {
    const store = smallLedger();
    const lines = readFileSync(ledgerPath(store), "utf8").trimEnd().split("\n");
    const join_ = (xs: string[]) => xs.map((x) => `${x}\n`).join("");
    for (let removed = 0; removed < lines.length; removed += 1) {
      expect(check(store, join_(lines.filter((_, i) => i !== removed))).problems).not.toEqual([]);
    }
    expect(check(store, join_([lines[1]!, lines[0]!, lines[2]!])).problems).toContainEqual({ kind: "link", line: 1 });
    expect(check(store, join_(lines.slice(0, 2))).problems).toEqual([{ kind: "shorter", lines: 2, expected: 3 }]);
    rmSync(join(store, "ledger.head"));
    expect(check(store, join_(lines)).problems).toEqual([{ kind: "head-missing" }]);
  });

  it("reads an old ledger without links, reports it as an unchained prefix, and chains from its last line", () => {
    const store = join(tempDir(), "store");
    const old = [ledgerEntry({ unit: "CAT" }), ledgerEntry({ unit: "VNPT" })].map((e) => serializeLedgerEntry(e));
    mkdirSync(store, { recursive: true });
    writeFileSync(ledgerPath(store), old.join(""));
    expect(check(store, old.join(""))).toEqual({ lines: 2, unchained: 2, problems: [] });

    appendLedger(store, [ledgerEntry({ unit: "SCT" })]);
    const text = readFileSync(ledgerPath(store), "utf8");
    expect(check(store, text)).toEqual({ lines: 3, unchained: 2, problems: [] });
    expect(JSON.parse(text.trimEnd().split("\n")[2]!)).toMatchObject({ prev: lineHash(old[1]!.trimEnd()) });
    // The last old line is covered by the first new one; lines before it cannot be checked.
    const edited = text.replace('"VNPT"', '"VNPX"');
    expect(check(store, edited).problems).toEqual([{ kind: "link", line: 3 }]);
  });

  it("doctor --store reports an edited line and is not ok", () => {
    const store = smallLedger();
    const path = ledgerPath(store);
    writeFileSync(path, readFileSync(path, "utf8").replace('"SCT"', '"SCX"'));
    const report = checkStore(store);
    expect(report.ok).toBe(false);
    expect(report.chain.problems).toEqual([{ kind: "link", line: 3 }]);
  });
});
