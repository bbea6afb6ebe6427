// Evaluates the catalogue's consistency rules (DESIGN §5) on one submission. The rules are data in
// baocao.yaml with a fixed set of types — never expressions to evaluate — so a workspace file cannot
// run code. Findings are data; intake turns them into located, worded issues.
import type { Comparison, Rule, RuleSeverity } from "./rule.js";

export interface IncidentFacts {
  behavior: string | null;
  damage: number | null;
  fines: number | null;
}

export interface RuleFinding {
  ruleId: string;
  severity: RuleSeverity;
  type: Rule["type"];
  /** The indicators the finding is about (the first is where to point). */
  indicators: string[];
  /** left op right did not hold. */
  left: number;
  op: Comparison;
  right: number;
}

/**
 * `values` holds the submission's figures by indicator code (null or missing = not given; a rule
 * about a figure that is not given is skipped: the missing value is reported on its own).
 */
export function evaluateRules(
  rules: readonly Rule[],
  values: ReadonlyMap<string, number | null>,
  incidents: readonly IncidentFacts[] | null,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const value = (code: string) => values.get(code) ?? null;
  for (const rule of rules) {
    switch (rule.type) {
      case "requires": {
        const condition = value(rule.if);
        const required = value(rule.then);
        if (condition !== null && required !== null && condition > 0 && !(required > 0)) {
          findings.push({
            ruleId: rule.id,
            severity: rule.severity,
            type: rule.type,
            indicators: [rule.then, rule.if],
            left: required,
            op: ">",
            right: 0,
          });
        }
        break;
      }
      case "compare": {
        const left = value(rule.left);
        const right = value(rule.right);
        if (left !== null && right !== null && !compare(left, rule.op, right)) {
          findings.push({
            ruleId: rule.id,
            severity: rule.severity,
            type: rule.type,
            indicators: [rule.left, rule.right],
            left,
            op: rule.op,
            right,
          });
        }
        break;
      }
      case "incident-count":
      case "incident-sum": {
        const indicator = value(rule.indicator);
        if (incidents === null || indicator === null) break;
        const behaviors = rule.behaviors === undefined ? null : new Set(rule.behaviors);
        const matching = incidents.filter(
          (incident) => behaviors === null || (incident.behavior !== null && behaviors.has(incident.behavior)),
        );
        const total =
          rule.type === "incident-count"
            ? matching.length
            : matching.reduce(
                (sum, incident) => sum + ((rule.field === "damage" ? incident.damage : incident.fines) ?? 0),
                0,
              );
        if (!compare(total, rule.op, indicator)) {
          findings.push({
            ruleId: rule.id,
            severity: rule.severity,
            type: rule.type,
            indicators: [rule.indicator],
            left: total,
            op: rule.op,
            right: indicator,
          });
        }
        break;
      }
    }
  }
  return findings;
}

export function compare(left: number, op: Comparison, right: number): boolean {
  switch (op) {
    case "<":
      return left < right;
    case "<=":
      return left <= right;
    case "=":
      return left === right;
    case ">=":
      return left >= right;
    case ">":
      return left > right;
  }
}
