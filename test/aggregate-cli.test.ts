// End to end: ingest last year's and this year's sample submissions, aggregate, and check the totals
// against sums computed here straight from the spreadsheets (not through baocao's reader).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runBaocao, runCli } from "./helpers/run-cli.js";
import { filledForm, goodData, SAMPLE_DIR } from "./helpers/sample.js";
import { ingestSample } from "./helpers/sample-workspace.js";
import { suiteTempDir, tempDir } from "./helpers/temp-dir.js";
import { xmlError } from "./helpers/well-formed.js";
import { unzip } from "./helpers/xlsx.js";

interface IndicatorJson {
  code: string;
  total: number | null;
  previous: number | null;
  change: number | null;
  changePct: number | null;
  byUnit: Record<string, number>;
  previousFrom: Record<string, string>;
  sources: { unit: string; file: string; sheet: string; cell: string }[];
}
interface AggregateJson {
  period: string;
  units: { expected: string[]; submitted: string[]; missing: string[]; rejected: string[] };
  indicators: IndicatorJson[];
  incidents: { count: number; damage: number; fines: number; list: unknown[] };
  warnings: { code: string; indicator: string; units: string[] }[];
}

const REJECTED = ["2023-H1-SGDDT.xlsx", "2023-H1-UBND-ANTHI.xlsx", "2023-H1-UBND-TIENLU.xlsx"];

/** code → value of column D (Kỳ này) or E (Cùng kỳ), and the unit code, read plainly with exceljs. */
async function readFigures(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const unit = String(workbook.getWorksheet("Thông tin")!.getCell("B1").value);
  const current: Record<string, number> = {};
  const previous: Record<string, number> = {};
  workbook.getWorksheet("Chỉ tiêu")!.eachRow((row, n) => {
    if (n === 1) return;
    const code = String(row.getCell(1).value);
    if (typeof row.getCell(4).value === "number") current[code] = row.getCell(4).value as number;
    if (typeof row.getCell(5).value === "number") previous[code] = row.getCell(5).value as number;
  });
  let incidents = 0;
  workbook.getWorksheet("Vụ việc")!.eachRow((row, n) => {
    if (n > 1 && row.getCell(2).value !== null) incidents += 1;
  });
  return { unit, current, previous, incidents };
}

