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
});
