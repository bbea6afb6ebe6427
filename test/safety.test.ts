// Situations a clerk runs into: two files of one unit in a batch, annotated copies in the inbox, a filled
// form where a blank one would be written, an output path that is a folder, a missing archive, a
// configuration with an alias bomb, a comparison that would not be like for like.
import { cpSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runBaocao, runCli } from "./helpers/run-cli.js";
import { SAMPLE_DIR } from "./helpers/sample.js";
import { tempDir } from "./helpers/temp-dir.js";

function workspace(): string {
  const ws = join(tempDir(), "ws");
  cpSync(SAMPLE_DIR, ws, { recursive: true });
  return ws;
}

async function edit(file: string, to: string, change: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  change(workbook);
  await workbook.xlsx.writeFile(to);
}

describe("safety", () => {
  it("of two files of one unit in a batch, the newer counts whatever the names", async () => {
    const ws = workspace();
    const batch = join(tempDir(), "batch");
    cpSync(join(ws, "inbox", "2023-H1-CAT.xlsx"), join(batch, "2023-H1-CAT.xlsx"));
    await edit(join(batch, "2023-H1-CAT.xlsx"), join(batch, "2023-H1-CAT (1).xlsx"), (wb) => {
      wb.getWorksheet("Chỉ tiêu")!.getCell("D4").value = 500;
    });
    utimesSync(join(batch, "2023-H1-CAT.xlsx"), new Date("2023-06-10"), new Date("2023-06-10"));
    utimesSync(join(batch, "2023-H1-CAT (1).xlsx"), new Date("2023-06-12"), new Date("2023-06-12"));
    expect((await runBaocao(["-w", ws, "ingest", batch, "--period", "2023-H1"])).status).toBe(0);
    const aggregate = JSON.parse(
      (await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1", "--json"])).stdout,
    ) as { indicators: { code: string; byUnit: Record<string, number> }[] };
    expect(aggregate.indicators.find((i) => i.code === "TH03")!.byUnit.CAT).toBe(500);
  });

  it("annotated copies inside the inbox are never taken for submissions", async () => {
    const ws = workspace();
    expect(
      (await runBaocao(["-w", ws, "validate", join(ws, "inbox"), "--annotate", join(ws, "inbox", "tra-lai")])).status,
    ).toBe(1);
    expect(readdirSync(join(ws, "inbox", "tra-lai")).length).toBeGreaterThan(0);
    const report = JSON.parse((await runBaocao(["-w", ws, "validate", join(ws, "inbox"), "--json"])).stdout) as {
      summary: { files: number };
    };
    expect(report.summary.files).toBe(22);
  });

  it("forms never replace a file that is not the blank form, unless --force", async () => {
    const ws = workspace();
    expect((await runBaocao(["-w", ws, "forms", "--period", "2023-H1", "--unit", "CAT"])).status).toBe(0);
    expect((await runBaocao(["-w", ws, "forms", "--period", "2023-H1", "--unit", "CAT"])).status).toBe(0); // identical: fine
    const target = join(ws, "forms", "2023-H1", "2023-H1-CAT.xlsx");
    const filled = readFileSync(join(ws, "inbox", "2023-H1-CAT.xlsx"));
    writeFileSync(target, filled);
    const run = await runBaocao(["-w", ws, "forms", "--period", "2023-H1", "--unit", "CAT"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("khác biểu mẫu trống");
    expect(readFileSync(target).equals(filled)).toBe(true);
    expect((await runBaocao(["-w", ws, "forms", "--period", "2023-H1", "--unit", "CAT", "--force"])).status).toBe(0);
  });

  it("an output path that is a folder, or a file given as a folder, is a clear error", async () => {
    const ws = workspace();
    await runBaocao(["-w", ws, "ingest", join(ws, "inbox"), "--period", "2023-H1"]);
    const folder = await runBaocao([
      "-w",
      ws,
      "report",
      "--period",
      "2023-H1",
      "--draft",
      "--out",
      join(ws, "inbox"),
      "--force",
    ]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain("đó là một thư mục");
    const underFile = await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1", "--out", join(ws, "baocao.yaml")]);
    expect(underFile.status).toBe(2);
    expect(underFile.stderr).toMatch(/Không ghi được .*là tệp, không phải thư mục/);
    expect((await runBaocao(["-w", join(ws, "baocao.yaml"), "doctor"])).stderr).toContain("là một tệp");
  });

  it("a missing archive file is named, with what to do", async () => {
    const ws = workspace();
    await runBaocao(["-w", ws, "ingest", join(ws, "inbox"), "--period", "2023-H1"]);
    const line = JSON.parse(readFileSync(join(ws, "store", "ledger.jsonl"), "utf8").split("\n")[0]!) as {
      archive: string;
      unit: string;
    };
    rmSync(join(ws, "store", line.archive));
    const run = await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Không tìm thấy bản lưu store/${line.archive} của ${line.unit}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("a YAML alias bomb in baocao.yaml is a located configuration error", () => {
    const ws = workspace();
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      ),
    ];
    writeFileSync(join(ws, "baocao.yaml"), `${readFileSync(join(ws, "baocao.yaml"), "utf8")}\n${bomb.join("\n")}\n`);
    const run = runCli(["-w", ws, "doctor"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/baocao\.yaml:\d+: lỗi cú pháp YAML/);
    expect(run.stderr).not.toContain("Lỗi nội bộ");
  });

  it("no comparison is made when some unit lacks last year's figure", async () => {
    const ws = workspace();
    // DPTTH has no 2022-H1 submission in the store; blank its own "Cùng kỳ" for TH03.
    const file = join(ws, "inbox", "2023-H1-DPTTH.xlsx");
    await edit(file, file, (wb) => {
      wb.getWorksheet("Chỉ tiêu")!.getCell("E4").value = null;
    });
    await runBaocao(["-w", ws, "ingest", join(ws, "previous-2022-h1"), "--period", "2022-H1"]);
    await runBaocao(["-w", ws, "ingest", join(ws, "inbox"), "--period", "2023-H1"]);
    const run = await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1", "--json"]);
    const aggregate = JSON.parse(run.stdout) as {
      indicators: { code: string; previous: number | null; changePct: number | null }[];
      warnings: { code: string; indicator: string; units: string[] }[];
    };
    expect(aggregate.indicators.find((i) => i.code === "TH03")).toMatchObject({ previous: null, changePct: null });
    expect(aggregate.warnings).toContainEqual({ code: "previous/incomplete", indicator: "TH03", units: ["DPTTH"] });
  });
});
