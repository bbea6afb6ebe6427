import { describe, expect, it } from "vitest";
import { aggregateBasis, canonicalJson } from "./basis.js";

describe("aggregateBasis", () => {
  it("hashes the configuration whatever the order of its keys, and any change of a value", () => {
    const config = {
      indicators: [{ code: "TH03", name: "Lừa đảo" }],
      organisation: { province: "Hưng Yên", place: "Hưng Yên" },
    };
    const reordered = {
      organisation: { place: "Hưng Yên", province: "Hưng Yên" },
      indicators: [{ name: "Lừa đảo", code: "TH03" }],
    };
    expect(canonicalJson(reordered)).toBe(canonicalJson(config));
    expect(aggregateBasis(reordered, "").config).toBe(aggregateBasis(config, "").config);
    const renamed = { ...config, indicators: [{ code: "TH03", name: "Lừa đảo trực tuyến" }] };
    expect(aggregateBasis(renamed, "").config).not.toBe(aggregateBasis(config, "").config);
  });

  it("hashes the ledger's text: one more line is another ledger", () => {
    const line = '{"v":1}\n';
    const basis = aggregateBasis({}, line);
    expect(basis.ledger).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(aggregateBasis({}, Buffer.from(line)).ledger).toBe(basis.ledger);
    expect(aggregateBasis({}, line + line).ledger).not.toBe(basis.ledger);
    // The empty text: no ledger yet.
    expect(aggregateBasis({}, "").ledger).toBe(
      "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });
});
