import { describe, expect, it } from "vitest";
import type { Rule } from "./rule.js";
import { evaluateRules } from "./evaluate.js";

const INFRASTRUCTURE = ["Trộm cắp hạ tầng viễn thông", "Phá hoại hạ tầng viễn thông"];
const rules: Rule[] = [
  { id: "fines-need-decision", type: "requires", if: "TT05", then: "TT04", severity: "error" },
  { id: "violators-within-inspected", type: "compare", left: "TT03", op: "<=", right: "TT02", severity: "warning" },
  {
    id: "log-count",
    type: "incident-count",
    behaviors: INFRASTRUCTURE,
    op: "=",
    indicator: "TH01",
    severity: "warning",
  },
  {
    id: "log-damage",
    type: "incident-sum",
    field: "damage",
    behaviors: INFRASTRUCTURE,
    op: "=",
    indicator: "TH02",
    severity: "warning",
  },
  { id: "log-fines", type: "incident-sum", field: "fines", op: "<=", indicator: "TT05", severity: "warning" },
];

const incidents = [
  { behavior: "Trộm cắp hạ tầng viễn thông", damage: 10_000_000, fines: null },
  { behavior: "Phá hoại hạ tầng viễn thông", damage: 2_500_000, fines: null },
  { behavior: "Lừa đảo qua mạng", damage: 50_000_000, fines: 7_500_000 },
];

const values = (entries: Record<string, number | null>) => new Map(Object.entries(entries));

describe("evaluateRules", () => {
  it("finds nothing in a consistent submission", () => {
    const ok = values({ TT05: 7_500_000, TT04: 1, TT03: 2, TT02: 5, TH01: 2, TH02: 12_500_000 });
    expect(evaluateRules(rules, ok, incidents)).toEqual([]);
  });

  it("reports each broken rule with its figures", () => {
    const bad = values({ TT05: 7_500_000, TT04: 0, TT03: 6, TT02: 5, TH01: 3, TH02: 12_500_000 });
    expect(evaluateRules(rules, bad, incidents)).toEqual([
      {
        ruleId: "fines-need-decision",
        severity: "error",
        type: "requires",
        indicators: ["TT04", "TT05"],
        left: 0,
        op: ">",
        right: 0,
      },
      {
        ruleId: "violators-within-inspected",
        severity: "warning",
        type: "compare",
        indicators: ["TT03", "TT02"],
        left: 6,
        op: "<=",
        right: 5,
      },
      {
        ruleId: "log-count",
        severity: "warning",
        type: "incident-count",
        indicators: ["TH01"],
        left: 2,
        op: "=",
        right: 3,
      },
    ]);
  });

  it("sums only the behaviours named, and all incidents when none are named", () => {
    const fines = values({ TT05: 5_000_000, TT04: 1, TH01: 2, TH02: 12_500_000 });
    expect(evaluateRules(rules, fines, incidents).map((f) => [f.ruleId, f.left, f.right])).toEqual([
      ["log-fines", 7_500_000, 5_000_000],
    ]);
  });

  it("skips rules about figures that were not given, and incident rules without a log", () => {
    expect(evaluateRules(rules, values({ TT05: 10_000_000, TT04: null }), incidents)).toEqual([]);
    expect(evaluateRules(rules, values({ TH01: 9 }), null)).toEqual([]);
  });
});
