// What a clerk sees while commands work on a terminal (progress bars, "Đang chuyển sang PDF…"), and that each
// command ends by naming the files it wrote, relative to where it ran. The terminal is a real pseudo-terminal:
// `script` (util-linux) runs bin/baocao.js in one, so stdin, stdout and stderr are all TTYs.
import { spawnSync } from "node:child_process";
import { cpSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runBaocao } from "./helpers/run-cli.js";
import { SAMPLE_DIR } from "./helpers/sample.js";
import { suiteTempDir } from "./helpers/temp-dir.js";

const BIN = fileURLToPath(new URL("../bin/baocao.js", import.meta.url));
const hasScript = spawnSync("script", ["--version"]).status === 0;
const hasLibreOffice = spawnSync("soffice", ["--version"]).status === 0;

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/** `baocao <args>` on a pseudo-terminal: everything it wrote to the terminal, escape sequences included. */
function onTerminal(args: string[], cwd: string): { status: number | null; screen: string } {
  const command = [process.execPath, BIN, ...args].map(quote).join(" ");
  const run = spawnSync("script", ["-qec", command, "/dev/null"], {
    cwd,
    env: { ...process.env, NO_COLOR: "1", BAOCAO_LANG: "", COLUMNS: "100", LINES: "40" },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: run.status, screen: run.stdout };
}

describe.skipIf(!hasScript)("feedback on a terminal", () => {
  const suite = suiteTempDir();
  let ws: string;
  beforeAll(() => {
    ws = join(suite(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
  });

  it("forms shows a progress bar, then the folder it wrote", () => {
    const run = onTerminal(["forms", "--period", "2023-H1"], ws);
    expect(run.status).toBe(0);
    expect(run.screen).toContain("Đang tạo biểu mẫu [");
    expect(run.screen).toMatch(/\d+\/22/);
    expect(run.screen).toContain("Đã tạo 22 biểu mẫu 6 tháng đầu năm 2023 trong forms/2023-H1.");
  });

  it("validate of a folder shows a progress bar, then the annotated copies it wrote", () => {
    const run = onTerminal(["validate", "inbox", "--period", "2023-H1", "--annotate", "kiem-tra"], ws);
    expect(run.status).toBe(1);
    expect(run.screen).toContain("Đang kiểm tra [");
    expect(run.screen).toMatch(/\d+\/22/);
    // The copies it wrote, relative to where it ran, like the files it read.
    expect(run.screen).toContain("Bản sao có ghi chú: kiem-tra/2023-H1-UBND-ANTHI.kiem-tra.xlsx");
  });

  it("ingest shows a progress bar and ends with the store and ledger it wrote", () => {
    const run = onTerminal(["ingest", "inbox", "--period", "2023-H1", "--received", "16/06/2023"], ws);
    expect(run.status).toBe(1);
    expect(run.screen).toContain("Đang kiểm tra [");
    expect(run.screen).toContain(
      "Đã lưu 19 tệp mới vào kho store; mọi tệp đã nhận được ghi vào sổ store/ledger.jsonl.",
    );
  });

  it("letters shows a progress bar, then the folder and manifest it wrote; a second batch goes to don-doc-2", () => {
    const args = ["letters", "don-doc", "--missing", "--period", "2023-H1", "--draft"];
    const run = onTerminal(args, ws);
    expect(run.status).toBe(0);
    expect(run.screen).toContain("Đang soạn công văn [");
    expect(run.screen).toContain("Đã tạo 3 công văn trong out/2023-H1/thu/don-doc.");
    expect(run.screen).toContain("Danh sách: out/2023-H1/thu/don-doc/manifest.csv");
    const again = onTerminal(args, ws);
    expect(again.status).toBe(0);
    expect(again.screen).toContain("Đã tạo 3 công văn trong out/2023-H1/thu/don-doc-2.");
  });

  it("aggregate shows a progress bar while it reads the stored reports back, then the files it wrote", () => {
    const run = onTerminal(["aggregate", "--period", "2023-H1"], ws);
    expect(run.status).toBe(0);
    expect(run.screen).toContain("Đang đọc báo cáo đã lưu [");
    expect(run.screen).toMatch(/\d+\/19/);
    expect(run.screen).toContain("Đã ghi out/2023-H1/aggregate.json và out/2023-H1/tong-hop.xlsx.");
  });

  it.skipIf(!hasLibreOffice)("report --pdf says it is converting to PDF, then names both files", () => {
    const run = onTerminal(["report", "--period", "2023-H1", "--draft", "--pdf"], ws);
    expect(run.status).toBe(0);
    const converting = run.screen.indexOf("Đang chuyển sang PDF (LibreOffice)…");
    expect(converting).toBeGreaterThan(-1);
    expect(run.screen.indexOf("Đã ghi out/2023-H1/bao-cao-2023-H1.pdf.")).toBeGreaterThan(converting);
    expect(run.screen).toContain("Đã ghi out/2023-H1/bao-cao-2023-H1.docx.");
  });
});

describe("feedback off a terminal", () => {
  const suite = suiteTempDir();

  it("no bar and no converting line in a pipe; ingest still names what it wrote", async () => {
    const ws = join(suite(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    const forms = await runBaocao(["forms", "--period", "2023-H1", "--unit", "CAT"], { cwd: ws });
    expect(forms.status).toBe(0);
    expect(forms.stderr).not.toContain("Đang tạo biểu mẫu");
    const ingest = await runBaocao(["ingest", "inbox/2023-H1-CAT.xlsx", "--period", "2023-H1"], { cwd: ws });
    expect(ingest.status).toBe(0);
    expect(ingest.stderr).not.toContain("Đang kiểm tra");
    expect(ingest.stdout).toContain(
      "Đã lưu 1 tệp mới vào kho store; mọi tệp đã nhận được ghi vào sổ store/ledger.jsonl.",
    );
    const english = await runBaocao(["ingest", "inbox/2023-H1-CAT.xlsx", "--period", "2023-H1", "--lang", "en"], {
      cwd: ws,
    });
    expect(english.stdout).toContain(
      "Stored 0 new files in store; every file received is recorded in store/ledger.jsonl.",
    );
    const json = await runBaocao(["ingest", "inbox/2023-H1-CAT.xlsx", "--period", "2023-H1", "--json"], { cwd: ws });
    expect(Object.keys(JSON.parse(json.stdout) as object)).toEqual([
      "period",
      "files",
      "tornLine",
      "unlocked",
      "skipped",
    ]);
    const report = await runBaocao(["report", "--period", "2023-H1", "--draft"], { cwd: ws });
    expect(report.status).toBe(0);
    expect(report.stderr).not.toContain("Đang chuyển sang PDF");
    // A built-in template is named, not shown as a path into where baocao is installed.
    expect(report.stderr).toContain("Mẫu: bao-cao.hbs (mẫu có sẵn của baocao)");
    expect(report.stdout).toBe(
      `Đã ghi ${join("out", "2023-H1", "bao-cao-2023-H1.docx")}.\n` +
        `Đã ghi ${join("out", "2023-H1", "bao-cao-2023-H1.meta.json")}.\n`,
    );
  });
});
