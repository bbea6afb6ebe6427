import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import type { CellFormulaValue, Workbook, Worksheet } from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../../test/helpers/temp-dir.js";
import { xmlError } from "../../../test/helpers/well-formed.js";
import { load, sheet, sheetXml, unzip } from "../../../test/helpers/xlsx.js";
import { aggregate } from "../../aggregate/aggregate.js";
import type { SubmissionInput } from "../../aggregate/aggregate.js";
import type { Aggregate, IncidentRecord, IndicatorAggregate } from "../../aggregate/types.js";
import { calendarDate } from "../../domain/calendar-date.js";
import { dataWindow } from "../../domain/period/index.js";
import { xmlSafeText } from "../../domain/xml-text.js";
import { wrappedHeight } from "../excel/index.js";
import type { Period } from "../../domain/period/index.js";
import { validateBytes } from "../../intake/validate-file.js";
import { readWorkspace } from "../../workspace/read.js";
import type { WorkspaceConfig } from "../../domain/workspace-config.js";
import { workspaceSchema } from "../../workspace/schema.js";
import { openZipParts } from "../../zip/index.js";
import { submissionHistory } from "../../store/submission-history.js";
import type { SubmissionHistory } from "../../store/submission-history.js";
import { ledgerEntry } from "../../../test/helpers/store.js";
import {
  BY_UNIT_FIRST_ROW,
  INCIDENT_LIST_HEADERS,
  PERCENT_FORMAT,
  SUMMARY_SHEETS,
  TOTAL_LABEL,
  UNIT_STATUS,
  writeSummaryWorkbook,
} from "./index.js";
import { convertWithLibreOffice } from "../../../test/helpers/libreoffice.js";

// --- a small hand-made aggregate ------------------------------------------------------------------

const H1_2023: Period = { kind: "half", year: 2023, half: 1 };

const HOSTILE = ['=HYPERLINK("http://x","y")', "+1+1", "-2", "@SUM(A1)"] as const;

const config: WorkspaceConfig = workspaceSchema.parse({
  version: 1,
  organisation: { province: "Hưng Yên", place: "Hưng Yên" },
  issuers: {
    so: {
      name: "Sở Thông tin và Truyền thông",
      abbreviation: "STTTT",
      signers: [{ id: "gd", title: "GIÁM ĐỐC", name: "A" }],
    },
  },
  units: [
    { code: "STTTT", name: "Sở Thông tin và Truyền thông", kind: "agency", group: "Các sở" },
    { code: "CAT", name: HOSTILE[0], kind: "agency", group: "Các sở" },
    { code: "VNPT", name: HOSTILE[3], kind: "enterprise", group: "Doanh nghiệp" },
  ],
  indicatorGroups: [
    { code: "TH", title: "Tình hình" },
    { code: "TT", title: "Thanh tra, kiểm tra, xử lý vi phạm" },
  ],
  indicators: [
    {
      code: "TH01",
      name: "Số vụ trộm cắp, phá hoại hạ tầng viễn thông",
      unit: "vụ",
      group: "TH",
      kinds: ["agency", "enterprise"],
    },
    {
      code: "TH02",
      name: "Giá trị thiệt hại do trộm cắp, phá hoại hạ tầng viễn thông",
      unit: "đồng",
      type: "money",
      group: "TH",
      kinds: ["agency", "enterprise"],
    },
    { code: "TT01", name: "Số cuộc thanh tra, kiểm tra", unit: "cuộc", group: "TT", kinds: ["agency"] },
    {
      code: "TT05",
      name: "Tổng số tiền xử phạt vi phạm hành chính",
      unit: "đồng",
      type: "money",
      group: "TT",
      kinds: ["agency"],
    },
    { code: "TH03", name: "Số vụ lừa đảo qua mạng", unit: "vụ", group: "TH", kinds: ["agency"], optional: true },
  ],
  codeLists: { fields: ["Viễn thông"], behaviors: ["Trộm cắp hạ tầng viễn thông"], handling: ["Xử phạt hành chính"] },
});

