// Pure: what the report template sees. Figures by indicator code for prose ({{ind.TT05.total}}), the
// groups for tables, the incident breakdowns sorted by size, the units' narratives, and the chart.
import type { Aggregate, Breakdown, IndicatorAggregate } from "../../aggregate/index.js";
import { UNSPECIFIED } from "../../aggregate/index.js";
import { groupIndicators, indicatorShortName } from "../../domain/catalogue.js";
import { parseIsoDate, toIsoDate } from "../../domain/calendar-date.js";
import { followingPeriod, periodCode, periodLabel } from "../../domain/period/index.js";
import { synthesizeNarrative } from "../../domain/narrative.js";
import type { NarrativeUnit, SynthesisItem } from "../../domain/narrative.js";
import { computeChange } from "../../vn/change.js";
import { formatDocumentShortDate } from "../../vn/dates.js";
import { normalizeText } from "../../vn/normalize.js";
import { formatNumber, formatPercent } from "../../vn/numbers.js";
import type { Regulation, WorkspaceConfig } from "../../domain/workspace-config.js";
import type { Assessment, AssessmentBlock } from "./assessment.js";

export interface ProseFigure {
  readonly name: string;
  readonly unit: string;
  /** 0 when nobody reported the indicator: prose needs a number. */
  readonly total: number;
  readonly previous: number | null;
  readonly change: number | null;
  readonly changePct: number | null;
  /**
   * "tăng 3 vụ, tức 12,5%, so với cùng kỳ", "bằng cùng kỳ", or "" without a previous figure: in the
   * indicator's own unit, and with no parentheses, so that the template may put it in parentheses.
   */
  readonly compare: string;
}

/** The indicators shown in the report's chart (counts a reader can compare on one axis). */
export const CHART_INDICATORS = ["TH01", "TH03", "TH04", "TT01", "TT04", "TT06", "PH04", "TU02"];

export function reportData(
  aggregate: Aggregate,
  config: WorkspaceConfig,
  /** The Sở's own assessment (nhan-dinh/<period>.md); null when the workspace has none for the period. */
  assessment: Assessment | null,
  extra: Record<string, unknown>,
) {
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
  // Sections III–V: the units' sentences merged and grouped by kind of unit (domain/narrative.ts).
  const narrativeUnits: NarrativeUnit[] = config.units.map((unit) => ({
    code: unit.code,
    name: unit.name,
    label: unit.shortName ?? unit.name,
    kind: unit.kind,
    group: unit.group,
  }));
  const narrative = (section: keyof Aggregate["narratives"]): SynthesisItem[] =>
    synthesizeNarrative(aggregate.narratives[section] ?? [], narrativeUnits, aggregate.units.submitted);
  const own = (section: keyof Assessment): readonly AssessmentBlock[] => assessment?.[section] ?? [];
  const missing = aggregate.units.missing.map((code) => names.get(code) ?? code);
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
    /** The Sở's own paragraphs and items per section, printed before the units' synthesis; empty without a file. */
    assessment: {
      present: assessment !== null,
      highlights: own("highlights"),
      shortcomings: own("shortcomings"),
      causes: own("causes"),
      directions: own("directions"),
      proposals: own("proposals"),
    },
    units: {
      expected: aggregate.units.expected.length,
      submitted: aggregate.units.submitted.length,
      missing,
      /** "19/22 đơn vị đã gửi báo cáo; còn 3 đơn vị chưa gửi hoặc chưa đạt: A, B, C." */
      completeness: completeness(aggregate.units.submitted.length, aggregate.units.expected.length, missing),
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

/** The report's statement of who sent a report that counts, naming the others. */
export function completeness(submitted: number, expected: number, missing: readonly string[]): string {
  const sent = `${submitted}/${expected} đơn vị đã gửi báo cáo`;
  if (missing.length === 0) return `${sent}.`;
  return `${sent}; còn ${missing.length} đơn vị chưa gửi hoặc chưa đạt: ${missing.join(", ")}.`;
}

/**
 * "tăng 3 vụ, tức 12,5%, so với cùng kỳ", "giảm 4 vụ, tức 3,9%, so với cùng kỳ", "tăng 5 vụ so với cùng kỳ"
 * on a zero base, "bằng cùng kỳ", "" without a previous figure. Money in whole đồng. No parentheses: the
 * report puts the phrase in parentheses after a figure, and a parenthesis inside one is not written.
 */
export function comparePhrase(current: number, previous: number | null, unit: string): string {
  const { change, changePct } = computeChange(current, previous);
  if (change === null) return "";
  const unitText = normalizeText(unit);
  const amount = formatNumber(Math.abs(change), unitText === "đồng" ? { decimals: 0 } : {});
  if (/^[0,.]+$/u.test(amount)) return "bằng cùng kỳ";
  const verb = change > 0 ? "tăng" : "giảm";
  const phrase = unitText === "" ? `${verb} ${amount}` : `${verb} ${amount} ${unitText}`;
  const percent = changePct === null ? "" : `, tức ${formatPercent(Math.abs(changePct), 1)},`;
  return `${phrase}${percent} so với cùng kỳ`;
}

function prose(indicator: IndicatorAggregate): ProseFigure {
  const compare = indicator.total === null ? "" : comparePhrase(indicator.total, indicator.previous, indicator.unit);
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
