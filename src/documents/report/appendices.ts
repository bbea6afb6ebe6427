// Pure: the report's appendices (Nghị định 30, Phụ lục I mục III.1.đ: "Phụ lục I, II…" on new pages).
// I: totals with the comparison; II: unit × indicator, one table per group (landscape); III: incidents.
import type { Aggregate } from "../../aggregate/index.js";
import { groupIndicators } from "../../domain/catalogue.js";
import { parsePeriod, periodLabel } from "../../domain/period/index.js";
import { parseIsoDate } from "../../domain/calendar-date.js";
import { formatShortDate } from "../../vn/dates.js";
import { formatNumber, formatPercent } from "../../vn/numbers.js";
import type { WorkspaceConfig } from "../../workspace/schema.js";
import type { Appendix, Block, Inline } from "../model.js";

const cell = (text: string, bold = false): Inline[] => [{ text, ...(bold ? { bold: true } : {}) }];
const figure = (value: number | null | undefined) => cell(value === null || value === undefined ? "" : formatNumber(value));
const signed = (value: number | null) => cell(value === null ? "" : value > 0 ? `+${formatNumber(value)}` : formatNumber(value));

export function reportAppendices(aggregate: Aggregate, config: WorkspaceConfig, subtitle: string): Appendix[] {
  const current = aggregate.label;
  const previous = periodLabel(parsePeriod(aggregate.previousPeriod)!);
  const byCode = new Map(aggregate.indicators.map((indicator) => [indicator.code, indicator]));
  const groups = groupIndicators(config);

  const totalsRows: Inline[][][] = [];
  for (const { numeral, group, indicators } of groups) {
    totalsRows.push([cell(numeral, true), cell(group.title, true), [], [], [], [], []]);
    indicators.forEach((indicator, index) => {
      const a = byCode.get(indicator.code);
      totalsRows.push([
        cell(String(index + 1)),
        cell(indicator.name),
        cell(indicator.unit),
        figure(a?.total),
        figure(a?.previous),
        signed(a?.change ?? null),
        cell(a?.changePct === null || a?.changePct === undefined ? "" : formatPercent(a.changePct)),
      ]);
    });
  }
  const totals: Block = {
    type: "table",
    header: ["STT", "Chỉ tiêu", "Đơn vị tính", current, `Cùng kỳ ${previous}`, "Tăng, giảm", "Tỷ lệ"].map((text) => cell(text, true)),
    rows: totalsRows,
    widths: [6, 40, 12, 12, 12, 10, 8],
    align: ["center", "left", "center", "right", "right", "right", "right"],
  };

  const unitNames = new Map(config.units.map((unit) => [unit.code, unit.shortName ?? unit.name]));
  const byUnit: Block[] = groups.flatMap(({ numeral, group, indicators }): Block[] => [
    { type: "heading", level: 2, content: cell(`${numeral}. ${group.title}`) },
    {
      type: "table",
      header: [cell("STT", true), cell("Đơn vị", true), ...indicators.map((i) => cell(`${i.code} (${i.unit})`, true))],
      rows: [
        ...aggregate.units.submitted.map((unit, index) => [
          cell(String(index + 1)),
          cell(unitNames.get(unit) ?? unit),
          ...indicators.map((i) => figure(byCode.get(i.code)?.byUnit[unit])),
        ]),
        [[], cell("Tổng cộng", true), ...indicators.map((i) => cell(byCode.get(i.code)?.total === null ? "" : formatNumber(byCode.get(i.code)?.total ?? 0), true))],
      ],
      widths: [5, 30, ...indicators.map(() => 65 / indicators.length)],
      align: ["center", "left", ...indicators.map(() => "right" as const)],
    },
    { type: "paragraph", content: cell(indicators.map((i) => `${i.code}: ${i.name}`).join("; ") + ".") },
  ]);

  const incidents: Block = {
    type: "table",
    header: ["STT", "Ngày phát hiện", "Đơn vị báo cáo", "Địa bàn", "Hành vi", "Mô tả", "Thiệt hại (đồng)", "Hình thức xử lý", "Tiền phạt (đồng)"].map((t) => cell(t, true)),
    rows: aggregate.incidents.list.map((incident, index) => [
      cell(String(index + 1)),
      cell(incident.detectedOn === null ? "" : formatShortDate(parseIsoDate(incident.detectedOn)!)),
      cell(unitNames.get(incident.unit) ?? incident.unit),
      cell(incident.area ?? ""),
      cell(incident.behavior ?? ""),
      cell(incident.description ?? ""),
      figure(incident.damage),
      cell(incident.handling ?? ""),
      figure(incident.fine),
    ]),
    widths: [4, 9, 12, 9, 14, 22, 10, 12, 10],
    align: ["center", "center", "left", "left", "left", "left", "right", "left", "right"],
  };

  return [
    { numeral: "I", title: `KẾT QUẢ CÁC CHỈ TIÊU ${current.toLocaleUpperCase("vi")} SO VỚI CÙNG KỲ`, subtitle, blocks: [totals] },
    { numeral: "II", title: "SỐ LIỆU THEO ĐƠN VỊ BÁO CÁO", subtitle, landscape: true, blocks: byUnit },
    {
      numeral: "III",
      title: "DANH SÁCH VỤ VIỆC",
      subtitle,
      landscape: true,
      blocks: aggregate.incidents.list.length > 0 ? [incidents] : [{ type: "paragraph", content: cell("Không có vụ việc.") }],
    },
  ];
}