function indicator(
  code: string,
  byUnit: Record<string, number>,
  previous: number | null,
  change: number | null,
  changePct: number | null,
): IndicatorAggregate {
  const found = config.indicators.find((i) => i.code === code)!;
  const values = Object.values(byUnit);
  return {
    code,
    name: found.name,
    unit: found.unit,
    group: found.group,
    type: found.type,
    total: values.length === 0 ? null : values.reduce((a, b) => a + b, 0),
    previous,
    change,
    changePct,
    byUnit,
    previousByUnit: {},
    previousFrom: {},
    sources: [],
    previousSources: [],
  };
}

function incident(
  unit: string,
  row: number,
  description: string,
  overrides: Partial<IncidentRecord> = {},
): IncidentRecord {
  return {
    unit,
    detectedOn: calendarDate(2023, 3, 5),
    area: "Văn Lâm",
    field: "Viễn thông",
    behavior: "Trộm cắp hạ tầng viễn thông",
    description,
    damage: 1_000_000,
    handling: "Xử phạt hành chính",
    fine: 500_000,
    decision: "12/QĐ-XPHC",
    note: null,
    source: { file: `2023-H1-${unit}.xlsx`, sheet: "Vụ việc", row },
    ...overrides,
  };
}

const tally = (count: number, damage: number, fines: number) => ({ count, damage, fines });

const AGGREGATE: Aggregate = {
  period: { kind: "half", year: 2023, half: 1 },
  label: "6 tháng đầu năm 2023",
  previousPeriod: { kind: "half", year: 2022, half: 1 },
  window: { from: calendarDate(2022, 12, 15), to: calendarDate(2023, 6, 14) },
  units: {
    expected: ["STTTT", "CAT", "VNPT"],
    submitted: ["STTTT", "CAT"],
    missing: ["VNPT"],
    rejected: ["VNPT"],
    late: ["CAT"],
  },
  indicators: [
    // 7 against 5: +2, +40%.
    indicator("TH01", { STTTT: 4, CAT: 3 }, 5, 2, 40),
    // Against a zero base: a change, no percentage.
    indicator("TH02", { STTTT: 1_500_000, CAT: 250_000 }, 0, 1_750_000, null),
    // 2 against 3: −1, −33.3%.
    indicator("TT01", { STTTT: 2 }, 3, -1, -33.3),
    // No previous figure.
    indicator("TT05", { CAT: 3_000_000 }, null, null, null),
    // Nobody reported it.
    indicator("TH03", {}, 4, null, null),
  ],
  incidents: {
    count: 4,
    damage: 4_000_000,
    fines: 1_500_000,
    byUnit: { STTTT: tally(2, 2_000_000, 1_000_000), CAT: tally(2, 2_000_000, 500_000) },
    byArea: {
      "Văn Lâm": { total: tally(3, 3_000_000, 1_500_000), byUnit: {} },
      [HOSTILE[1]]: { total: tally(1, 1_000_000, 0), byUnit: {} },
    },
    byField: { "Viễn thông": { total: tally(4, 4_000_000, 1_500_000), byUnit: {} } },
    byBehavior: { "Trộm cắp hạ tầng viễn thông": { total: tally(4, 4_000_000, 1_500_000), byUnit: {} } },
    byHandling: {
      "Xử phạt hành chính": { total: tally(3, 3_000_000, 1_500_000), byUnit: {} },
      "(không ghi)": { total: tally(1, 1_000_000, 0), byUnit: {} },
    },
    list: [
      incident("STTTT", 2, HOSTILE[0], { note: HOSTILE[2] }),
      incident("STTTT", 3, HOSTILE[1], { decision: HOSTILE[3] }),
      incident("CAT", 2, HOSTILE[2], { detectedOn: null, fine: null, handling: null, area: HOSTILE[1] }),
      incident("CAT", 3, HOSTILE[3], { detectedOn: calendarDate(2023, 6, 14) }),
    ],
  },
  narratives: { highlights: [], shortcomings: [], causes: [], directions: [], proposals: [] },
  warnings: [],
};

// --- reading back -----------------------------------------------------------------------------------

/**
 * The formula of a cell and its cached result. Read through `cell.result`: `cell.value` drops a falsy
 * result (0, "") when exceljs copies the formula model.
 */
function formulaOf(worksheet: Worksheet, address: string): CellFormulaValue {
  const cell = worksheet.getCell(address);
  if (cell.type !== ExcelJS.ValueType.Formula) {
    throw new Error(`${worksheet.name}!${address} is not a formula: ${JSON.stringify(cell.value)}`);
  }
  return { formula: cell.formula, result: cell.result };
}

