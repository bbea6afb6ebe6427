// Checks that span several parts of the configuration: unique codes, and every reference (a rule's
// indicators, an indicator's group, a unit's area, a document's issuer and signer, a rule's
// behaviours) pointing at something that exists.
import type { ConfigIssue } from "./issues.js";
import type { WorkspaceConfig } from "./schema.js";

type Path = (string | number)[];

export function checkReferences(config: WorkspaceConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const unique = (items: readonly { code: string }[], key: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const first = seen.get(item.code);
      if (first === undefined) seen.set(item.code, index);
      else
        issues.push({
          path: [key, index, "code"],
          detail: { kind: "duplicate", value: item.code, first: `${key}[${first}]` },
        });
    });
    return new Set(seen.keys());
  };
  const reference = (value: string, known: Set<string>, path: Path, where: string) => {
    if (!known.has(value)) issues.push({ path, detail: { kind: "unknown-reference", value, where } });
  };

  unique(config.units, "units");
  const areas = unique(config.areas, "areas");
  const groups = unique(config.indicatorGroups, "indicatorGroups");
  const indicators = unique(config.indicators, "indicators");

  config.units.forEach((unit, index) => {
    if (unit.area !== undefined) reference(unit.area, areas, ["units", index, "area"], "areas");
  });
  config.indicators.forEach((indicator, index) => {
    reference(indicator.group, groups, ["indicators", index, "group"], "indicatorGroups");
  });

  const behaviors = new Set(config.codeLists.behaviors);
  const ruleIds = new Map<string, number>();
  config.rules.forEach((rule, index) => {
    const at = (key: string): Path => ["rules", index, key];
    const first = ruleIds.get(rule.id);
    if (first !== undefined)
      issues.push({ path: at("id"), detail: { kind: "duplicate", value: rule.id, first: `rules[${first}]` } });
    else ruleIds.set(rule.id, index);
    switch (rule.type) {
      case "requires":
        reference(rule.if, indicators, at("if"), "indicators");
        reference(rule.then, indicators, at("then"), "indicators");
        break;
      case "compare":
        reference(rule.left, indicators, at("left"), "indicators");
        reference(rule.right, indicators, at("right"), "indicators");
        break;
      case "incident-count":
      case "incident-sum":
        reference(rule.indicator, indicators, at("indicator"), "indicators");
        (rule.behaviors ?? []).forEach((behavior, i) =>
          reference(behavior, behaviors, ["rules", index, "behaviors", i], "codeLists.behaviors"),
        );
        break;
    }
  });

  for (const [id, issuer] of Object.entries(config.issuers)) {
    const seen = new Map<string, number>();
    issuer.signers.forEach((signer, index) => {
      const first = seen.get(signer.id);
      if (first === undefined) seen.set(signer.id, index);
      else
        issues.push({
          path: ["issuers", id, "signers", index, "id"],
          detail: { kind: "duplicate", value: signer.id, first: `issuers.${id}.signers[${first}]` },
        });
    });
  }
  for (const kind of ["report", "directive"] as const) {
    const defaults = config.documents[kind];
    if (defaults === undefined) continue;
    const issuer = config.issuers[defaults.issuer];
    if (issuer === undefined) {
      issues.push({
        path: ["documents", kind, "issuer"],
        detail: { kind: "unknown-reference", value: defaults.issuer, where: "issuers" },
      });
    } else if (!issuer.signers.some((signer) => signer.id === defaults.signer)) {
      issues.push({
        path: ["documents", kind, "signer"],
        detail: { kind: "unknown-reference", value: defaults.signer, where: `issuers.${defaults.issuer}.signers` },
      });
    }
  }
  return issues;
}
