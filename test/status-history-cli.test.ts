// End to end: `status --history` and the "Tiến độ nộp báo cáo" sheet on a store of three periods built by
// ingest with --received dates, checked against a count by hand.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runBaocao } from "./helpers/run-cli.js";
import { filledForm, goodData, SAMPLE_DIR } from "./helpers/sample.js";
import { suiteTempDir } from "./helpers/temp-dir.js";

const H1_2022 = { kind: "half", year: 2022, half: 1 } as const;
const H2_2022 = { kind: "half", year: 2022, half: 2 } as const;
const H1_2023 = { kind: "half", year: 2023, half: 1 } as const;

// Deadlines in the sample (decree-09 cut-off, 3 working days, its holidays): 2022-H1 17/06/2022,
// 2022-H2 19/12/2022, 2023-H1 19/06/2023.
//
// By hand (22 units expected; the others never sent anything):
//            2022-H1          2022-H2            2023-H1          on time
//   CAT      on time (15/6)   on time (19/12)    6 days late      2/3
//   SCT      3 days late      missing            on time          1/3
//   STP      missing          rejected           on time          1/3
//   received 2/22             1/22               3/22
//   on time  1/22             1/22               2/22
let ws: string;
const suiteDir = suiteTempDir();

async function ingest(folder: string, period: string, received: string): Promise<void> {
  const run = await runBaocao(["-w", ws, "ingest", join(ws, folder), "--period", period, "--received", received]);
  expect(run.status, run.stderr).toBeLessThanOrEqual(1);
}

async function put(folder: string, unit: string, period: typeof H1_2022 | typeof H2_2022 | typeof H1_2023) {
  mkdirSync(join(ws, folder), { recursive: true });
  writeFileSync(join(ws, folder, `${unit}.xlsx`), await filledForm(unit, goodData(unit), period));
}

beforeAll(async () => {
  ws = join(suiteDir(), "ws");
  cpSync(SAMPLE_DIR, ws, { recursive: true });
  rmSync(join(ws, "inbox"), { recursive: true });
  rmSync(join(ws, "previous-2022-h1"), { recursive: true });
  await put("a", "CAT", H1_2022);
  await ingest("a", "2022-H1", "15/06/2022");
  await put("b", "SCT", H1_2022);
  await ingest("b", "2022-H1", "20/06/2022");
  await put("c", "CAT", H2_2022);
  await ingest("c", "2022-H2", "19/12/2022");
  // A 2023-H1 form sent for 2022-H2: rejected (wrong period), so STP is "rejected" for 2022-H2.
  await put("d", "STP", H1_2023);
  await ingest("d", "2022-H2", "16/12/2022");
  await put("e", "SCT", H1_2023);
  await put("e", "STP", H1_2023);
  await ingest("e", "2023-H1", "16/06/2023");
  await put("f", "CAT", H1_2023);
  await ingest("f", "2023-H1", "25/06/2023");
}, 120_000);

interface HistoryJson {
  periods: {
    code: string;
    deadline: string;
    expected: number;
    received: number;
    onTime: number;
    rejected: number;
    completeness: number;
    onTimeRate: number;
  }[];
  units: { unit: string; cells: { state: string; daysLate: number }[]; onTime: number; onTimeRate: number }[];
}