/** The row whose column `column` holds `text`. */
function findRow(worksheet: Worksheet, column: number, text: string): number {
  for (let row = 1; row <= worksheet.rowCount; row += 1) if (worksheet.getCell(row, column).value === text) return row;
  throw new Error(`No row with ${text} in ${worksheet.name}`);
}

/** The column whose row `row` holds `text`. */
function findColumn(worksheet: Worksheet, row: number, text: string): string {
  let found: string | undefined;
  worksheet.getRow(row).eachCell((cell) => {
    if (cell.value === text && found === undefined) found = cell.address.replace(/\d+$/, "");
  });
  if (found === undefined) throw new Error(`No column ${text} in ${worksheet.name}`);
  return found;
}

/** exceljs reads a formula's cached empty string (<v></v>) back as no result at all. */
function cached(value: CellFormulaValue): unknown {
  return value.result === undefined ? "" : value.result;
}

/** The <c> element of `address`. */
function cellXml(xml: string, address: string): string {
  const match = new RegExp(`<c r="${address}"[^>]*?(?:/>|>.*?</c>)`).exec(xml);
  if (match === null) throw new Error(`No cell ${address}`);
  return match[0];
}

/** Checks what tong-hop.xlsx promises against the aggregate it was written from. */
function expectTotalsMatch(workbook: Workbook, data: Aggregate): void {
  const byUnit = sheet(workbook, SUMMARY_SHEETS.byUnit);
  const totals = sheet(workbook, SUMMARY_SHEETS.totals);
  const totalRow = findRow(byUnit, 1, TOTAL_LABEL);
  for (const item of data.indicators) {
    const letter = findColumn(byUnit, 1, item.code);
    const range = `${letter}${BY_UNIT_FIRST_ROW}:${letter}${totalRow - 1}`;
    const total = formulaOf(byUnit, `${letter}${totalRow}`);
    if (item.total === null) {
      expect(total.formula).toBe(`IF(COUNT(${range})=0,"",SUM(${range}))`);
      expect(cached(total)).toBe("");
    } else {
      expect(total.formula).toBe(`SUM(${range})`);
      expect(total.result).toBe(item.total);
    }
    // The unit cells under it hold exactly byUnit.
    let sum = 0;
    for (let row = BY_UNIT_FIRST_ROW; row < totalRow; row += 1) {
      const code = byUnit.getCell(row, 1).value as string;
      const value = byUnit.getCell(`${letter}${row}`).value;
      expect(value ?? undefined).toBe(item.byUnit[code]);
      if (typeof value === "number") sum += value;
    }
    if (item.total !== null) expect(sum).toBe(item.total);

    const row = findRow(totals, 2, item.code);
    const current = formulaOf(totals, `E${row}`);
    expect(current.formula).toBe(`'${SUMMARY_SHEETS.byUnit}'!${letter}${totalRow}`);
    expect(cached(current)).toBe(item.total ?? "");
    expect(totals.getCell(`F${row}`).value ?? null).toBe(item.previous);
    const change = formulaOf(totals, `G${row}`);
    expect(change.formula).toBe(`IF(OR(E${row}="",F${row}=""),"",E${row}-F${row})`);
    expect(cached(change)).toBe(item.change ?? "");
    const pct = formulaOf(totals, `H${row}`);
    expect(pct.formula).toBe(`IF(OR(E${row}="",F${row}="",F${row}=0),"",ROUND((E${row}-F${row})/ABS(F${row}),3))`);
    if (item.changePct === null) expect(cached(pct)).toBe("");
    else expect(Math.abs((pct.result as number) - item.changePct / 100)).toBeLessThan(1e-9);
    expect(totals.getCell(`H${row}`).numFmt).toBe(PERCENT_FORMAT);
    expect(totals.getCell(`E${row}`).numFmt).toBe("#,##0");
  }
}

// --- tests ------------------------------------------------------------------------------------------

