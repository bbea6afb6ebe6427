import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/temp-dir.js";
import type { Submission } from "../intake/submission.js";
import { readRecordedValues, recordValues, valuesPath } from "./values.js";

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
});
