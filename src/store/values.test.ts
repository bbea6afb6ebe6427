import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/temp-dir.js";
import type { Submission } from "../intake/submission.js";
import { valuesText } from "../intake/values-text.js";
import { inspectRecordedValues, readRecordedValues, recordValues, SharedValues, valuesPath } from "./values.js";
import type { LedgerEntry } from "./ledger-entry.js";

const sha = "ab".repeat(32);
const key = { sha256: sha, period: "2023-H1", config: `sha256:${"cd".repeat(32)}` };
const submission: Submission = {
  unit: "CAT",
  period: "2023-H1",
  periodRef: { sheet: "Thông tin", cell: "B3" } as Submission["periodRef"],
  info: { preparedBy: "Nguyễn Văn An" },
  indicators: [],
  incidents: [
    {
      row: 2,
      detectedOn: { year: 2023, month: 3, day: 14 },
      area: "Văn Lâm",
      areaCode: "VL",
      field: null,
      behavior: "Lừa đảo qua mạng",
      description: 'Mô tả "có ngoặc"',
      damage: 1500000,
      handling: null,
      fine: null,
      decision: null,
      note: null,
      sheet: "Vụ việc",
    },
  ],
  assessment: [],
};

describe("recorded values", () => {
  it("are written beside the archive and read back equal for the same archive, period and configuration", () => {
    const store = tempDir();
    recordValues(store, key, JSON.stringify(submission));
    expect(valuesPath(sha)).toBe(`ab/${sha}.values.json`);
    expect(readdirSync(join(store, "ab"))).toEqual([`${sha}.values.json`]);
    expect(readRecordedValues(store, key)).toEqual(submission);
  });

  it("given as UTF-8 bytes (as workers hand them back), are the same file byte for byte as given as text", () => {
    const asText = tempDir();
    const asBytes = tempDir();
    recordValues(asText, key, JSON.stringify(submission));
    recordValues(asBytes, key, new TextEncoder().encode(JSON.stringify(submission)));
    const file = valuesPath(sha);
    expect(readFileSync(join(asBytes, file))).toEqual(readFileSync(join(asText, file)));
    expect(readRecordedValues(asBytes, key)).toEqual(submission);
  });

  it("do not count for another period, another configuration or another archive", () => {
    const store = tempDir();
    recordValues(store, key, JSON.stringify(submission));
    expect(readRecordedValues(store, { ...key, period: "2023-H2" })).toBeNull();
    expect(readRecordedValues(store, { ...key, config: `sha256:${"ef".repeat(32)}` })).toBeNull();
    expect(readRecordedValues(store, { ...key, sha256: "ac".repeat(32) })).toBeNull();
  });

  it("are ignored when damaged (cut short, not JSON, or not a submission), so that the form is read again", () => {
    const store = tempDir();
    recordValues(store, key, JSON.stringify(submission));
    const path = join(store, valuesPath(sha));
    const text = readFileSync(path, "utf8");
    writeFileSync(path, text.slice(0, text.length - 10));
    expect(readRecordedValues(store, key)).toBeNull();
    writeFileSync(path, text.replace('"incidents":[', '"incidents":{"x":['));
    expect(readRecordedValues(store, key)).toBeNull();
    writeFileSync(path, text.replace(/"submission":.*$/s, '"submission":null}\n'));
    expect(readRecordedValues(store, key)).toBeNull();
  });

  it("are left alone when the same record is written again, and replaced when it differs or is damaged", () => {
    const store = tempDir();
    recordValues(store, key, JSON.stringify(submission));
    const path = join(store, valuesPath(sha));
    const before = statSync(path);
    recordValues(store, key, JSON.stringify(submission));
    expect(statSync(path).ino).toBe(before.ino);
    recordValues(store, { ...key, config: `sha256:${"ef".repeat(32)}` }, JSON.stringify(submission));
    expect(readRecordedValues(store, key)).toBeNull();
    expect(readRecordedValues(store, { ...key, config: `sha256:${"ef".repeat(32)}` })).toEqual(submission);
    writeFileSync(path, "{");
    recordValues(store, key, JSON.stringify(submission));
    expect(readRecordedValues(store, key)).toEqual(submission);
  });

  describe("in the compact form (valuesText: format 2)", () => {
    const second = {
      ...submission.incidents[0]!,
      row: 3,
      detectedOn: null,
      area: null,
      areaCode: null,
      description: null,
      damage: 0.5,
      note: "Ghi chú",
    };
    const two: Submission = { ...submission, incidents: [submission.incidents[0]!, second] };

    it("is what ingest records for incidents of the usual shape, and reads back equal to the submission", () => {
      const store = tempDir();
      const text = valuesText(two);
      expect(text.startsWith("[")).toBe(true);
      expect(text.length).toBeLessThan(JSON.stringify(two).length);
      recordValues(store, key, new TextEncoder().encode(text));
      expect(readFileSync(join(store, valuesPath(sha)), "utf8")).toMatch(/^\{"format":2,/);
      const read = readRecordedValues(store, key, new SharedValues());
      expect(read).toEqual(two);
      // The same key order as the plain form's (JSON.parse of the submission) at every level.
      expect(JSON.stringify(read)).toBe(JSON.stringify(two));
      expect(inspectRecordedValues(store, [{ sha256: sha, archive: "x" } as LedgerEntry])).toEqual({
        recorded: 1,
        damaged: [],
      });
    });

    it("holds each repeating text and date once across records read with one SharedValues", () => {
      const store = tempDir();
      recordValues(store, key, valuesText(two));
      const shared = new SharedValues();
      const a = readRecordedValues(store, key, shared)!;
      const b = readRecordedValues(store, key, shared)!;
      expect(a.incidents[0]!.detectedOn).toBe(b.incidents[0]!.detectedOn);
      expect(a.incidents[0]!.sheet).toBe(b.incidents[1]!.sheet);
    });

    it("falls back to the plain form for incidents of another shape, read back the same", () => {
      const odd = { ...two, incidents: [{ ...second, extra: 1 } as Submission["incidents"][number]] };
      expect(valuesText(odd)).toBe(JSON.stringify(odd));
      const oddDate = { ...two, incidents: [{ ...second, detectedOn: { year: 2023, month: 1.5, day: 2 } }] };
      expect(valuesText(oddDate)).toBe(JSON.stringify(oddDate));
      const store = tempDir();
      recordValues(store, key, valuesText(odd));
      expect(readFileSync(join(store, valuesPath(sha)), "utf8")).toMatch(/^\{"format":1,/);
      expect(readRecordedValues(store, key)).toEqual(odd);
    });

    it("is ignored when damaged (a text index out of range, a row cut short), so that the form is read again", () => {
      const store = tempDir();
      recordValues(store, key, valuesText(two));
      const path = join(store, valuesPath(sha));
      const text = readFileSync(path, "utf8");
      writeFileSync(path, text.replace(/,(\d+)\]\]\]\}\n$/, ",99]]]}\n"));
      expect(readRecordedValues(store, key)).toBeNull();
      writeFileSync(path, text.replace(/,(\d+)\]\]\]\}\n$/, "]]]}\n"));
      expect(readRecordedValues(store, key)).toBeNull();
      expect(inspectRecordedValues(store, [{ sha256: sha, archive: "x" } as LedgerEntry]).damaged).toEqual([
        valuesPath(sha),
      ]);
    });
  });
});
