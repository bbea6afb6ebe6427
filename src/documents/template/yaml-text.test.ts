import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { tempDir } from "../../../test/helpers/temp-dir.js";
import { parseYamlText } from "./yaml-text.js";

describe("parsed YAML of templates, kept between runs", () => {
  let cache = "";
  const entries = () => {
    try {
      return readdirSync(join(cache, "yaml"));
    } catch {
      return [];
    }
  };
  beforeEach(() => {
    cache = tempDir();
    vi.stubEnv("BAOCAO_CACHE_DIR", cache);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("gives what yaml's parse gives, the first time and from the cache", () => {
    const texts = [
      "kind: typed\ntypeName: BÁO CÁO\nsummary: Kết quả \uE0000\uE001\n",
      "# only a comment\n",
      "",
      "recipients: [a, b]\nnested: { x: 1, y: [true, null, 1.5] }\nanchor: &a { k: v }\nalias: *a\n",
      "title: Một số chỉ tiêu\ncategories: [TH01, TH02]\nseries:\n  - { name: Kỳ này, values: [1, 2] }\n",
    ];
    for (const text of texts) {
      const expected: unknown = parse(text, { logLevel: "error" });
      expect(parseYamlText(text)).toStrictEqual(expected);
      expect(parseYamlText(text)).toStrictEqual(expected);
    }
    expect(entries()).toHaveLength(texts.length);
  });

  it("keeps neither a text that does not parse (yaml's error every time) nor a value JSON cannot hold", () => {
    for (let run = 0; run < 2; run++) expect(() => parseYamlText("a: [1, 2\n")).toThrow(/flow sequence|Missing/i);
    expect(parseYamlText("x: .nan\ny: -0\n")).toStrictEqual(parse("x: .nan\ny: -0\n"));
    expect(entries()).toEqual([]);
  });

  it("works without a cache (BAOCAO_CACHE_DIR empty)", () => {
    vi.stubEnv("BAOCAO_CACHE_DIR", "");
    expect(parseYamlText("a: 1\n")).toEqual({ a: 1 });
    expect(entries()).toEqual([]);
  });
});
