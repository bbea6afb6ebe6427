// Pure: the report's appendices (Nghị định 30, Phụ lục I mục III.1.đ: "Phụ lục I, II…" on new pages).
// I: totals with the comparison; II: unit × indicator, one table per group (landscape); III: incidents (the
// list, or beyond report.incidentListLimit a summary and the first rows; see incidentAppendix).
import type { Aggregate, Tally } from "../../aggregate/index.js";
import { groupIndicators, indicatorShortName } from "../../domain/catalogue.js";
import { periodLabel } from "../../domain/period/index.js";
import { SUMMARY_FILE, SUMMARY_SHEETS } from "../../forms/summary/sheets.js";
import { formatDocumentShortDate } from "../../vn/dates.js";
import { formatNumber, formatPercent } from "../../vn/numbers.js";
import type { WorkspaceConfig } from "../../domain/workspace-config.js";
import type { Appendix, Block, Inline } from "../model.js";

const cell = (text: string, bold = false): Inline[] => [{ text, ...(bold ? { bold: true } : {}) }];
const figure = (value: number | null | undefined) =>
  cell(value === null || value === undefined ? "" : formatNumber(value));
const signed = (value: number | null) =>
  cell(value === null ? "" : value > 0 ? `+${formatNumber(value)}` : formatNumber(value));

export function reportAppendices(aggregate: Aggregate, config: WorkspaceConfig, subtitle: string): Appendix[] {
  const current = aggregate.label;
  const previous = periodLabel(aggregate.previousPeriod);
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
    header: ["STT", "Chỉ tiêu", "Đơn vị tính", current, `Cùng kỳ ${previous}`, "Tăng, giảm", "Tỷ lệ"].map((text) =>
      cell(text, true),
    ),
    rows: totalsRows,
    align: ["center", "left", "center", "right", "right", "right", "right"],
  };

  const unitNames = new Map(config.units.map((unit) => [unit.code, unit.shortName ?? unit.name]));
  const byUnit: Block[] = groups.flatMap(({ numeral, group, indicators }): Block[] => [
    { type: "heading", level: 2, content: cell(`${numeral}. ${group.title}`) },
    {
      type: "table",
      // Short names, not codes: a reader of the appendix does not know "TH01".
      header: [
        cell("STT", true),
        cell("Đơn vị", true),
        ...indicators.map((i) => cell(`${indicatorShortName(i)} (${i.unit})`, true)),
      ],
      rows: [
        ...aggregate.units.submitted.map((unit, index) => [
          cell(String(index + 1)),
          cell(unitNames.get(unit) ?? unit),
          ...indicators.map((i) => figure(byCode.get(i.code)?.byUnit[unit])),
        ]),
        [
          [],
          cell("Tổng cộng", true),
          ...indicators.map((i) =>
            cell(byCode.get(i.code)?.total === null ? "" : formatNumber(byCode.get(i.code)?.total ?? 0), true),
          ),
        ],
      ],
      align: ["center", "left", ...indicators.map(() => "right" as const)],
    },
  ]);

  const incidentBlocks = incidentAppendix(aggregate, unitNames, config.report.incidentListLimit);

  return [
    {
      numeral: "I",
      title: `KẾT QUẢ CÁC CHỈ TIÊU ${current.toLocaleUpperCase("vi")} SO VỚI CÙNG KỲ`,
      subtitle,
      blocks: [totals],
    },
    { numeral: "II", title: "SỐ LIỆU THEO ĐƠN VỊ BÁO CÁO", subtitle, landscape: true, blocks: byUnit },
    {
      numeral: "III",
      title: incidentListing(aggregate, config.report.incidentListLimit).capped
        ? "TỔNG HỢP VỤ VIỆC"
        : "DANH SÁCH VỤ VIỆC",
      subtitle,
      landscape: true,
      blocks: incidentBlocks,
    },
  ];
}

const INCIDENT_HEADER = [
  "STT",
  "Ngày phát hiện",
  "Đơn vị báo cáo",
  "Địa bàn",
  "Hành vi",
  "Mô tả",
  "Thiệt hại (đồng)",
  "Hình thức xử lý",
  "Tiền phạt (đồng)",
];
const TALLY_HEADER = (label: string) =>
  ["STT", label, "Số vụ", "Thiệt hại (đồng)", "Tiền phạt (đồng)"].map((text) => cell(text, true));

/** How much of the incident list Phụ lục III shows: all of it, or the first `listed` of `total`. */
export function incidentListing(
  aggregate: Aggregate,
  limit: number,
): { listed: number; total: number; capped: boolean } {
  // The count, not the list's length: a report's aggregate holds only the incidents it lists.
  const total = aggregate.incidents.count;
  return { listed: Math.min(total, limit), total, capped: total > limit };
}

