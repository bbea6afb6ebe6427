import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeChange, describeChange } from "./change.js";

describe("computeChange", () => {
  it("computes the difference and a 1-decimal percentage", () => {
    expect(computeChange(27, 24)).toEqual({ change: 3, changePct: 12.5 });
    expect(computeChange(8, 10)).toEqual({ change: -2, changePct: -20 });
    expect(computeChange(10, 10)).toEqual({ change: 0, changePct: 0 });
    expect(computeChange(4, 3)).toEqual({ change: 1, changePct: 33.3 });
    expect(computeChange(2, 3)).toEqual({ change: -1, changePct: -33.3 });
    expect(computeChange(5, 6)).toEqual({ change: -1, changePct: -16.7 });
  });

  it("has no percentage on a zero base and nothing without a previous figure", () => {
    expect(computeChange(5, 0)).toEqual({ change: 5, changePct: null });
    expect(computeChange(5, null)).toEqual({ change: null, changePct: null });
  });

  it("keeps the sign of the percentage with the direction of the change on a negative base", () => {
    expect(computeChange(-5, -10)).toEqual({ change: 5, changePct: 50 });
  });

  it("throws on non-finite inputs", () => {
    expect(() => computeChange(Number.NaN, 1)).toThrow(RangeError);
    expect(() => computeChange(1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it("percentage has the sign of the change (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (current, previous) => {
          const { change, changePct } = computeChange(current, previous);
          expect(change).toBe(current - previous);
          expect(Math.sign(changePct!) === Math.sign(change!) || changePct === 0).toBe(true);
          expect(Math.round(changePct! * 10) / 10).toBe(changePct);
        },
      ),
    );
  });
});

describe("describeChange", () => {
  it("gives the exact phrases", () => {
    expect(describeChange(27, 24, "vụ")).toBe("tăng 3 vụ (+12,5%)");
    expect(describeChange(8, 10, "vụ")).toBe("giảm 2 vụ (-20,0%)");
    expect(describeChange(10, 10, "vụ")).toBe("bằng cùng kỳ");
    expect(describeChange(5, 0, "vụ")).toBe("tăng 5 vụ");
    expect(describeChange(5, null, "vụ")).toBe("");
    expect(describeChange(13_500_000, 12_000_000, "đồng")).toBe("tăng 1.500.000 đồng (+12,5%)");
    expect(describeChange(12_000_000, 13_500_000, "đồng")).toBe("giảm 1.500.000 đồng (-11,1%)");
  });

  it("groups thousands and rounds the percentage half away from zero", () => {
    expect(describeChange(3_245, 1_000, "trang")).toBe("tăng 2.245 trang (+224,5%)");
    expect(describeChange(1_000, 3_245, "trang")).toBe("giảm 2.245 trang (-69,2%)");
  });

  it("writes money as whole đồng", () => {
    expect(describeChange(1_000_000.4, 1_000_000, "đồng")).toBe("bằng cùng kỳ");
    expect(describeChange(2_000_000.6, 1_000_000, "nghìn đồng", { money: true })).toBe(
      "tăng 1.000.001 nghìn đồng (+100,0%)",
    );
    expect(describeChange(1.5, 1, "tấn")).toBe("tăng 0,5 tấn (+50,0%)");
  });

  it("does not let float noise read as a change", () => {
    expect(describeChange(0.1 + 0.2, 0.3, "tấn")).toBe("bằng cùng kỳ");
  });

  it("omits an empty unit cleanly", () => {
    expect(describeChange(27, 24, "")).toBe("tăng 3 (+12,5%)");
    expect(describeChange(27, 24, "  vụ ")).toBe("tăng 3 vụ (+12,5%)");
  });

  it("speaks English for the CLI's --lang en, leaving out the Vietnamese unit", () => {
    expect(describeChange(27, 24, "vụ", { lang: "en" })).toBe("up 3 (+12.5%)");
    expect(describeChange(8, 10, "vụ", { lang: "en" })).toBe("down 2 (-20.0%)");
    expect(describeChange(10, 10, "vụ", { lang: "en" })).toBe("same as last year");
    expect(describeChange(5, 0, "vụ", { lang: "en" })).toBe("up 5");
    expect(describeChange(5, null, "vụ", { lang: "en" })).toBe("");
    expect(describeChange(13_500_000, 12_000_000, "đồng", { lang: "en" })).toBe("up 1,500,000 (+12.5%)");
    // The Vietnamese phrase, used by documents, is unchanged by the option's existence.
    expect(describeChange(13_500_000, 12_000_000, "đồng", { lang: "vi" })).toBe("tăng 1.500.000 đồng (+12,5%)");
  });
});