describe("baocao status --history", () => {
  it("--json matches the count by hand", async () => {
    const run = await runBaocao(["-w", ws, "status", "--history", "--json"]);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as HistoryJson;
    expect(json.periods.map((p) => [p.code, p.deadline, p.expected, p.received, p.onTime, p.rejected])).toEqual([
      ["2022-H1", "2022-06-17", 22, 2, 1, 0],
      ["2022-H2", "2022-12-19", 22, 1, 1, 1],
      ["2023-H1", "2023-06-19", 22, 3, 2, 0],
    ]);
    expect(json.periods.map((p) => p.completeness)).toEqual([2 / 22, 1 / 22, 3 / 22]);
    const row = (unit: string) => {
      const found = json.units.find((u) => u.unit === unit)!;
      return [...found.cells.map((c) => (c.state === "late" ? `late ${c.daysLate}` : c.state)), found.onTime];
    };
    expect(row("CAT")).toEqual(["on-time", "on-time", "late 6", 2]);
    expect(row("SCT")).toEqual(["late 3", "missing", "on-time", 1]);
    expect(row("STP")).toEqual(["missing", "rejected", "on-time", 1]);
    expect(row("VNPT")).toEqual(["missing", "missing", "missing", 0]);
    expect(json.units.find((u) => u.unit === "CAT")!.onTimeRate).toBeCloseTo(2 / 3);
  });

  it("prints the table in Vietnamese, and in English with --lang en", async () => {
    const run = await runBaocao(["-w", ws, "status", "--history"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Tiến độ nộp báo cáo qua 3 kỳ (2022-H1 – 2023-H1):");
    const cat = run.stdout.split("\n").find((line) => line.trimStart().startsWith("CAT "))!;
    expect(cat).toMatch(/đúng hạn\s+đúng hạn\s+muộn 6 ngày\s+2\/3 \(67%\)$/);
    const stp = run.stdout.split("\n").find((line) => line.trimStart().startsWith("STP "))!;
    expect(stp).toMatch(/chưa gửi\s+bị từ chối\s+đúng hạn\s+1\/3 \(33%\)$/);
    expect(run.stdout).toMatch(/Đã nộp\s+2\/22 \(9%\)\s+1\/22 \(5%\)\s+3\/22 \(14%\)/);
    expect(run.stdout).toMatch(/Đúng hạn\s+1\/22 \(5%\)\s+1\/22 \(5%\)\s+2\/22 \(9%\)/);
    expect(run.stdout).toMatch(/Hạn gửi\s+17\/06\/2022\s+19\/12\/2022\s+19\/06\/2023/);
    for (const line of run.stdout.split("\n")) expect(line.length, line).toBeLessThanOrEqual(100);

    const english = await runBaocao(["-w", ws, "status", "--history", "--lang", "en"]);
    expect(english.stdout).toContain("Timeliness over 3 periods (2022-H1 – 2023-H1):");
    expect(english.stdout).toMatch(/CAT .*on time\s+on time\s+6 days late/);
  });

  it("--from and --to bound the periods; a period nobody submitted for is all missing", async () => {
    const run = await runBaocao(["-w", ws, "status", "--history", "--from", "2022-H2", "--to", "2023-H2", "--json"]);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as HistoryJson;
    expect(json.periods.map((p) => [p.code, p.received])).toEqual([
      ["2022-H2", 1],
      ["2023-H1", 3],
      ["2023-H2", 0],
    ]);
    // With --history, --period stands for --to.
    const upTo = await runBaocao(["-w", ws, "status", "--history", "--period", "2022-H2", "--json"]);
    expect((JSON.parse(upTo.stdout) as HistoryJson).periods.map((p) => p.code)).toEqual(["2022-H1", "2022-H2"]);
  });

  it("refuses --from after --to, and status without --period or --history", async () => {
    const swapped = await runBaocao(["-w", ws, "status", "--history", "--from", "2023-H1", "--to", "2022-H1"]);
    expect(swapped.status).toBe(2);
    expect(swapped.stderr).toContain("--from 2023-H1 là kỳ sau --to 2022-H1");
    const bare = await runBaocao(["-w", ws, "status"]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain("--period");
  });

  it("aggregate writes the same as the sheet Tiến độ nộp báo cáo of tong-hop.xlsx", async () => {
    const run = await runBaocao(["-w", ws, "aggregate", "--period", "2022-H2"]);
    expect(run.status, run.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(ws, "out", "2022-H2", "tong-hop.xlsx"));
    const sheet = book.getWorksheet("Tiến độ nộp báo cáo")!;
    const header = [4, 5, 6, 7].map((c) => sheet.getRow(1).getCell(c).value);
    // Up to the aggregated period only.
    expect(header).toEqual(["2022-H1", "2022-H2", "Số kỳ đúng hạn", "Tỷ lệ đúng hạn"]);
    const rowOf = (code: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (row.getCell(2).value === code) found = row;
      });
      return [4, 5, 6, 7].map((c) => found!.getCell(c).value);
    };
    expect(rowOf("CAT")).toEqual(["Đúng hạn", "Đúng hạn", 2, 1]);
    expect(rowOf("SCT")).toEqual(["Muộn 3 ngày", "Chưa gửi", 0, 0]);
    expect(rowOf("STP")).toEqual(["Chưa gửi", "Bị từ chối", 0, 0]);
  });
});