/**
 * Phụ lục III. Up to `limit` incidents: the list, as the units sent it. Beyond: a report cannot sensibly
 * print 100,000 rows (nor can Word lay them out), so the appendix gives the totals by reporting unit and by
 * behaviour — each ending with the aggregate's own totals — and the first `limit` rows of the list, numbered
 * as in the "Vụ việc" sheet of tong-hop.xlsx, which holds every incident and is named in the text.
 */
function incidentAppendix(aggregate: Aggregate, unitNames: ReadonlyMap<string, string>, limit: number): Block[] {
  const { incidents } = aggregate;
  // The count: a report's aggregate holds only the incidents it lists (none with a limit of 0).
  if (incidents.count === 0) return [{ type: "paragraph", content: cell("Không có vụ việc.") }];
  const listing = incidentListing(aggregate, limit);
  const list: Block = {
    type: "table",
    header: INCIDENT_HEADER.map((t) => cell(t, true)),
    rows: incidents.list
      .slice(0, listing.listed)
      .map((incident, index) => [
        cell(String(index + 1)),
        cell(incident.detectedOn === null ? "" : formatDocumentShortDate(incident.detectedOn)),
        cell(unitNames.get(incident.unit) ?? incident.unit),
        cell(incident.area ?? ""),
        cell(incident.behavior ?? ""),
        cell(incident.description ?? ""),
        figure(incident.damage),
        cell(incident.handling ?? ""),
        figure(incident.fine),
      ]),
    align: ["center", "center", "left", "left", "left", "left", "right", "left", "right"],
  };
  if (!listing.capped) return [list];

  const tallyTable = (label: string, entries: readonly [string, Tally][]): Block => ({
    type: "table",
    header: TALLY_HEADER(label),
    rows: [
      ...entries.map(([name, tally], index) => [
        cell(String(index + 1)),
        cell(name),
        figure(tally.count),
        figure(tally.damage),
        figure(tally.fines),
      ]),
      // The aggregate's totals, which the rows above add up to (a test checks it).
      [
        [],
        cell("Tổng cộng", true),
        cell(formatNumber(incidents.count), true),
        cell(formatNumber(incidents.damage), true),
        cell(formatNumber(incidents.fines), true),
      ],
    ],
    align: ["center", "left", "right", "right", "right"],
  });
  // Units in catalogue order (the submitted list), not the object's key order, which JSON reorders for numeric codes.
  const unitOrder = [
    ...aggregate.units.submitted,
    ...Object.keys(incidents.byUnit).filter((code) => !aggregate.units.submitted.includes(code)),
  ];
  const byUnit = unitOrder.flatMap((code): [string, Tally][] => {
    const tally = incidents.byUnit[code];
    return tally === undefined || tally.count === 0 ? [] : [[unitNames.get(code) ?? code, tally]];
  });
  const byBehavior = Object.entries(incidents.byBehavior)
    .filter(([, slot]) => slot.total.count > 0)
    .map(([name, slot]): [string, Tally] => [name, slot.total]);
  const count = formatNumber(incidents.count);
  const where = `trang tính (sheet) “${SUMMARY_SHEETS.incidents}” của tệp ${SUMMARY_FILE} (bảng tổng hợp số liệu ${aggregate.label})`;
  const intro =
    `Trong ${aggregate.label}, các cơ quan, đơn vị, doanh nghiệp đã báo cáo ${count} vụ việc, tổng thiệt hại ${formatNumber(incidents.damage)} đồng, ` +
    `tổng tiền phạt ${formatNumber(incidents.fines)} đồng. Do số vụ việc lớn, Phụ lục này tổng hợp vụ việc theo đơn vị báo cáo và theo hành vi` +
    (listing.listed > 0 ? ` và liệt kê ${formatNumber(listing.listed)} vụ việc đầu tiên` : "") +
    `; danh sách đầy đủ ${count} vụ việc có tại ${where}` +
    (listing.listed > 0 ? `, với cùng số thứ tự.` : ".");
  const blocks: Block[] = [
    { type: "paragraph", content: cell(intro) },
    { type: "heading", level: 2, content: cell("1. Tổng hợp theo đơn vị báo cáo") },
    tallyTable("Đơn vị báo cáo", byUnit),
    { type: "heading", level: 2, content: cell("2. Tổng hợp theo hành vi") },
    tallyTable("Hành vi", byBehavior),
  ];
  if (listing.listed > 0) {
    blocks.push(
      {
        type: "heading",
        level: 2,
        content: cell(`3. Danh sách ${formatNumber(listing.listed)} vụ việc đầu tiên (trong tổng số ${count} vụ việc)`),
      },
      list,
    );
  }
  return blocks;
}
