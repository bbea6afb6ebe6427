// A ledger that cannot be read or written (read-only file or disk, a full disk, a folder in its place) is a
// user error naming the file and the reason, never a crash. Root ignores file modes, so the file system's
// refusals are injected here.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ledgerEntry } from "../../test/helpers/store.js";
import { tempDir } from "../../test/helpers/temp-dir.js";

const refuse = { code: null as string | null };

// The suite shares modules between test files (vitest.config.ts: isolate false), so the mock is set up
// on fresh modules here and taken down after, rather than hoisted over the whole worker.
vi.resetModules();
vi.doMock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const failing =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      if (refuse.code !== null) throw Object.assign(new Error(`${refuse.code}: injected`), { code: refuse.code });
      return fn(...args);
    };
  return { ...fs, openSync: failing(fs.openSync), writeSync: failing(fs.writeSync) };
});
const { appendLedger, readLedger } = await import("./ledger.js");
vi.doUnmock("node:fs");
vi.resetModules();

afterEach(() => {
  refuse.code = null;
});

describe("ledger faults", () => {
  for (const code of ["EACCES", "EROFS", "ENOSPC", "EPERM"]) {
    it(`an append refused with ${code} is a user error naming the file; the ledger and its head are unchanged`, () => {
      const store = join(tempDir(), "store");
      appendLedger(store, [ledgerEntry({ unit: "CAT" })]);
      const before = readFileSync(join(store, "ledger.jsonl"));
      const head = readFileSync(join(store, "ledger.head"));
      refuse.code = code;
      // The head (chain.ts) is written first, so a store that refuses writes is named by it.
      expect(() => appendLedger(store, [ledgerEntry({ unit: "STP" })])).toThrow(
        expect.objectContaining({
          code: expect.stringMatching(/unwritable$/),
          params: expect.objectContaining({ file: expect.stringMatching(/ledger\.(head|jsonl)$/) }),
        }),
      );
      refuse.code = null;
      expect(readFileSync(join(store, "ledger.jsonl")).equals(before)).toBe(true);
      expect(readFileSync(join(store, "ledger.head")).equals(head)).toBe(true);
    });
  }

  it("a ledger that is a folder cannot be read or appended to: a user error naming it", () => {
    const store = tempDir();
    mkdirSync(join(store, "ledger.jsonl"));
    const named = { params: { file: join(store, "ledger.jsonl"), code: "EISDIR" } };
    expect(() => readLedger(store)).toThrow(expect.objectContaining({ code: "store/unreadable", ...named }));
    expect(() => appendLedger(store, [ledgerEntry()])).toThrow(
      expect.objectContaining({ code: "store/unwritable", ...named }),
    );
  });
});
