import { describe, expect, it } from "vitest";
import { parseUnitKind } from "./unit-kind.js";

describe("parseUnitKind", () => {
  it("takes the code or the Vietnamese name, with or without accents", () => {
    expect(parseUnitKind("enterprise")).toBe("enterprise");
    expect(parseUnitKind("Doanh nghiệp")).toBe("enterprise");
    expect(parseUnitKind("doanh-nghiep")).toBe("enterprise");
    expect(parseUnitKind("sở, ngành")).toBe("agency");
    expect(parseUnitKind("co-quan")).toBe("agency");
    expect(parseUnitKind("địa phương")).toBe("district");
    expect(parseUnitKind("HUYỆN")).toBe("district");
  });

  it("names no kind for anything else", () => {
    expect(parseUnitKind("ngân hàng")).toBeNull();
    expect(parseUnitKind("")).toBeNull();
  });
});
