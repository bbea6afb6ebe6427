import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ledgerEntry } from "../../test/helpers/store.js";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { archiveFile, sha256Of } from "./archive.js";
import { verifyArchives } from "./verify.js";

const older = Buffer.from("PK older");
const newer = Buffer.from("PK newer");

describe("verifyArchives", () => {
  it("checks each archive once and says whether the damaged one is current", () => {
    const store = tempDir();
    const lines = [older, newer].map((bytes) => {
      archiveFile(store, bytes, sha256Of(bytes));
      return ledgerEntry({ sha256: sha256Of(bytes), size: bytes.length });
    });
    // The same file accepted again in another period is one archive.
    const entries = [...lines, { ...lines[1]!, period: "2023-H2" }];
    expect(verifyArchives(store, entries)).toEqual({ checked: 2, damaged: [] });

    writeFileSync(join(store, lines[0]!.archive!), "PK");
    expect(verifyArchives(store, entries).damaged).toEqual([
      {
        unit: "CAT",
        period: "2023-H1",
        file: "inbox/CAT.xlsx",
        archive: lines[0]!.archive,
        current: false,
        problem: "size",
        expected: older.length,
        actual: 2,
      },
    ]);
    writeFileSync(join(store, lines[1]!.archive!), "PK bad!!");
    expect(verifyArchives(store, entries).damaged[1]).toMatchObject({
      period: "2023-H2",
      current: true,
      problem: "sha256",
    });
  });

  it("checks the original .xls of a converted submission too, against its own size and SHA-256", () => {
    const store = tempDir();
    const received = Buffer.from("\xd0\xcf\x11\xe0 an old workbook");
    const archive = archiveFile(store, newer, sha256Of(newer));
    const original = archiveFile(store, received, sha256Of(received), ".xls");
    const entry = ledgerEntry({
      sha256: sha256Of(newer),
      size: newer.length,
      archive,
      original: { format: "xls", sha256: sha256Of(received), size: received.length, archive: original },
    });
    expect(verifyArchives(store, [entry])).toEqual({ checked: 2, damaged: [] });
    writeFileSync(join(store, original), "PK");
    expect(verifyArchives(store, [entry]).damaged).toEqual([
      expect.objectContaining({
        archive: original,
        current: true,
        problem: "size",
        expected: received.length,
        actual: 2,
      }),
    ]);
  });
});
