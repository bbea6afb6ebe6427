import { describe, expect, it } from "vitest";
import type { Indicator } from "./indicator.js";
import { checkPlausibility, DEFAULT_PLAUSIBILITY, median } from "./plausibility.js";
import type { PlausibilityInput, PlausibilityValue } from "./plausibility.js";

const indicators: Indicator[] = [
  { code: "A1", name: "Số vụ", unit: "vụ", group: "I", type: "count", kinds: ["district"], optional: false },
  { code: "M1", name: "Thiệt hại", unit: "đồng", group: "I", type: "money", kinds: ["district"], optional: false },
];

function value(code: string, current: number | null, note: string | null = null, row = 7): PlausibilityValue {
  return { code, current, note, ref: { sheet: "Chỉ tiêu", cell: `D${row}`, row, column: "Kỳ này" } };
}

function input(values: PlausibilityValue[], overrides: Partial<PlausibilityInput> = {}): PlausibilityInput {
  return {
    indicators,
    values,
    lastYear: new Map(),
    previous: new Map(),
    peers: new Map(),
    settings: DEFAULT_PLAUSIBILITY,
    ...overrides,
  };
}

describe("checkPlausibility", () => {
  it("finds a jump over the same period last year, at the cell, with the ratio", () => {
    const [finding, ...rest] = checkPlausibility(input([value("A1", 250)], { lastYear: new Map([["A1", 12]]) }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: "warning",
      code: "plausibility/jump",
      sheet: "Chỉ tiêu",
      cell: "D7",
      value: 250,
      params: { indicator: "A1", current: 250, reference: 12, against: "last-year", ratio: 20.8, unit: "vụ" },
    });
  });

  it("needs both the factor and the minimum increase", () => {
    // ×6 but only +15: small numbers move a lot.
    expect(checkPlausibility(input([value("A1", 18)], { lastYear: new Map([["A1", 3]]) }))).toEqual([]);
    // +40 but only ×1,4.
    expect(checkPlausibility(input([value("A1", 140)], { lastYear: new Map([["A1", 100]]) }))).toEqual([]);
    // Against the previous period when last year is not in the store.
    expect(checkPlausibility(input([value("A1", 100)], { previous: new Map([["A1", 10]]) }))[0]).toMatchObject({
      code: "plausibility/jump",
      params: { against: "previous", ratio: 10 },
    });
  });

  it("finds a fall to zero after non-zero periods, not after a zero", () => {
    const history = { lastYear: new Map([["A1", 35]]), previous: new Map([["A1", 20]]) };
    expect(checkPlausibility(input([value("A1", 0)], history))[0]).toMatchObject({
      code: "plausibility/zeroed",
      params: { reference: 35, against: "last-year" },
    });
    expect(
      checkPlausibility(input([value("A1", 0)], { lastYear: new Map([["A1", 35]]), previous: new Map([["A1", 0]]) })),
    ).toEqual([]);
    // Small figures: 3 then 0 is ordinary.
    expect(checkPlausibility(input([value("A1", 0)], { lastYear: new Map([["A1", 3]]) }))).toEqual([]);
  });

  it("finds an outlier against the median of the same-kind units, robust to one big unit", () => {
    const peers = new Map([["A1", [8, 10, 12, 9, 400]]]);
    expect(checkPlausibility(input([value("A1", 300)], { peers }))[0]).toMatchObject({
      code: "plausibility/outlier",
      params: { median: 10, peers: 5, ratio: 30 },
    });
    expect(checkPlausibility(input([value("A1", 40)], { peers }))).toEqual([]);
    // Too few peers to judge.
    expect(checkPlausibility(input([value("A1", 300)], { peers: new Map([["A1", [8, 10]]]) }))).toEqual([]);
  });

  it("finds a money figure off by ×1.000 or ×1.000.000, either way, and only for money", () => {
    const lastYear = new Map([
      ["M1", 35_000_000],
      ["A1", 2],
    ]);
    expect(checkPlausibility(input([value("M1", 35_000)], { lastYear }))[0]).toMatchObject({
      code: "plausibility/magnitude",
      params: { shift: -3, reference: 35_000_000 },
    });
    expect(checkPlausibility(input([value("M1", 42_000_000_000_000)], { lastYear }))[0]).toMatchObject({
      code: "plausibility/magnitude",
      params: { shift: 6 },
    });
    // A count ×1.000 is a jump, not a wrong unit of measure.
    expect(checkPlausibility(input([value("A1", 2000)], { lastYear }))[0]?.code).toBe("plausibility/jump");
    // Money jumps need +jumpMinMoney đồng: one larger case moves a sum.
    expect(checkPlausibility(input([value("M1", 35_400_000)], { lastYear: new Map([["M1", 6_500_000]]) }))).toEqual([]);
    // ×3 is neither.
    expect(checkPlausibility(input([value("M1", 105_000_000)], { lastYear }))).toEqual([]);
  });

  it("turns a finding the unit explained in Ghi chú into an information item", () => {
    const [finding] = checkPlausibility(
      input([value("A1", 250, "  Chuyên án lớn tháng 3  ")], { lastYear: new Map([["A1", 12]]) }),
    );
    expect(finding).toMatchObject({ severity: "info", params: { note: "Chuyên án lớn tháng 3" } });
  });

  it("does nothing when disabled, for empty cells and for unknown indicators", () => {
    const lastYear = new Map([["A1", 12]]);
    const settings = { ...DEFAULT_PLAUSIBILITY, enabled: false };
    expect(checkPlausibility(input([value("A1", 250)], { lastYear, settings }))).toEqual([]);
    expect(checkPlausibility(input([value("A1", null), value("ZZ", 900)], { lastYear }))).toEqual([]);
  });

  it("median", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
