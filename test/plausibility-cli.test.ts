// End to end: plausibility against history (issue 15 item 2). Two periods of history in the store (the same
// period last year, 2022-H1, and the previous period, 2022-H2), then this period's forms: each kind of finding
// is found at the indicator's "Kỳ này" cell, with the comparison in words.
import { appendFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { FormData } from "./helpers/fill-form.js";
import { runBaocao } from "./helpers/run-cli.js";
import { filledForm, goodData, SAMPLE_DIR } from "./helpers/sample.js";
import { suiteTempDir, tempDir } from "./helpers/temp-dir.js";

interface JsonIssue {
  severity: string;
  code: string;
  sheet: string | null;
  cell: string | null;
  message: string;
  hint: string;
}
interface ValidateJson {
  summary: { errors: number; warnings: number };
  files: { unit: string | null; status: string; issues: JsonIssue[] }[];
}

const H1_2022 = { kind: "half", year: 2022, half: 1 } as const;
const H2_2022 = { kind: "half", year: 2022, half: 2 } as const;
const DISTRICTS = ["UBND-TPHY", "UBND-MYHAO", "UBND-VANLAM", "UBND-VANGIANG", "UBND-YENMY", "UBND-ANTHI"];

type Figures = Record<string, number | { current: number; note: string }>;

/** Last year, the previous period and this period, by unit: figures not given are 0. */
const HISTORY: Record<string, [Figures, Figures, Figures]> = {
  // jump: 12 → 250 tin, bài
  "UBND-TPHY": [
    { TU01: 12, TU02: 4 },
    { TU01: 15, TU02: 4 },
    { TU01: 250, TU02: 4 },
  ],
  // zeroed: 300, 280 → 0 lượt người
  "UBND-MYHAO": [
    { TU03: 300, TU02: 5 },
    { TU03: 280, TU02: 5 },
    { TU03: 0, TU02: 5 },
  ],
  // magnitude: 15.000.000 đồng → 15.000 (entered in nghìn đồng)
  "UBND-VANLAM": [
    { TT04: 3, TT05: 15_000_000, TU02: 6 },
    { TT04: 2, TT05: 12_000_000, TU02: 6 },
    { TT04: 3, TT05: 15_000, TU02: 6 },
  ],
  // outlier: 90 hội nghị where the other districts held 4 to 6
  "UBND-VANGIANG": [{}, {}, { TU02: 90 }],
  // a jump the unit explains in Ghi chú: an information item
  "UBND-YENMY": [
    { TU01: 10, TU02: 5 },
    { TU01: 9, TU02: 5 },
    { TU01: { current: 200, note: "Chiến dịch tuyên truyền chống lừa đảo" }, TU02: 5 },
  ],
  "UBND-ANTHI": [{ TU02: 4 }, { TU02: 4 }, { TU02: 4 }],
};

function formData(unit: string, figures: Figures): FormData {
  const indicators: NonNullable<FormData["indicators"]> = {};
  for (const [code, figure] of Object.entries(figures))
    indicators[code] = typeof figure === "number" ? { current: figure } : figure;
  return goodData(unit, { indicators });
}

/** The "Kỳ này" cell (column D) of an indicator's row, read plainly with exceljs. */
async function cellOf(file: string, code: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  let found = "";
  workbook.getWorksheet("Chỉ tiêu")!.eachRow((row, n) => {
    if (String(row.getCell(1).value) === code) found = `D${n}`;
  });
  return found;
}

describe("plausibility against history", () => {
  const dir = suiteTempDir();
  let ws = "";

  beforeAll(async () => {
    ws = join(dir(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    rmSync(join(ws, "inbox"), { recursive: true });
    for (const [index, folder] of ["2022-h1", "2022-h2", "2023-h1"].entries()) {
      mkdirSync(join(ws, folder));
      const period = [H1_2022, H2_2022, undefined][index];
      for (const unit of DISTRICTS) {
        const bytes = await filledForm(unit, formData(unit, HISTORY[unit]![index]!), period);
        writeFileSync(join(ws, folder, `${unit}.xlsx`), bytes);
      }
    }
    for (const [folder, period] of [
      ["2022-h1", "2022-H1"],
      ["2022-h2", "2022-H2"],
    ] as const) {
      const run = await runBaocao(["-w", ws, "ingest", join(ws, folder), "--period", period, "--json"]);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    }
  }, 60_000);

  it("finds each kind at its cell, with the comparison in words", async () => {
    const run = await runBaocao(["-w", ws, "validate", join(ws, "2023-h1"), "--period", "2023-H1", "--json"]);
    const report = JSON.parse(run.stdout) as ValidateJson;
    // In the order of DISTRICTS (validate lists the files by name).
    const byUnit = [...report.files].sort((a, b) => DISTRICTS.indexOf(a.unit!) - DISTRICTS.indexOf(b.unit!));
    const found = byUnit.flatMap((file) =>
      file.issues
        .map((issue) => ({ unit: file.unit, ...issue }))
        .filter((issue) => issue.code.startsWith("plausibility/")),
    );
    const at = async (unit: string, code: string) => ({
      sheet: "Chỉ tiêu",
      cell: await cellOf(join(ws, "2023-h1", `${unit}.xlsx`), code),
    });
    expect(found.map(({ unit, severity, code, sheet, cell }) => ({ unit, severity, code, sheet, cell }))).toEqual([
      { unit: "UBND-TPHY", severity: "warning", code: "plausibility/jump", ...(await at("UBND-TPHY", "TU01")) },
      { unit: "UBND-MYHAO", severity: "warning", code: "plausibility/zeroed", ...(await at("UBND-MYHAO", "TU03")) },
      {
        unit: "UBND-VANLAM",
        severity: "warning",
        code: "plausibility/magnitude",
        ...(await at("UBND-VANLAM", "TT05")),
      },
      {
        unit: "UBND-VANGIANG",
        severity: "warning",
        code: "plausibility/outlier",
        ...(await at("UBND-VANGIANG", "TU02")),
      },
      { unit: "UBND-YENMY", severity: "info", code: "plausibility/jump", ...(await at("UBND-YENMY", "TU01")) },
    ]);
    const [jump, zeroed, magnitude, outlier, explained] = found;
    expect(jump!.message).toContain("kỳ này 250 tin, bài, cùng kỳ năm trước 12 tin, bài (gấp 20,8 lần).");
    expect(jump!.hint).toBe("Kiểm tra lại hoặc giải trình trong cột Ghi chú.");
    expect(zeroed!.message).toContain("kỳ này 0 lượt người, trong khi cùng kỳ năm trước 300 lượt người.");
    expect(magnitude!.message).toContain(
      "kỳ này 15.000 đồng, cùng kỳ năm trước 15.000.000 đồng (chỉ bằng khoảng 1/1.000)",
    );
    expect(outlier!.message).toContain(
      "kỳ này 90 hội nghị, gấp 18 lần mức giữa (trung vị) của 5 đơn vị cùng loại (5 hội nghị).",
    );
    expect(explained!.message).toContain('Đơn vị đã giải trình: "Chiến dịch tuyên truyền chống lừa đảo".');
    // Warnings and an information item: every file is accepted, the explained one counts no warning.
    expect(run.status).toBe(0);
    expect(report.files.every((file) => file.status === "accepted")).toBe(true);
    expect(report.summary.warnings).toBe(4);
    expect(report.files.find((file) => file.unit === "UBND-YENMY")!.issues).toHaveLength(1);
  });

  it("says the comparison in English with --lang en", async () => {
    const run = await runBaocao([
      "-w",
      ws,
      "validate",
      join(ws, "2023-h1", "UBND-TPHY.xlsx"),
      "--period",
      "2023-H1",
      "--lang",
      "en",
      "--json",
    ]);
    const issues = (JSON.parse(run.stdout) as ValidateJson).files[0]!.issues;
    expect(issues.map((issue) => issue.code)).toEqual(["plausibility/jump"]);
    expect(issues[0]!.message).toContain("250 tin, bài this period, the same period last year 12 tin, bài");
  });

  it("prints the comparison in the Vietnamese text output, and is off with plausibility: enabled: false", async () => {
    const text = await runBaocao(["-w", ws, "validate", join(ws, "2023-h1"), "--period", "2023-H1"]);
    expect(text.stdout).toContain("Thông tin");
    expect(text.stdout).toContain("(gấp 20,8 lần)");

    const off = tempDir();
    cpSync(ws, off, { recursive: true });
    appendFileSync(join(off, "baocao.yaml"), "\nplausibility:\n  enabled: false\n");
    const run = await runBaocao(["-w", off, "validate", join(off, "2023-h1"), "--period", "2023-H1", "--json"]);
    const report = JSON.parse(run.stdout) as ValidateJson;
    expect(report.files.flatMap((file) => file.issues)).toEqual([]);
  });
});
