import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { declaredFrontMatter } from "./declared-front-matter.js";
import { parseFrontMatter } from "./meta.js";

describe("declaredFrontMatter", () => {
  it("reads the built-in report's kind and type abbreviation without data", () => {
    const file = new URL("../../../templates/bao-cao.hbs", import.meta.url).pathname;
    const front = declaredFrontMatter(readFileSync(file, "utf8"), "bao-cao.hbs");
    expect(front).toMatchObject({ kind: "typed", typeName: "BÁO CÁO", typeAbbreviation: "BC" });
    expect(front.summary).toMatch(/thông tin và truyền thông …$/);
  });

  it("takes what a workspace's template declares; a value given by data cannot pass for an abbreviation", () => {
    expect(
      declaredFrontMatter(
        "---\nkind: typed\ntypeAbbreviation: TB\nissuer: ubnd\nsummary: {{label}}\n---\nbody",
        "t.hbs",
      ),
    ).toEqual({
      kind: "typed",
      typeAbbreviation: "TB",
      issuer: "ubnd",
      summary: "…",
    });
    expect(declaredFrontMatter("no front matter", "t.hbs")).toEqual({});
    const templated = declaredFrontMatter('---\nkind: typed\ntypeAbbreviation: "{{kind}}"\nsummary: x\n---\n', "t.hbs");
    expect(() => parseFrontMatter(templated, "t.hbs")).toThrow(
      expect.objectContaining({ code: "template/front-matter" }) as Error,
    );
  });
});
