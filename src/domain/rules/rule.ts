// The consistency rules of the catalogue (DESIGN §5): data with a fixed set of types, never expressions,
// so that a workspace file cannot run code. evaluate.ts applies them to one submission.

export type Comparison = "<" | "<=" | "=" | ">=" | ">";
export type RuleSeverity = "error" | "warning";

/** if `if` > 0 then `then` > 0 (e.g. fines need a sanction decision). */
export interface RequiresRule {
  id: string;
  type: "requires";
  if: string;
  then: string;
  severity: RuleSeverity;
}

/** left op right (e.g. TT03 <= TT02). */
export interface CompareRule {
  id: string;
  type: "compare";
  left: string;
  op: Comparison;
  right: string;
  severity: RuleSeverity;
}

/** The number of logged incidents with these behaviours, compared with an indicator. */
export interface IncidentCountRule {
  id: string;
  type: "incident-count";
  behaviors: string[];
  op: Comparison;
  indicator: string;
  severity: RuleSeverity;
}

/** The sum of a money column of the incident log (of all incidents when no behaviour is named), compared with an indicator. */
export interface IncidentSumRule {
  id: string;
  type: "incident-sum";
  field: "damage" | "fines";
  behaviors?: string[];
  op: Comparison;
  indicator: string;
  severity: RuleSeverity;
}

export type Rule = RequiresRule | CompareRule | IncidentCountRule | IncidentSumRule;
