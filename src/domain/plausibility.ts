// Plausibility against history (issue 15 item 2): figures that are well formed but implausible. Each
// indicator of a unit is compared with the unit's same period last year and its previous period (from the
// store), and with the units of the same kind this period. Pure: values in, findings out.
import type { Finding, FindingCode } from "./findings.js";
import type { Indicator } from "./indicator.js";
import type { UnitKind } from "./unit.js";

/** The thresholds, from baocao.yaml's `plausibility:` (workspace/schema.ts gives the defaults). */
export interface PlausibilitySettings {
  /** false: no plausibility findings at all. */
  enabled: boolean;
  /** A jump: this period at least `jumpFactor` times a history figure … */
  jumpFactor: number;
  /** … and at least `jumpMin` more than it (counts) … */
  jumpMin: number;
  /** … or at least `jumpMinMoney` đồng more (money: one large case moves a sum a lot). */
  jumpMinMoney: number;
  /** A fall to zero: every history figure known non-zero, and the largest at least `zeroedMin`. */
  zeroedMin: number;
  /** An outlier: more than `outlierFactor` times the median of the other units of the same kind … */
  outlierFactor: number;
  /** … and at least `outlierMin` above it … */
  outlierMin: number;
  /** … when at least this many other units of the same kind reported the indicator … */
  outlierPeers: number;
  /**
   * … among units of these kinds: districts do the same work and compare; agencies and enterprises each have
   * their own remit (the police finds more than a Sở), so they are not compared by default.
   */
  outlierKinds: UnitKind[];
}

export const DEFAULT_PLAUSIBILITY: PlausibilitySettings = {
  enabled: true,
  jumpFactor: 5,
  jumpMin: 20,
  jumpMinMoney: 50_000_000,
  zeroedMin: 10,
  outlierFactor: 10,
  outlierMin: 50,
  outlierPeers: 4,
  outlierKinds: ["district"],
};

export const PLAUSIBILITY_CODES = [
  "plausibility/jump",
  "plausibility/zeroed",
  "plausibility/outlier",
  "plausibility/magnitude",
] as const satisfies readonly FindingCode[];

/** One indicator figure of the unit this period, with the cell it was read from. */
export interface PlausibilityValue {
  code: string;
  current: number | null;
  /** The row's Ghi chú: an explanation turns the warning into an information item. */
  note: string | null;
  ref: { sheet: string; cell: string; row: number; column: string | null };
}

/** Which history figure a finding compares with. */
export type HistoryKind = "last-year" | "previous";

export interface PlausibilityInput {
  indicators: readonly Indicator[];
  values: readonly PlausibilityValue[];
  /** The unit's accepted figures of the same period last year, by indicator code (none: not in the store). */
  lastYear: ReadonlyMap<string, number>;
  /** The unit's accepted figures of the period before this one, by indicator code. */
  previous: ReadonlyMap<string, number>;
  /** This period's figures of the other units of the same kind, by indicator code (empty: not compared). */
  peers: ReadonlyMap<string, readonly number[]>;
  settings: PlausibilitySettings;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** 20.833 → 20.8: ratios are said with one decimal. */
function roundRatio(ratio: number): number {
  return Math.round(ratio * 10) / 10;
}

/**
 * A money figure about 1.000 or 1.000.000 times (or a 1.000th, a 1.000.000th of) the history: entered in
 * nghìn đồng or triệu đồng instead of đồng, or the other way. Returns the power of ten, or null.
 */
function magnitudeShift(current: number, reference: number): number | null {
  if (current <= 0 || reference <= 0) return null;
  const exponent = Math.log10(current / reference);
  for (const shift of [6, 3, -3, -6]) if (Math.abs(exponent - shift) <= 0.5) return shift;
  return null;
}

/** The plausibility findings of one unit's submission (at most one per indicator). */
export function checkPlausibility(input: PlausibilityInput): Finding[] {
  const { settings } = input;
  if (!settings.enabled) return [];
  const findings: Finding[] = [];
  for (const value of input.values) {
    const indicator = input.indicators.find((candidate) => candidate.code === value.code);
    if (indicator === undefined || value.current === null) continue;
    const found = judge(value.current, indicator, input, settings);
    if (found === null) continue;
    const note = value.note?.trim() ?? "";
    findings.push({
      severity: note === "" ? "warning" : "info",
      code: found.code,
      sheet: value.ref.sheet,
      cell: value.ref.cell,
      row: value.ref.row,
      column: value.ref.column,
      value: value.current,
      params: {
        indicator: indicator.code,
        name: indicator.name,
        unit: indicator.unit,
        current: value.current,
        ...found.params,
        ...(note === "" ? {} : { note }),
      },
    });
  }
  return findings;
}

function judge(
  current: number,
  indicator: Indicator,
  input: PlausibilityInput,
  settings: PlausibilitySettings,
): { code: FindingCode; params: Finding["params"] } | null {
  const history: { kind: HistoryKind; value: number }[] = [];
  const lastYear = input.lastYear.get(indicator.code);
  if (lastYear !== undefined) history.push({ kind: "last-year", value: lastYear });
  const previous = input.previous.get(indicator.code);
  if (previous !== undefined) history.push({ kind: "previous", value: previous });

  if (indicator.type === "money") {
    for (const reference of history) {
      const shift = magnitudeShift(current, reference.value);
      if (shift !== null && Math.abs(current - reference.value) >= settings.jumpMin)
        return {
          code: "plausibility/magnitude",
          params: { against: reference.kind, reference: reference.value, shift },
        };
    }
  }
  if (current === 0 && history.length > 0) {
    const largest = Math.max(...history.map((reference) => reference.value));
    if (history.every((reference) => reference.value > 0) && largest >= settings.zeroedMin) {
      const reference = history[0]!;
      return { code: "plausibility/zeroed", params: { against: reference.kind, reference: reference.value } };
    }
  }
  const jumpMin = indicator.type === "money" ? settings.jumpMinMoney : settings.jumpMin;
  for (const reference of history) {
    if (reference.value <= 0) continue;
    if (current >= reference.value * settings.jumpFactor && current - reference.value >= jumpMin)
      return {
        code: "plausibility/jump",
        params: {
          against: reference.kind,
          reference: reference.value,
          ratio: roundRatio(current / reference.value),
        },
      };
  }
  const peers = input.peers.get(indicator.code) ?? [];
  if (peers.length >= settings.outlierPeers) {
    const middle = median(peers);
    // A median of 0 (most units had none) says nothing about the size of a non-zero figure.
    if (middle > 0 && current > middle * settings.outlierFactor && current - middle >= settings.outlierMin)
      return {
        code: "plausibility/outlier",
        params: {
          median: middle,
          peers: peers.length,
          ratio: roundRatio(current / middle),
        },
      };
  }
  return null;
}