describe("aggregate (CLI)", () => {
  let ws: string;
  let result: AggregateJson;
  const suiteDir = suiteTempDir();
  beforeAll(async () => {
    ws = join(suiteDir(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    await ingestSample(ws);
    const run = await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1", "--json"]);
    expect(run.status).toBe(0);
    result = JSON.parse(run.stdout) as AggregateJson;
  });

  it("totals equal sums computed independently from the accepted spreadsheets", async () => {
    const accepted = readdirSync(join(ws, "inbox")).filter((name) => !REJECTED.includes(name));
    const figures = await Promise.all(accepted.map((name) => readFigures(join(ws, "inbox", name))));
    const lastYear = await Promise.all(
      readdirSync(join(ws, "previous-2022-h1")).map((name) => readFigures(join(ws, "previous-2022-h1", name))),
    );
    const stored = new Map(lastYear.map((f) => [f.unit, f.current]));
    for (const indicator of result.indicators) {
      const reported = figures.filter((f) => f.current[indicator.code] !== undefined);
      const total = reported.reduce((sum, f) => sum + f.current[indicator.code]!, 0);
      expect(indicator.total, indicator.code).toBe(total);
      // Last year: the stored 2022-H1 figure where the unit has one, else the form's own column.
      const previous = reported.reduce(
        (sum, f) => sum + (stored.get(f.unit)?.[indicator.code] ?? f.previous[indicator.code] ?? 0),
        0,
      );
      expect(indicator.previous, indicator.code).toBe(previous);
      expect(indicator.change).toBe(total - previous);
      expect(indicator.changePct).toBe(previous === 0 ? null : Math.round(((total - previous) / previous) * 1000) / 10);
      expect(indicator.sources).toHaveLength(reported.length);
    }
    expect(result.incidents.count).toBe(figures.reduce((sum, f) => sum + f.incidents, 0));
    expect(result.units.submitted).toHaveLength(19);
    expect(result.units.rejected).toEqual(["SGDDT", "UBND-ANTHI", "UBND-TIENLU"]);
  });

  it("says where each figure came from, and which comparison figures disagree", () => {
    const th03 = result.indicators.find((i) => i.code === "TH03")!;
    expect(th03.sources[0]).toMatchObject({ unit: "STTTT", sheet: "Chỉ tiêu", cell: "D4" });
    expect(th03.sources[0]!.file).toMatch(/inbox\/2023-H1-STTTT\.xlsx$/);
    const ph03 = result.indicators.find((i) => i.code === "PH03")!;
    expect(ph03.previousFrom).toMatchObject({ VIETTEL: "store", FPT: "column" });
    expect(result.warnings).toEqual([{ code: "previous/disagree", indicator: "PH03", units: ["VIETTEL"] }]);
  });

  it("writes the same aggregate.json byte for byte on every run, and a summary workbook whose formulas match", async () => {
    const file = join(ws, "out", "2023-H1", "aggregate.json");
    const first = readFileSync(file);
    expect(runCli(["-w", ws, "aggregate", "--period", "2023-H1"]).status).toBe(0);
    expect(readFileSync(file).equals(first)).toBe(true);
    expect(JSON.parse(first.toString("utf8"))).toEqual(result);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(ws, "out", "2023-H1", "tong-hop.xlsx"));
    const sheet = workbook.getWorksheet("Theo đơn vị")!;
    const totals = new Map<string, number>();
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string; result?: number } | null;
        if (value && typeof value === "object" && value.formula?.startsWith("SUM("))
          totals.set(cell.address.replace(/\d+/, ""), value.result as number);
      });
    });
    expect([...totals.values()].length).toBe(result.indicators.length);
    const expectedTotals = result.indicators.map((i) => i.total ?? 0).sort((a, b) => a - b);
    expect([...totals.values()].map((v) => v ?? 0).sort((a, b) => a - b)).toEqual(expectedTotals);
  });

  it("counts only the current submission after a correction, and lists a missing unit", async () => {
    const other = join(tempDir(), "ws");
    cpSync(SAMPLE_DIR, other, { recursive: true });
    rmSync(join(other, "inbox", "2023-H1-VKSND.xlsx"));
    await ingestSample(other);
    const before = JSON.parse(
      (await runBaocao(["-w", other, "aggregate", "--period", "2023-H1", "--json"])).stdout,
    ) as AggregateJson;
    expect(before.units.missing).toEqual(["SGDDT", "VKSND", "UBND-ANTHI", "UBND-TIENLU"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(other, "inbox", "2023-H1-CAT.xlsx"));
    const cell = workbook.getWorksheet("Chỉ tiêu")!.getCell("D4"); // TH03
    const old = cell.value as number;
    cell.value = old + 100;
    const corrected = join(tempDir(), "CAT-sua.xlsx");
    await workbook.xlsx.writeFile(corrected);
    expect((await runBaocao(["-w", other, "ingest", corrected, "--period", "2023-H1"])).status).toBe(0);
    const after = JSON.parse(
      (await runBaocao(["-w", other, "aggregate", "--period", "2023-H1", "--json"])).stdout,
    ) as AggregateJson;
    const th03 = (a: AggregateJson) => a.indicators.find((i) => i.code === "TH03")!;
    expect(th03(after).total).toBe(th03(before).total! + 100);
    expect(th03(after).byUnit.CAT).toBe(old + 100);
  });

  it("says clearly when nothing has been accepted yet (exit 1)", async () => {
    const empty = join(tempDir(), "ws");
    cpSync(SAMPLE_DIR, empty, { recursive: true });
    const run = await runBaocao(["-w", empty, "aggregate", "--period", "2023-H1"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Chưa có báo cáo nào đạt của kỳ 2023-H1. Kho lưu trữ chưa có báo cáo nào đạt.");
  });

  it("names the periods the store does hold when the one asked for has nothing", async () => {
    const run = await runBaocao(["-w", ws, "aggregate", "--period", "2023-H2"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "Chưa có báo cáo nào đạt của kỳ 2023-H2. Kho chỉ có số liệu các kỳ: 2022-H1, 2023-H1.",
    );
    const english = await runBaocao(["-w", ws, "aggregate", "--period", "2023-H2", "--lang", "en"]);
    expect(english.stderr).toContain("The store only holds figures for: 2022-H1, 2023-H1.");
  });

  it("writes the comparison in English with --lang en, and in Vietnamese by default", async () => {
    const english = await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1", "--lang", "en"]);
    expect(english.status).toBe(0);
    expect(english.stdout).toMatch(/ (up|down) [\d,]+ \([+-][\d.]+%\)/);
    expect(english.stdout).not.toMatch(/tăng|giảm|bằng cùng kỳ/);
    const vietnamese = await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1"]);
    expect(vietnamese.stdout).toMatch(/ (tăng|giảm) [\d.]+ .*\([+-][\d,]+%\)/);
  });
});

describe("tong-hop.xlsx with text XML cannot hold (CLI)", () => {
  it("an incident description with U+FFFE, U+FFFF or a literal _xFFFE_ gives well-formed parts that read back", async () => {
    const ws = join(tempDir(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    rmSync(join(ws, "inbox"), { recursive: true });
    mkdirSync(join(ws, "inbox"));
    // As the file holds them: "_xFFFE_" is U+FFFE to any reader; "_x005F_xFFFE_" is the text "_xFFFE_".
    const descriptions = ["Mô tả _xFFFE_ giữa _xFFFF_ cuối", "gõ _x005F_xFFFE_ như chữ"];
    const incidents = descriptions.map((description) => ({
      detectedOn: "05/03/2023",
      area: "Văn Lâm",
      field: "Viễn thông",
      behavior: "Lừa đảo qua mạng",
      description,
      handling: "Nhắc nhở, cảnh cáo",
    }));
    writeFileSync(join(ws, "inbox", "2023-H1-CAT.xlsx"), await filledForm("CAT", goodData("CAT", { incidents })));
    const ingest = await runBaocao(["-w", ws, "ingest", join(ws, "inbox"), "--period", "2023-H1"]);
    expect(ingest.status, ingest.stderr).toBe(0);
    const run = await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1"]);
    expect(run.status, run.stderr).toBe(0);
    const file = join(ws, "out", "2023-H1", "tong-hop.xlsx");
    for (const [name, xml] of unzip(readFileSync(file)))
      if (name.endsWith(".xml")) expect(xmlError(xml), name).toBeNull();
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(file);
    const cells: unknown[] = [];
    summary.getWorksheet("Vụ việc")!.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain("Mô tả \uFFFD giữa \uFFFD cuối");
    expect(cells).toContain("gõ _xFFFE_ như chữ");
  });
});