// Two periods of history for the three units (store/submission-history.ts computes these).
const HISTORY: SubmissionHistory = submissionHistory(
  [
    ledgerEntry({ unit: "STTTT", period: "2022-H2", time: "2023-01-10T03:00:00.000Z" }),
    ledgerEntry({ unit: "VNPT", period: "2022-H2", time: "2023-01-17T03:00:00.000Z" }),
    ledgerEntry({ unit: "STTTT", period: "2023-H1", time: "2023-07-22T03:00:00.000Z" }),
    ledgerEntry({ unit: "VNPT", period: "2023-H1", time: "2023-07-01T03:00:00.000Z" }),
    ledgerEntry({ unit: "CAT", period: "2023-H1", time: "2023-07-01T03:00:00.000Z", decision: "rejected" }),
  ],
  [
    { code: "2022-H2", deadline: "2023-01-17" },
    { code: "2023-H1", deadline: "2023-07-19" },
  ],
  ["STTTT", "CAT", "VNPT"],
);

describe("writeSummaryWorkbook", () => {
  let buffer: Buffer;
  let workbook: Workbook;
  let zip: Map<string, string>;

  beforeAll(async () => {
    buffer = await writeSummaryWorkbook(AGGREGATE, config, H1_2023, HISTORY);
    workbook = await load(buffer);
    zip = unzip(buffer);
  });

  it("has the six sheets, in order", () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      "Tổng hợp",
      "Theo đơn vị",
      "Vụ việc",
      "Phân loại vụ việc",
      "Đơn vị chưa nộp",
      "Tiến độ nộp báo cáo",
    ]);
  });

  it("writes the timeliness sheet: units × periods, each unit's on-time rate, each period's deadline and rates", () => {
    const timeliness = sheet(workbook, SUMMARY_SHEETS.timeliness);
    const row = (n: number) => [1, 2, 3, 4, 5, 6, 7].map((c) => timeliness.getRow(n).getCell(c).value);
    expect(row(1)).toEqual(["STT", "Mã", "Tên đơn vị", "2022-H2", "2023-H1", "Số kỳ đúng hạn", "Tỷ lệ đúng hạn"]);
    expect(row(2)).toEqual([1, "STTTT", "Sở Thông tin và Truyền thông", "Đúng hạn", "Muộn 3 ngày", 1, 0.5]);
    expect(row(3)).toEqual([2, "CAT", HOSTILE[0], "Chưa gửi", "Bị từ chối", 0, 0]);
    expect(row(4)).toEqual([3, "VNPT", HOSTILE[3], "Đúng hạn", "Đúng hạn", 2, 1]);
    expect(row(5).slice(0, 5)).toEqual(["Hạn gửi", "Hạn gửi", "Hạn gửi", "17/01/2023", "19/07/2023"]);
    expect(row(6).slice(3, 5)).toEqual(["2/3", "2/3"]);
    expect(row(7).slice(3, 5)).toEqual([2 / 3, 2 / 3]);
    expect(row(8).slice(3, 5)).toEqual([2 / 3, 1 / 3]);
    expect(timeliness.getCell("G2").numFmt).toBe(PERCENT_FORMAT);
    expect(timeliness.getCell("C3").type).toBe(ExcelJS.ValueType.String);
  });

  it("writes SUM totals and comparison formulas whose cached values equal the aggregate", () => {
    expectTotalsMatch(workbook, AGGREGATE);
    // Spot checks of the hand-made figures.
    const totals = sheet(workbook, SUMMARY_SHEETS.totals);
    const row = findRow(totals, 2, "TT01");
    expect(formulaOf(totals, `H${row}`).result).toBe(-0.333);
    expect(cached(formulaOf(totals, `H${findRow(totals, 2, "TH02")}`))).toBe("");
    expect(formulaOf(totals, `G${findRow(totals, 2, "TH02")}`).result).toBe(1_750_000);
  });

  it("stores an empty cached string (not a missing value) for a blank formula result", () => {
    const totals = sheet(workbook, SUMMARY_SHEETS.totals);
    const row = findRow(totals, 2, "TT05");
    const xml = cellXml(sheetXml(zip, SUMMARY_SHEETS.totals), `H${row}`);
    expect(xml).toContain('t="str"');
    expect(xml).toMatch(/<v><\/v>|<v\/>/);
  });

  it("groups the indicators under numbered group rows, in configuration order", () => {
    const totals = sheet(workbook, SUMMARY_SHEETS.totals);
    const column = (col: number) => Array.from({ length: 8 }, (_, i) => totals.getCell(i + 1, col).value);
    expect(column(1)).toEqual(["STT", "I. Tình hình", 1, 2, 3, "II. Thanh tra, kiểm tra, xử lý vi phạm", 1, 2]);
    expect(column(2)).toEqual([
      "Mã",
      "I. Tình hình",
      "TH01",
      "TH02",
      "TH03",
      "II. Thanh tra, kiểm tra, xử lý vi phạm",
      "TT01",
      "TT05",
    ]);
    expect(totals.getCell("E1").value).toBe("Kỳ này\n(6 tháng đầu năm 2023)");
    expect(totals.getCell("F1").value).toBe("Cùng kỳ\n(6 tháng đầu năm 2022)");
    expect(totals.getCell("G1").value).toBe("Tăng/giảm");
    expect(totals.getCell("H1").value).toBe("Tỷ lệ (%)");
  });

  it("lays out units × indicators with code and name headers and frozen panes at the first figure", () => {
    const byUnit = sheet(workbook, SUMMARY_SHEETS.byUnit);
    expect(byUnit.getCell("C1").value).toBe("TH01");
    expect(byUnit.getCell("C2").value).toBe("Số vụ trộm cắp, phá hoại hạ tầng viễn thông (vụ)");
    expect([3, 4, 5].map((row) => byUnit.getCell(row, 1).value)).toEqual(["STTTT", "CAT", "VNPT"]);
    expect(byUnit.getCell("A6").value).toBe(TOTAL_LABEL);
    // VNPT did not submit: its row is blank.
    expect(byUnit.getCell("C5").value).toBeNull();
    expect(byUnit.getCell("C5").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFF2F2F2" } });
    expect(byUnit.getCell("C4").fill).not.toMatchObject({ pattern: "solid" });
    expect(byUnit.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 2, topLeftCell: "C3" });
    expect(byUnit.getColumn(2).width).toBeGreaterThanOrEqual(24);
  });

  it("lists the incidents with real dates, a filter over header and data, and a frozen header", () => {
    const incidents = sheet(workbook, SUMMARY_SHEETS.incidents);
    expect(Array.from({ length: INCIDENT_LIST_HEADERS.length }, (_, i) => incidents.getCell(1, i + 1).value)).toEqual([
      ...INCIDENT_LIST_HEADERS,
    ]);
    expect(incidents.rowCount).toBe(AGGREGATE.incidents.list.length + 1);
    expect(incidents.autoFilter).toBe("A1:M5");
    expect(incidents.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const date = incidents.getCell("C2").value;
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString()).toBe("2023-03-05T00:00:00.000Z");
    expect(incidents.getCell("C2").numFmt).toBe("dd/mm/yyyy");
    expect(incidents.getCell("C4").value).toBeNull();
    expect(incidents.getCell("B2").value).toBe("STTTT - Sở Thông tin và Truyền thông");
    expect(incidents.getCell("H2").value).toBe(1_000_000);
    expect(incidents.getCell("J4").value).toBeNull();
    expect(incidents.getCell("M5").value).toBe("2023-H1-CAT.xlsx!3");
  });

  it("prints every sheet centred on the page (the streaming writer's sheets keep <printOptions>)", () => {
    for (const name of Object.values(SUMMARY_SHEETS)) {
      expect(sheetXml(zip, name), name).toContain('<printOptions horizontalCentered="1"/><pageMargins');
    }
    expect(sheet(workbook, SUMMARY_SHEETS.incidents).pageSetup.horizontalCentered).toBe(true);
  });

  it("deflates the sheets given <printOptions> as the writer deflates every other part (level 1)", async () => {
    const parts = await openZipParts(buffer);
    expect(parts.entries.filter((entry) => entry.name.startsWith("xl/worksheets/"))).toHaveLength(
      Object.values(SUMMARY_SHEETS).length,
    );
    for (const { name } of parts.entries) {
      const stored = parts.stored(name);
      expect(stored?.data.equals(deflateRawSync(parts.read(name) ?? Buffer.alloc(0), { level: 1 })), name).toBe(true);
    }
  });

  it("keeps every hostile string a plain string cell, never a formula", () => {
    const incidents = sheet(workbook, SUMMARY_SHEETS.incidents);
    const byUnit = sheet(workbook, SUMMARY_SHEETS.byUnit);
    const missing = sheet(workbook, SUMMARY_SHEETS.missing);
    const breakdowns = sheet(workbook, SUMMARY_SHEETS.breakdowns);
    const checks: [Worksheet, string, string][] = [
      ...HOSTILE.map((text, index): [Worksheet, string, string] => [incidents, `G${index + 2}`, text]),
      [incidents, "L2", HOSTILE[2]],
      [incidents, "K3", HOSTILE[3]],
      [incidents, "D4", HOSTILE[1]],
      [byUnit, "B4", HOSTILE[0]],
      [byUnit, "B5", HOSTILE[3]],
      [missing, "C2", HOSTILE[3]],
      [breakdowns, `B${findRow(breakdowns, 2, HOSTILE[1])}`, HOSTILE[1]],
    ];
    for (const [worksheet, address, text] of checks) {
      const cell = worksheet.getCell(address);
      expect(cell.value, `${worksheet.name}!${address}`).toBe(text);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      const xml = cellXml(sheetXml(zip, worksheet.name), address);
      expect(xml).not.toContain("<f");
      // A shared string, or an inline one on the Vụ việc sheet (its rows are written directly).
      expect(xml).toMatch(worksheet === incidents ? /t="inlineStr"><is><t( xml:space="preserve")?>/ : /t="s"/);
    }
    // Nor anywhere else: the only formulas in the file are the ones this module builds.
    for (const name of Object.values(SUMMARY_SHEETS)) {
      for (const [, xml] of sheetXml(zip, name).matchAll(/<f>(.*?)<\/f>/g)) {
        const formula = (xml ?? "")
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, "&");
        expect(formula).toMatch(/^(SUM|IF|0$|'Theo đơn vị'!)/);
        expect(formula).not.toMatch(/HYPERLINK|A1\)/);
      }
    }
  });

  it("writes well-formed XML for text XML cannot hold, and keeps a literal _xFFFE_ literal", async () => {
    const texts = [
      "Mô tả \uFFFE giữa \uFFFF cuối",
      "_xFFFE_ là văn bản, _x0041_x0042_ cũng vậy",
      "điều khiển \u0001\u0008\u001F, nửa cặp \uD800 và \uDC00, tab\tgiữ",
      "Hưng Yên 😀",
    ];
    const data: Aggregate = {
      ...AGGREGATE,
      incidents: {
        ...AGGREGATE.incidents,
        list: texts.map((text, index) => incident("STTTT", index + 2, text, { note: text, area: text })),
      },
    };
    const written = await writeSummaryWorkbook(data, config, H1_2023);
    const parts = unzip(written);
    for (const [name, xml] of parts) if (name.endsWith(".xml")) expect(xmlError(xml), name).toBeNull();
    // A text with an _xHHHH_ of its own goes to the shared strings (where every reader undoes the escape).
    expect(parts.get("xl/sharedStrings.xml")).toContain(
      "<si><t>_x005F_xFFFE_ là văn bản, _x005F_x0041_x005F_x0042_ cũng vậy</t></si>",
    );
    const incidents = sheet(await load(written), SUMMARY_SHEETS.incidents);
    texts.forEach((text, index) => {
      const row = incidents.getRow(index + 2);
      expect(row.getCell(7).value).toBe(xmlSafeText(text));
      expect(row.getCell(12).value).toBe(xmlSafeText(text)); // Ghi chú
    });
    expect(incidents.getCell("G2").value).toBe("Mô tả \uFFFD giữa \uFFFD cuối");
    expect(incidents.getCell("G3").value).toBe(texts[1]);
    expect(cellXml(sheetXml(parts, SUMMARY_SHEETS.incidents), "G3")).toContain('t="s"');
  });

  it("writes each source as <file>!<row> whatever the file is called, rows as tall as their text", async () => {
    const files = [
      "tệp thường.xlsx",
      " đầu có dấu cách.xlsx",
      "a & <b>.xlsx",
      "a_x0041_b.xlsx",
      "hai\ndòng.xlsx",
      `${"Thủ trưởng đơn vị ".repeat(4)}.xlsx`,
      "Thu\u0309 tru\u031Bo\u031Bng.xlsx",
    ];
    const list = files.map((file, index) =>
      incident("STTTT", index + 2, "mô tả", { source: { file, sheet: "Vụ việc", row: 998 + index } }),
    );
    const written = await writeSummaryWorkbook(
      { ...AGGREGATE, incidents: { ...AGGREGATE.incidents, list } },
      config,
      H1_2023,
    );
    const parts = unzip(written);
    for (const [name, xml] of parts) if (name.endsWith(".xml")) expect(xmlError(xml), name).toBeNull();
    const incidents = sheet(await load(written), SUMMARY_SHEETS.incidents);
    const widths = Array.from({ length: 13 }, (_, index) => incidents.getColumn(index + 1).width ?? 10);
    files.forEach((file, index) => {
      const row = incidents.getRow(index + 2);
      expect(row.getCell(13).value).toBe(`${file}!${998 + index}`);
      // The height rowOf gives: every text cell's wrapped lines at its column's width.
      const texts = [2, 4, 5, 6, 7, 9, 11, 12, 13].flatMap((column): [string, number][] => {
        const value = row.getCell(column).value;
        return typeof value === "string" ? [[value, widths[column - 1]!]] : [];
      });
      expect(row.height, file).toBe(wrappedHeight(texts));
    });
  });

  it("breaks incidents down by area, field, behaviour, handling and unit, with SUM totals", () => {
    const breakdowns = sheet(workbook, SUMMARY_SHEETS.breakdowns);
    expect(breakdowns.getCell("A1").value).toBe("1. Theo địa bàn");
    const titles = [1, 2, 3, 4, 5].map((n) => {
      for (let row = 1; row <= breakdowns.rowCount; row += 1) {
        const value = breakdowns.getCell(row, 1).value;
        if (typeof value === "string" && value.startsWith(`${n}. `)) return value;
      }
      return null;
    });
    expect(titles).toEqual([
      "1. Theo địa bàn",
      "2. Theo lĩnh vực",
      "3. Theo hành vi",
      "4. Theo hình thức xử lý",
      "5. Theo đơn vị báo cáo",
    ]);
    const sums: unknown[] = [];
    breakdowns.eachRow((row) => {
      if (row.getCell(1).value === "Cộng")
        sums.push([3, 4, 5].map((column) => formulaOf(breakdowns, row.getCell(column).address).result));
    });
    expect(sums).toEqual(Array(5).fill([4, 4_000_000, 1_500_000]));
    const area = findRow(breakdowns, 2, "Văn Lâm");
    expect([3, 4, 5].map((column) => breakdowns.getCell(area, column).value)).toEqual([3, 3_000_000, 1_500_000]);
    expect(formulaOf(breakdowns, `C${area + 2}`).formula).toBe(`SUM(C${area}:C${area + 1})`);
    expect(findRow(breakdowns, 2, "STTTT - Sở Thông tin và Truyền thông")).toBeGreaterThan(area);
  });

  it("lists missing, rejected and late units with their status in Vietnamese", () => {
    const missing = sheet(workbook, SUMMARY_SHEETS.missing);
    const rows = [2, 3].map((row) => [1, 2, 3, 4].map((column) => missing.getCell(row, column).value));
    // VNPT is missing because it was rejected: listed once, as rejected.
    expect(rows).toEqual([
      [1, "VNPT", HOSTILE[3], UNIT_STATUS.rejected],
      [2, "CAT", HOSTILE[0], UNIT_STATUS.late],
    ]);
    expect(missing.getCell("A4").value).toBeNull();
    expect(missing.getCell("A5").value).toBe("Đã nộp: 2/3 đơn vị.");
  });

  it("is byte-identical when written twice, stamped with the window end", async () => {
    const again = await writeSummaryWorkbook(AGGREGATE, config, H1_2023, HISTORY);
    expect(again.equals(buffer)).toBe(true);
    expect(workbook.creator).toBe("baocao");
    expect(workbook.created?.toISOString()).toBe("2023-06-14T00:00:00.000Z");
    expect(workbook.modified?.toISOString()).toBe("2023-06-14T00:00:00.000Z");
    // MS-DOS date of 2023-06-14 in the first local header.
    expect(buffer.readUInt16LE(12)).toBe(((2023 - 1980) << 9) | (6 << 5) | 14);
  });

  it("writes a workbook with no incidents and every unit on time", async () => {
    const quiet: Aggregate = {
      ...AGGREGATE,
      units: { ...AGGREGATE.units, submitted: ["STTTT", "CAT", "VNPT"], missing: [], rejected: [], late: [] },
      incidents: {
        ...AGGREGATE.incidents,
        count: 0,
        damage: 0,
        fines: 0,
        byUnit: {},
        byArea: {},
        byField: {},
        byBehavior: {},
        byHandling: {},
        list: [],
      },
    };
    const book = await load(await writeSummaryWorkbook(quiet, config, H1_2023));
    expect(sheet(book, SUMMARY_SHEETS.incidents).autoFilter).toBe("A1:M2");
    expect(sheet(book, SUMMARY_SHEETS.missing).getCell("A2").value).toBe("Tất cả đơn vị đã nộp đúng hạn.");
    expectTotalsMatch(book, quiet);
  });

  it("takes its labels and stamp from the period it is given", async () => {
    const q3: Period = { kind: "quarter", year: 2023, quarter: 3 };
    const book = await load(await writeSummaryWorkbook(AGGREGATE, config, q3));
    const totals = sheet(book, SUMMARY_SHEETS.totals);
    expect(totals.getCell("E1").value).toBe("Kỳ này\n(quý III năm 2023)");
    expect(totals.getCell("F1").value).toBe("Cùng kỳ\n(quý III năm 2022)");
    expect(totals.headerFooter.oddHeader).toContain("Tổng hợp số liệu quý III năm 2023");
    // Decree 09: the third quarter's data window closes on 14 September.
    expect(book.created?.toISOString()).toBe("2023-09-14T00:00:00.000Z");
  });
});

