import { describe, expect, it } from "vitest";
import { sampleConfig } from "../../test/helpers/sample.js";
import { letterIssuer } from "./letter-issuer.js";

describe("letterIssuer", () => {
  it("is the report's issuer (the Sở) by default", () => {
    expect(letterIssuer(sampleConfig, { kind: "letter", summary: "x" })).toEqual({
      id: "sotttt",
      name: "Sở Thông tin và Truyền thông tỉnh Hưng Yên",
      shortName: "Sở Thông tin và Truyền thông",
      symbol: "STTTT-TTr",
    });
  });

  it("follows the front matter's issuer and document type", () => {
    expect(letterIssuer(sampleConfig, { kind: "letter", summary: "x", issuer: "ubnd" })).toMatchObject({
      shortName: "UBND tỉnh",
      symbol: "UBND-KGVX",
    });
    expect(
      letterIssuer(sampleConfig, { kind: "typed", typeName: "THÔNG BÁO", typeAbbreviation: "TB", summary: "x" })
        ?.symbol,
    ).toBe("TB-STTTT");
  });

  it("falls back to the default for front matter that does not validate, and is null without any issuer", () => {
    expect(letterIssuer(sampleConfig, { kind: "thư" })?.symbol).toBe("STTTT-TTr");
    expect(letterIssuer({ ...sampleConfig, documents: {} }, {})).toBeNull();
  });
});
