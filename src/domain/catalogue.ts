// Questions about units and indicators that every later step asks. Pure: configuration in, answers out.
import type { Indicator, IndicatorGroup } from "./indicator.js";
import type { Unit, UnitKind } from "./unit.js";
import type { WorkspaceConfig } from "./workspace-config.js";
import { toRoman } from "./roman-numeral.js";

/** The indicators a unit of this kind must report, in catalogue order. */
export function indicatorsForKind(config: WorkspaceConfig, kind: UnitKind): Indicator[] {
  return config.indicators.filter((indicator) => indicator.kinds.includes(kind));
}

export function findUnit(config: WorkspaceConfig, code: string): Unit | undefined {
  const wanted = code.trim().toUpperCase();
  return config.units.find((unit) => unit.code === wanted);
}

export function findIndicator(config: WorkspaceConfig, code: string): Indicator | undefined {
  return config.indicators.find((indicator) => indicator.code === code);
}

/**
 * The short name of an indicator for a chart's axis and a column head: its `shortName`, else its name
 * without the leading "Số " / "Tổng số " (which the unit of measure already says), first letter in capitals:
 * "Số cuộc thanh tra, kiểm tra" → "Cuộc thanh tra, kiểm tra".
 */
export function indicatorShortName(indicator: Pick<Indicator, "name" | "shortName">): string {
  if (indicator.shortName !== undefined && indicator.shortName.trim() !== "") return indicator.shortName.trim();
  const name = indicator.name.trim();
  const stripped = name.replace(/^(tổng số|số)\s+/iu, "");
  const base = stripped === "" ? name : stripped;
  return base.charAt(0).toLocaleUpperCase("vi") + base.slice(1);
}

/** Units counted per kind, every kind present (0 when none). */
export function countUnitsByKind(units: readonly Unit[]): Record<UnitKind, number> {
  const counts: Record<UnitKind, number> = { agency: 0, district: 0, enterprise: 0 };
  for (const unit of units) counts[unit.kind] += 1;
  return counts;
}

/** Groups in catalogue order with their indicators, numbered I, II, III … as in the report. */
export function groupIndicators(
  config: WorkspaceConfig,
): { group: IndicatorGroup; numeral: string; indicators: Indicator[] }[] {
  return config.indicatorGroups.map((group, index) => ({
    group,
    numeral: toRoman(index + 1),
    indicators: config.indicators.filter((indicator) => indicator.group === group.code),
  }));
}

/** The "Kính gửi" line of a unit. */
export function unitAddress(unit: Unit): string {
  return unit.address ?? unit.name;
}
