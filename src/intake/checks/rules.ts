// The catalogue's consistency rules, applied to one submission and pointed at the cells involved.
import { evaluateRules } from "../../domain/rules/index.js";
import type { Finding } from "../../domain/findings.js";
import type { Incident, IndicatorValue } from "../submission.js";
import type { CheckContext } from "./context.js";
import { finding } from "./finding.js";

export function checkRules(
  values: readonly IndicatorValue[],
  incidents: readonly Incident[] | null,
  context: CheckContext,
): Finding[] {
  const byCode = new Map(values.map((value) => [value.code, value]));
  const results = evaluateRules(
    context.config.rules,
    new Map(values.map((value) => [value.code, value.current])),
    incidents === null
      ? null
      : incidents.map((incident) => ({ behavior: incident.behavior, damage: incident.damage, fines: incident.fine })),
  );
  return results.map((result) => {
    const first = byCode.get(result.indicators[0]!);
    const at =
      first === undefined
        ? null
        : { ref: first.currentRef, value: { kind: "number" as const, value: first.current ?? 0 } };
    return finding(result.severity, `rule/${result.type}`, at, {
      rule: result.ruleId,
      indicators: result.indicators.join(", "),
      left: result.left,
      op: result.op,
      right: result.right,
    });
  });
}
