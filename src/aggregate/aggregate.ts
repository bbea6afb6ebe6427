// Pure aggregation: the current accepted submissions of a period in, the Aggregate out. Every number
// keeps its source cell. Order is stable (catalogue order for indicators, units, areas and lists), so
// the same inputs give the same JSON byte for byte.
import type { DateWindow, Period } from "../domain/period/index.js";
import { periodLabel, previousPeriod } from "../domain/period/index.js";
import { ASSESSMENT_SECTIONS } from "../domain/form-contract.js";
import type { AssessmentSection } from "../domain/form-contract.js";
import type { Submission } from "../intake/submission.js";
import { computeChange } from "../vn/change.js";
import type { WorkspaceConfig } from "../domain/workspace-config.js";
import { tallyIncidents } from "./incidents.js";
import type { Aggregate, AggregateWarning, IndicatorAggregate, Narrative, Source } from "./types.js";

export interface SubmissionInput {
  readonly unit: string;
  /** As received, and where archived (relative to store/). */
  readonly file: string;
  readonly archive: string | null;
  readonly submission: Submission;
}

export interface AggregateInput {
  readonly config: WorkspaceConfig;
  readonly period: Period;
  readonly window: DateWindow;
  /** The current accepted submission of each unit for the period. */
  readonly current: readonly SubmissionInput[];
  /** The current accepted submissions of the same period a year earlier, from the store (may be empty). */
  readonly previous: readonly SubmissionInput[];
  readonly rejected: readonly string[];
  readonly late: readonly string[];
}

export function aggregate(input: AggregateInput): Aggregate {
  const { config } = input;
  const order = new Map(config.units.map((unit, index) => [unit.code, index]));
  const byCatalogue = <T extends { unit: string }>(items: readonly T[]) =>
    [...items].sort(
      (a, b) => (order.get(a.unit) ?? Infinity) - (order.get(b.unit) ?? Infinity) || a.unit.localeCompare(b.unit),
    );
  const known = new Set(config.units.map((unit) => unit.code));
  const current = byCatalogue(input.current.filter((item) => known.has(item.unit)));
  const unknown = input.current.filter((item) => !known.has(item.unit)).map((item) => item.unit);
  const previousByUnit = new Map(input.previous.map((item) => [item.unit, item]));
  const submitted = new Set(current.map((item) => item.unit));
  const expected = config.units.map((unit) => unit.code);
  // A unit removed from baocao.yaml no longer counts, but its submission is not silently forgotten.
  const warnings: AggregateWarning[] =
    unknown.length > 0 ? [{ code: "unit/not-in-config", indicator: null, units: unknown }] : [];

  const indicators: IndicatorAggregate[] = config.indicators.map((indicator) => {
    const byUnit: Record<string, number> = {};
    const previous: Record<string, number> = {};
    const previousFrom: Record<string, "store" | "column"> = {};
    const sources: Source[] = [];
    const previousSources: Source[] = [];
    const disagree: string[] = [];
    const lacking: string[] = [];
    for (const item of current) {
      const value = item.submission.indicators.find((v) => v.code === indicator.code);
      // Only units with a figure this period take part in the comparison, so both sides cover the same units.
      if (value === undefined || value.current === null) continue;
      byUnit[item.unit] = value.current;
      sources.push(source(item, value.currentRef));
      const stored = previousByUnit.get(item.unit);
      const storedValue = stored?.submission.indicators.find((v) => v.code === indicator.code);
      if (stored !== undefined && storedValue !== undefined && storedValue.current !== null) {
        previous[item.unit] = storedValue.current;
        previousFrom[item.unit] = "store";
        previousSources.push(source(stored, storedValue.currentRef));
        if (value.previous !== null && value.previous !== storedValue.current) disagree.push(item.unit);
      } else if (value.previous !== null && value.previousRef !== null) {
        previous[item.unit] = value.previous;
        previousFrom[item.unit] = "column";
        previousSources.push(source(item, value.previousRef));
      } else lacking.push(item.unit);
    }
    if (disagree.length > 0) warnings.push({ code: "previous/disagree", indicator: indicator.code, units: disagree });
    // A comparison where some units lack last year's figure would not be like for like: none is made.
    if (lacking.length > 0 && Object.keys(previous).length > 0)
      warnings.push({ code: "previous/incomplete", indicator: indicator.code, units: lacking });
    const total = sum(Object.values(byUnit));
    const previousTotal = lacking.length > 0 ? null : sum(Object.values(previous));
    const { change, changePct } =
      total === null ? { change: null, changePct: null } : computeChange(total, previousTotal);
    return {
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      group: indicator.group,
      type: indicator.type,
      total,
      previous: previousTotal,
      change,
      changePct,
      byUnit,
      previousByUnit: previous,
      previousFrom,
      sources,
      previousSources,
    };
  });

  const narratives = Object.fromEntries(
    (Object.keys(ASSESSMENT_SECTIONS) as AssessmentSection[]).map((section) => [
      section,
      current.flatMap((item): Narrative[] => {
        const entry = item.submission.assessment.find((a) => a.section === section);
        if (entry === undefined || /^(không|khong|none|-)\.?$/iu.test(entry.content.trim())) return [];
        const name = config.units.find((unit) => unit.code === item.unit)?.name ?? item.unit;
        return [{ unit: item.unit, name, text: entry.content, source: source(item, entry.ref) }];
      }),
    ]),
  ) as Record<AssessmentSection, Narrative[]>;

  return {
    period: input.period,
    label: periodLabel(input.period),
    previousPeriod: previousPeriod(input.period),
    window: { from: input.window.from, to: input.window.to },
    units: {
      expected,
      submitted: expected.filter((code) => submitted.has(code)),
      missing: expected.filter((code) => !submitted.has(code)),
      rejected: expected.filter((code) => !submitted.has(code) && input.rejected.includes(code)),
      late: expected.filter((code) => input.late.includes(code)),
    },
    indicators,
    incidents: tallyIncidents(config, current),
    narratives,
    warnings,
  };
}

function source(item: SubmissionInput, ref: { sheet: string; cell: string }): Source {
  return { unit: item.unit, file: item.file, archive: item.archive, sheet: ref.sheet, cell: ref.cell };
}

function sum(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((total, value) => total + value, 0);
}
