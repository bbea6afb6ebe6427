// The README's "JSON outputs and finding codes" section is a contract: it lists every finding code there is,
// and only those, so that a new code cannot go unannounced.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FINDING_CODES } from "../src/domain/findings.js";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README: JSON outputs and finding codes", () => {
  it("lists exactly the finding codes of src/domain/findings.ts, in their order", () => {
    const start = README.indexOf("<!-- finding-codes -->");
    const end = README.indexOf("<!-- /finding-codes -->");
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const listed = [...README.slice(start, end).matchAll(/`([a-z]+\/[a-z-]+)`/g)].map((match) => match[1]);
    expect(listed).toEqual([...FINDING_CODES]);
  });
});
