// The rows and columns several sheets share: units in configuration order, indicator groups, and where
// each indicator's total lives on "Theo đơn vị" (which "Tổng hợp" cites).
import type { Aggregate, IndicatorAggregate } from "../../aggregate/types.js";
import { toRoman } from "../../domain/roman-numeral.js";
import type { WorkspaceConfig } from "../../workspace/schema.js";
import { columnLetter } from "../excel/index.js";

/** "Theo đơn vị": two header rows (codes, then names), then one row per unit, then "Tổng cộng". */
export const BY_UNIT_FIRST_ROW = 3;
export const BY_UNIT_FIRST_COLUMN = 3;
export const TOTAL_LABEL = "Tổng cộng";

export interface UnitRow {
  readonly code: string;
  readonly name: string;
}

/** Configuration order, then any unit the aggregate mentions that the configuration no longer lists. */
export function unitRows(aggregate: Aggregate, config: WorkspaceConfig): UnitRow[] {
  const rows: UnitRow[] = config.units.map((unit) => ({ code: unit.code, name: unit.name }));
  const known = new Set(rows.map((row) => row.code));
  const extra = new Set<string>();
  const mention = (code: string): void => {
    if (!known.has(code)) extra.add(code);
  };
  for (const list of Object.values(aggregate.units)) list.forEach(mention);
  for (const indicator of aggregate.indicators) Object.keys(indicator.byUnit).forEach(mention);
  aggregate.incidents.list.forEach((incident) => mention(incident.unit));
  Object.keys(aggregate.incidents.byUnit).forEach(mention);
  for (const code of [...extra].sort()) rows.push({ code, name: code });
  return rows;
}

/** A unit's name by code (the code itself for a unit the configuration no longer lists). */
export function unitNames(units: readonly UnitRow[]): (code: string) => string {
  const names = new Map(units.map((unit) => [unit.code, unit.name]));
  return (code) => names.get(code) ?? code;
}

export interface IndicatorGroupRows {
  readonly title: string;
  readonly indicators: readonly IndicatorAggregate[];
}

/** Groups in configuration order (an unknown group last, titled by its code); indicators in aggregate order. */
export function indicatorGroups(aggregate: Aggregate, config: WorkspaceConfig): IndicatorGroupRows[] {
  const codes = [...config.indicatorGroups.map((group) => group.code)];
  for (const indicator of aggregate.indicators) if (!codes.includes(indicator.group)) codes.push(indicator.group);
  return codes
    .map((code) => ({
      title: config.indicatorGroups.find((group) => group.code === code)?.title ?? code,
      indicators: aggregate.indicators.filter((indicator) => indicator.group === code),
    }))
    .filter((group) => group.indicators.length > 0)
    .map((group, index) => ({ ...group, title: `${toRoman(index + 1)}. ${group.title}` }));
}

/** Where each indicator's total lives on "Theo đơn vị", and its value (null: nobody reported it). */
export interface TotalCell {
  readonly indicator: IndicatorAggregate;
  readonly letter: string;
  readonly range: string;
  readonly address: string;
  readonly value: number | null;
}

export function totalCells(units: readonly UnitRow[], indicators: readonly IndicatorAggregate[]): TotalCell[] {
  const lastUnitRow = BY_UNIT_FIRST_ROW + units.length - 1;
  const totalRow = lastUnitRow + 1;
  return indicators.map((indicator, index) => {
    const letter = columnLetter(BY_UNIT_FIRST_COLUMN + index);
    const values = units.flatMap((unit) => {
      const value = indicator.byUnit[unit.code];
      return value === undefined ? [] : [value];
    });
    return {
      indicator,
      letter,
      range: `${letter}${BY_UNIT_FIRST_ROW}:${letter}${lastUnitRow}`,
      address: `${letter}${totalRow}`,
      // What SUM gives over the cells written (the same as the aggregate total: every unit of byUnit has a row).
      value: values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0),
    };
  });
}