// --- from aggregate() over the sample inbox ---------------------------------------------------------

const SAMPLES = new URL("../../../samples/hung-yen-2023-h1/", import.meta.url).pathname;

async function sampleAggregate(): Promise<{ data: Aggregate; config: WorkspaceConfig }> {
  const { config: sampleConfig } = readWorkspace(SAMPLES);
  const inbox = join(SAMPLES, "inbox");
  const context = { config: sampleConfig, expectedPeriod: H1_2023, today: calendarDate(2023, 7, 10) };
  const current: SubmissionInput[] = [];
  const rejected: string[] = [];
  for (const file of readdirSync(inbox).sort()) {
    const { report, submission } = await validateBytes(file, readFileSync(join(inbox, file)), context);
    if (report.unit === null) continue;
    if (report.status === "accepted" && submission !== null && !current.some((item) => item.unit === report.unit)) {
      current.push({ unit: report.unit, file, archive: null, submission });
    } else if (report.status === "rejected") rejected.push(report.unit);
  }
  const data = aggregate({
    config: sampleConfig,
    period: H1_2023,
    window: dataWindow(H1_2023, sampleConfig.periods.rule),
    current,
    previous: [],
    rejected,
    late: current.length > 1 ? [current[1]!.unit] : [],
  });
  return { data, config: sampleConfig };
}

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

