// Pure: what the report template sees. Figures by indicator code for prose ({{ind.TT05.total}}), the
// groups for tables, the incident breakdowns sorted by size, the units' narratives, and the chart.
import type { Aggregate, Breakdown, IndicatorAggregate } from "../../aggregate/index.js";
import { UNSPECIFIED } from "../../aggregate/index.js";
import { groupIndicators, indicatorShortName } from "../../domain/catalogue.js";
import { parseIsoDate, toIsoDate } from "../../domain/calendar-date.js";
import { followingPeriod, periodCode, periodLabel } from "../../domain/period/index.js";
import { describeChange } from "../../vn/change.js";
import { formatDocumentShortDate } from "../../vn/dates.js";
import type { Regulation, WorkspaceConfig } from "../../domain/workspace-config.js";

export interface ProseFigure {
  readonly name: string;
  readonly unit: string;
  /** 0 when nobody reported the indicator: prose needs a number. */
  readonly total: number;
  readonly previous: number | null;
  readonly change: number | null;
  readonly changePct: number | null;
  /** "tăng 3 vụ (+12,5%) so với cùng kỳ", "bằng cùng kỳ", or "" without a previous figure. */
  readonly compare: string;
}

/** The indicators shown in the report's chart (counts a reader can compare on one axis). */
export const CHART_INDICATORS = ["TH01", "TH03", "TH04", "TT01", "TT04", "TT06", "PH04", "TU02"];

export function reportData(aggregate: Aggregate, config: WorkspaceConfig, extra: Record<string, unknown>) {
  const byCode = new Map(aggregate.indicators.map((indicator) => [indicator.code, indicator]));
  const ind: Record<string, ProseFigure> = {};
  for (const indicator of aggregate.indicators) ind[indicator.code] = prose(indicator);
  const names = new Map(config.units.map((unit) => [unit.code, unit.shortName ?? unit.name]));
  const shortNames = new Map(config.indicators.map((indicator) => [indicator.code, indicatorShortName(indicator)]));
  const previousLabel = periodLabel(aggregate.previousPeriod);
  const charted = CHART_INDICATORS.map((code) => byCode.get(code)).filter(
    (i): i is IndicatorAggregate => i !== undefined && i.total !== null,
  );
  const sorted = (breakdown: Readonly<Record<string, Breakdown>>) =>
    Object.entries(breakdown)
      .filter(([name, slot]) => slot.total.count > 0 && name !== UNSPECIFIED)
      .sort((a, b) => b[1].total.count - a[1].total.count || a[0].localeCompare(b[0], "vi"))
      .map(([name, slot]) => ({ name, ...slot.total }));
  // Units that wrote the same text are named together once: "- UBND huyện A, UBND huyện B: …".
  const narrative = (section: keyof Aggregate["narratives"]) => {
    const byText = new Map<string, string[]>();
    for (const n of aggregate.narratives[section])
      byText.set(n.text, [...(byText.get(n.text) ?? []), names.get(n.unit) ?? n.name]);
    return [...byText].map(([text, units]) => ({ name: units.join(", "), text }));
  };
  return {
    ...extra,
    // The template sees the period's code and the window's ISO dates, as in aggregate.json.
    period: periodCode(aggregate.period),
    label: aggregate.label,
    previousLabel,
    /** "6 tháng cuối năm 2023": the period the report's section IV plans for. */
    nextLabel: periodLabel(followingPeriod(aggregate.period)),
    window: { from: toIsoDate(aggregate.window.from), to: toIsoDate(aggregate.window.to) },
    ind,
    indicators: aggregate.indicators.map((indicator) => ({ ...indicator, previous: indicator.previous })),
    groups: groupIndicators(config).map(({ group, numeral, indicators }) => ({
      numeral,
      title: group.title,
      indicators: indicators
        .map((indicator) => byCode.get(indicator.code))
        .filter((i): i is IndicatorAggregate => i !== undefined),
    })),
    incidents: {
      count: aggregate.incidents.count,
      damage: aggregate.incidents.damage,
      fines: aggregate.incidents.fines,
      byBehavior: sorted(aggregate.incidents.byBehavior),
      byArea: sorted(aggregate.incidents.byArea),
      byHandling: sorted(aggregate.incidents.byHandling),
      byField: sorted(aggregate.incidents.byField),
    },
    narratives: {
      highlights: narrative("highlights"),
      shortcomings: narrative("shortcomings"),
      causes: narrative("causes"),
      directions: narrative("directions"),
      proposals: narrative("proposals"),
    },
    /** The Quy chế phối hợp, with the clause the opening cites it by; null when not configured. */
    regulation: config.regulation === undefined ? null : regulationData(config.regulation),
    units: {
      expected: aggregate.units.expected.length,
      submitted: aggregate.units.submitted.length,
      missing: aggregate.units.missing.map((code) => names.get(code) ?? code),
    },
    chart: {
      // Short names on the axis (a reader does not know the codes), the codes in the legend data.
      categories: charted.map((indicator) => shortNames.get(indicator.code) ?? indicator.code),
      series: [
        { name: previousLabel, values: charted.map((indicator) => indicator.previous ?? 0) },
        { name: aggregate.label, values: charted.map((indicator) => indicator.total ?? 0) },
      ],
      legend: charted.map((indicator) => ({
        code: indicator.code,
        shortName: shortNames.get(indicator.code) ?? indicator.code,
        name: indicator.name,
      })),
    },
  };
}

/**
 * "Quy chế phối hợp … ban hành kèm theo Quyết định số 25/2021/QĐ-UBND ngày 16/8/2021 của UBND tỉnh Hưng Yên" when
 * the number is a Quyết định's (ký hiệu "QĐ-…", Decree 30 Phụ lục III), else "Quy chế phối hợp … số 01/QC-STTTT-CAT
 * ngày 20/5/2021 của Sở Thông tin và Truyền thông và Công an tỉnh" (a Quy chế signed by the parties).
 */
export function regulationCitation(regulation: Regulation): string {
  const parsed = parseIsoDate(regulation.date);
  const date = parsed === null ? regulation.date : formatDocumentShortDate(parsed);
  const name = regulation.name.trim().replace(/[.;,]+$/u, "");
  const number = regulation.number.trim();
  const issuer = regulation.issuer.trim();
  return /\/QĐ(-|$)/u.test(number)
    ? `${name} ban hành kèm theo Quyết định số ${number} ngày ${date} của ${issuer}`
    : `${name} số ${number} ngày ${date} của ${issuer}`;
}

function regulationData(regulation: Regulation) {
  return { ...regulation, citation: regulationCitation(regulation) };
}

function prose(indicator: IndicatorAggregate): ProseFigure {
  const phrase = indicator.total === null ? "" : describeChange(indicator.total, indicator.previous, indicator.unit);
  const compare = phrase === "" || phrase === "bằng cùng kỳ" ? phrase : `${phrase} so với cùng kỳ`;
  return {
    compare,
    name: indicator.name,
    unit: indicator.unit,
    total: indicator.total ?? 0,
    previous: indicator.previous,
    change: indicator.change,
    changePct: indicator.changePct,
  };
}