describe("tong-hop.xlsx from the sample inbox", () => {
  let sample: { data: Aggregate; config: WorkspaceConfig };
  let buffer: Buffer;

  beforeAll(async () => {
    sample = await sampleAggregate();
    buffer = await writeSummaryWorkbook(sample.data, sample.config, H1_2023);
  });

  it("has formulas whose cached values equal the aggregate.json totals", async () => {
    expect(sample.data.units.submitted.length).toBeGreaterThan(5);
    expect(sample.data.incidents.list.length).toBeGreaterThan(0);
    const workbook = await load(buffer);
    // The helper reads the unit rows from the sheet, whatever the configuration's length.
    expectTotalsMatchSample(workbook, sample.data, sample.config);
    expect(sheet(workbook, SUMMARY_SHEETS.incidents).rowCount).toBe(sample.data.incidents.list.length + 1);
  });

  it.skipIf(!hasSoffice)("converts to PDF with LibreOffice", () => {
    const dir = tempDir();
    const source = join(dir, "tong-hop.xlsx");
    writeFileSync(source, buffer);
    convertWithLibreOffice([source], "pdf", dir);
    const pdf = join(dir, "tong-hop.pdf");
    expect(existsSync(pdf)).toBe(true);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // One page at least per sheet.
    expect(bytes.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
  });
});

function expectTotalsMatchSample(workbook: Workbook, data: Aggregate, sampleConfig: WorkspaceConfig): void {
  const byUnit = sheet(workbook, SUMMARY_SHEETS.byUnit);
  const totalRow = findRow(byUnit, 1, TOTAL_LABEL);
  expect(totalRow).toBe(BY_UNIT_FIRST_ROW + sampleConfig.units.length);
  expectTotalsMatch(workbook, data);
}
