// End to end: forms → validate → ingest → status on copies of the sample workspace, through the binary.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runBaocao, runCli } from "./helpers/run-cli.js";
import { SAMPLE_DIR } from "./helpers/sample.js";
import { tempDir } from "./helpers/temp-dir.js";
import { makeZip } from "./helpers/zip.js";

function sampleCopy(): string {
  const dir = join(tempDir(), "ws");
  cpSync(SAMPLE_DIR, dir, { recursive: true });
  return dir;
}

const hashes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir).map((name) => [
      name,
      createHash("sha256")
        .update(readFileSync(join(dir, name)))
        .digest("hex"),
    ]),
  );

interface JsonIssue {
  severity: string;
  code: string;
  sheet: string | null;
  cell: string | null;
  message: string;
  hint: string;
}
interface JsonReport {
  summary: Record<string, number>;
  files: { file: string; unit: string | null; status: string; issues: JsonIssue[] }[];
  skipped: { file: string; reason: string }[];
}

describe("validate (CLI)", () => {
  it("lists exactly the planted problems of the sample inbox, with their cells", () => {
    const run = runCli(["validate", "samples/hung-yen-2023-h1/inbox", "--json"], {
      cwd: new URL("..", import.meta.url).pathname,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.summary).toEqual({ files: 22, accepted: 19, rejected: 3, unreadable: 0, errors: 3, warnings: 1 });
    const problems = report.files.flatMap((file) =>
      file.issues.map((i) => `${file.unit} ${i.severity} ${i.code} ${i.sheet}!${i.cell}`),
    );
    expect(problems).toEqual([
      "SGDDT error period/mismatch Thông tin!B3",
      "STP warning text/legacy-encoding Thông tin!B4",
      "UBND-ANTHI error value/not-a-number Chỉ tiêu!D15",
      "UBND-TIENLU error list/unknown-value Vụ việc!C2",
    ]);
    const tienlu = report.files.find((file) => file.unit === "UBND-TIENLU")!.issues[0]!;
    expect(tienlu.hint).toBe('Có phải "Tiên Lữ"? Chọn trong danh sách thả xuống.');
    const english = JSON.parse(
      runCli(["validate", "samples/hung-yen-2023-h1/inbox", "--json", "--lang", "en"], {
        cwd: new URL("..", import.meta.url).pathname,
      }).stdout,
    ) as JsonReport;
    expect(english.files.find((file) => file.unit === "UBND-ANTHI")!.issues[0]!.message).toBe(
      'Cell D15 (Kỳ này) must be a number, found "khoảng 20 tin".',
    );
  });

  it("keeps going past unreadable files, changes no input, and writes annotated copies", async () => {
    const ws = sampleCopy();
    const inbox = join(ws, "inbox");
    writeFileSync(join(inbox, "empty.xlsx"), "");
    writeFileSync(join(inbox, "random.xlsx"), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256)));
    const form = readFileSync(join(inbox, "2023-H1-CAT.xlsx"));
    writeFileSync(join(inbox, "truncated.xlsx"), form.subarray(0, 5000));
    writeFileSync(
      join(inbox, "old.xls"),
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4000)]),
    );
    writeFileSync(
      join(inbox, "calc.ods"),
      makeZip([
        { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") },
        { name: "content.xml", data: Buffer.from("<x/>") },
      ]),
    );
    writeFileSync(join(inbox, "cong-van.pdf"), "%PDF-1.4");
    const before = hashes(inbox);
    // Without LibreOffice (with it, the .xls and .ods would be converted first: test/convert-cli.test.ts).
    const run = await runBaocao(
      ["validate", inbox, "--period", "2023-H1", "--annotate", join(ws, "out", "kiem-tra"), "--json"],
      { env: { BAOCAO_SOFFICE: join(ws, "khong-co-soffice") } },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.summary).toMatchObject({ files: 27, accepted: 19, rejected: 3, unreadable: 5 });
    const unreadable = report.files
      .filter((f) => f.status === "unreadable")
      .map((f) => `${f.file.split("/").pop()} ${f.issues.map((i) => i.code).join()}`);
    expect(unreadable).toEqual([
      "calc.ods file/not-xlsx",
      "empty.xlsx file/empty",
      "old.xls file/legacy-xls",
      "random.xlsx file/not-xlsx",
      "truncated.xlsx file/corrupt",
    ]);
    // An .ods is read and told to be saved as .xlsx; a file that is no spreadsheet is listed as skipped.
    expect(report.files.find((f) => f.file.endsWith("calc.ods"))!.issues[0]!.message).toBe(
      "Tệp bảng tính LibreOffice/OpenOffice (.ods), chưa phải tệp Excel .xlsx.",
    );
    expect(report.skipped).toEqual([
      { file: expect.stringMatching(/inbox\/cong-van\.pdf$/), reason: "not-a-spreadsheet" },
    ]);
    expect(hashes(inbox)).toEqual(before);
    expect(readdirSync(join(ws, "out", "kiem-tra")).sort()).toEqual([
      "2023-H1-SGDDT.kiem-tra.xlsx",
      "2023-H1-STP.kiem-tra.xlsx",
      "2023-H1-UBND-ANTHI.kiem-tra.xlsx",
      "2023-H1-UBND-TIENLU.kiem-tra.xlsx",
    ]);
  });

  it("lists the files of a folder it did not read, and why", async () => {
    const dir = tempDir();
    cpSync(join(SAMPLE_DIR, "inbox", "2023-H1-CAT.xlsx"), join(dir, "2023-H1-CAT.xlsx"));
    writeFileSync(join(dir, "~$2023-H1-CAT.xlsx"), "lock");
    writeFileSync(join(dir, "cong-van.pdf"), "%PDF-1.4");
    const run = await runBaocao(["-w", SAMPLE_DIR, "validate", ".", "--period", "2023-H1"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      [
        "Bỏ qua 2 tệp trong thư mục, không đọc:",
        "  ~$2023-H1-CAT.xlsx — tệp khóa tạm của Excel/LibreOffice (tệp gốc đang mở)",
        "  cong-van.pdf — không phải bảng tính Excel",
      ].join("\n"),
    );
    const english = await runBaocao(["-w", SAMPLE_DIR, "validate", ".", "--period", "2023-H1", "--lang", "en"], {
      cwd: dir,
    });
    expect(english.stdout).toContain("  cong-van.pdf — not an Excel spreadsheet");
  });

  it("prints a readable report: summary first, counts per code, each problem with its fix", async () => {
    const run = await runBaocao(["validate", join(SAMPLE_DIR, "inbox"), "--period", "2023-H1"]);
    expect(run.status).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("Đã kiểm tra 22 tệp: 19 đạt, 3 bị từ chối, 0 không đọc được — 3 lỗi, 1 cảnh báo.");
    expect(lines[1]).toBe(
      "Theo loại vấn đề: giá trị ngoài danh mục: 1 · sai kỳ báo cáo: 1 · chữ gõ bằng TCVN3/VNI: 1 · ô không phải số: 1",
    );
    expect(run.stdout).toContain('  Lỗi  Chỉ tiêu!D15  Ô D15 (Kỳ này) phải là số, đang ghi "khoảng 20 tin".');
  });

  it("refuses a bad --period with exit 2", async () => {
    const run = await runBaocao(["validate", join(SAMPLE_DIR, "inbox"), "--period", "2023-H3"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Kỳ báo cáo "2023-H3" không hợp lệ');
  });
});

/**
 * The binary in its own process, killed after 20 s: a command that blocks on a FIFO blocks the whole
 * process (in-process runBaocao would hang the tests too), so a regression fails here instead of hanging.
 */
function runGuarded(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const bin = fileURLToPath(new URL("../bin/baocao.js", import.meta.url));
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.BAOCAO_LANG;
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    env,
    input: "",
    encoding: "utf8",
    timeout: 20_000,
    killSignal: "SIGKILL",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe.runIf(process.platform !== "win32")("FIFOs, devices and links (CLI)", () => {
  it("refuses a FIFO named on the command line, for validate and ingest, without hanging", { timeout: 60_000 }, () => {
    const ws = sampleCopy();
    execFileSync("mkfifo", [join(ws, "inbox", "pipe.xlsx")]);
    const validate = runGuarded(["validate", "inbox/pipe.xlsx"], ws);
    expect(validate.status).toBe(2);
    expect(validate.stderr).toBe(
      "Lỗi: Không đọc inbox/pipe.xlsx: là một FIFO (ống dẫn), không phải tệp. Chỉ đọc được tệp thường; hãy chỉ ra đúng tệp.\n",
    );
    const ingest = runGuarded(["ingest", "inbox/pipe.xlsx", "--period", "2023-H1", "--lang", "en"], ws);
    expect(ingest.status).toBe(2);
    expect(ingest.stderr).toContain("Not reading inbox/pipe.xlsx: it is a FIFO (pipe), not a file.");
    expect(existsSync(join(ws, "ledger.jsonl"))).toBe(false);
  });

  it("lists FIFOs, link loops and broken links of an inbox under skipped, and reads links to forms", async () => {
    const ws = sampleCopy();
    const inbox = join(ws, "inbox");
    execFileSync("mkfifo", [join(inbox, "pipe.xlsx")]);
    symlinkSync("loop.xlsx", join(inbox, "loop.xlsx"));
    symlinkSync("nowhere.xlsx", join(inbox, "broken.xlsx"));
    const other = join(ws, "nhan-qua-email");
    mkdirSync(other);
    cpSync(join(inbox, "2023-H1-CAT.xlsx"), join(other, "2023-H1-CAT-ban-sao.xlsx"));
    symlinkSync(join(other, "2023-H1-CAT-ban-sao.xlsx"), join(inbox, "cat-link.xlsx"));
    const run = runGuarded(["validate", "inbox", "--period", "2023-H1", "--json"], ws);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.summary.files).toBe(23);
    expect(report.files.map((file) => file.file)).toContain("inbox/cat-link.xlsx");
    expect(report.skipped).toEqual([
      { file: "inbox/broken.xlsx", reason: "broken-link" },
      { file: "inbox/loop.xlsx", reason: "link-loop" },
      { file: "inbox/pipe.xlsx", reason: "special-file" },
    ]);
    const text = await runBaocao(["validate", "inbox", "--period", "2023-H1"], { cwd: ws });
    expect(text.stdout).toContain("  inbox/pipe.xlsx — không phải tệp thường (FIFO, socket hoặc thiết bị)");
    expect(text.stdout).toContain("  inbox/loop.xlsx — liên kết (symlink) vòng lặp");
    // Named directly, a link loop is not "not found" but what it is.
    const loop = await runBaocao(["validate", "inbox/loop.xlsx"], { cwd: ws });
    expect(loop.status).toBe(2);
    expect(loop.stderr).toContain("Không đọc inbox/loop.xlsx: là một liên kết (symlink) vòng lặp.");
  });

  it(
    "a FIFO as the ledger or the store lock is refused, and one as aggregate.json is set aside (no hang); a link loop or a path through a file as --to is exit 2",
    { timeout: 90_000 },
    () => {
      const ws = sampleCopy();
      mkdirSync(join(ws, "store"), { recursive: true });
      execFileSync("mkfifo", [join(ws, "store", "ledger.jsonl")]);
      const status = runGuarded(["status", "--period", "2023-H1"], ws);
      expect(status.status, status.stderr).toBe(2);
      expect(status.stderr).toContain("ledger.jsonl");
      rmSync(join(ws, "store", "ledger.jsonl"));
      execFileSync("mkfifo", [join(ws, "store", ".lock")]);
      const ingest = runGuarded(["ingest", "inbox", "--period", "2023-H1", "--received", "16/06/2023"], ws);
      expect(ingest.status, ingest.stderr).toBe(2);
      expect(ingest.stderr).toContain(".lock");
      rmSync(join(ws, "store", ".lock"));
      expect(runGuarded(["ingest", "inbox", "--period", "2023-H1", "--received", "16/06/2023"], ws).status).toBe(1);
      mkdirSync(join(ws, "out", "2023-H1"), { recursive: true });
      execFileSync("mkfifo", [join(ws, "out", "2023-H1", "aggregate.json")]);
      const report = runGuarded(["report", "--period", "2023-H1", "--draft", "--out", "r.docx"], ws);
      expect(report.status, report.stderr).toBe(0);
      expect(report.stderr).toContain("aggregate.json bị hỏng");
      symlinkSync("loop.csv", join(ws, "loop.csv"));
      writeFileSync(join(ws, "plain.csv"), "ten\nA\n");
      for (const to of ["loop.csv", "plain.csv/x.csv"]) {
        const letters = runGuarded(["letters", "moi-hop", "--to", to, "--dry-run"], ws);
        expect(letters.status, letters.stderr).toBe(2);
        expect(letters.stderr).not.toContain("Lỗi nội bộ");
      }
    },
  );

  it(
    "refuses a FIFO as letters --to, as a Word template, as a .hbs template and as an include",
    { timeout: 90_000 },
    () => {
      const ws = sampleCopy();
      execFileSync("mkfifo", [join(ws, "ds.csv")]);
      const to = runGuarded(["letters", "moi-hop", "--to", "ds.csv", "--dry-run"], ws);
      expect(to.status).toBe(2);
      expect(to.stderr).toContain("ds.csv không phải tệp thông thường (có thể là FIFO hay thiết bị)");
      execFileSync("mkfifo", [join(ws, "mau.docx")]);
      const word = runGuarded(["letters", "mau.docx", "--dry-run"], ws);
      expect(word.status).toBe(2);
      expect(word.stderr).toContain("mau.docx không phải tệp thông thường (có thể là FIFO hay thiết bị)");
      mkdirSync(join(ws, "templates"), { recursive: true });
      execFileSync("mkfifo", [join(ws, "templates", "don-doc.hbs")]);
      const hbs = runGuarded(["letters", "don-doc", "--missing", "--period", "2023-H1", "--dry-run"], ws);
      expect(hbs.status).toBe(2);
      expect(hbs.stderr).toContain("don-doc.hbs: là một FIFO");
      rmSync(join(ws, "chi-tieu.yaml"));
      execFileSync("mkfifo", [join(ws, "chi-tieu.yaml")]);
      const include = runGuarded(["validate", "inbox"], ws);
      expect(include.status).toBe(2);
      expect(include.stderr).toContain("Không đọc chi-tieu.yaml: là một FIFO");
    },
  );
});

describe("text inputs that are not UTF-8, and annotated copies already there (CLI)", () => {
  it("refuses a baocao.yaml saved as Windows-1258 with the line and the fix, in both languages", async () => {
    const ws = sampleCopy();
    const file = join(ws, "baocao.yaml");
    const text = readFileSync(file, "utf8");
    const line = text.split("\n").findIndex((row) => row.includes("Hưng Yên")) + 1;
    const parts = text.split("Hưng Yên").map((part) => Buffer.from(part, "utf8"));
    const hungYen1258 = Buffer.from([0x48, 0xfd, 0x6e, 0x67, 0x20, 0x59, 0xea, 0x6e]);
    writeFileSync(file, Buffer.concat(parts.flatMap((part, index) => (index === 0 ? [part] : [hungYen1258, part]))));
    const run = await runBaocao(["validate", "inbox"], { cwd: ws });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file} không phải văn bản UTF-8 (dòng ${line};`);
    expect(run.stderr).toContain("mục Mã hóa (“Encoding”) chọn UTF-8");
    expect(run.stderr).not.toMatch(/Lỗi nội bộ|\n\s+at /);
    const english = await runBaocao(["validate", "inbox", "--lang", "en"], { cwd: ws });
    expect(english.stderr).toContain(`${file} is not UTF-8 text (line ${line};`);
  });

  it("validate --annotate keeps an existing copy unless --force, and names same-named files apart", async () => {
    const ws = sampleCopy();
    for (const folder of ["a", "b"]) {
      mkdirSync(join(ws, folder));
      cpSync(join(ws, "inbox", "2023-H1-STP.xlsx"), join(ws, folder, "bao-cao.xlsx"));
    }
    const first = await runBaocao(["validate", "a", "b", "--annotate", "kiem-tra"], { cwd: ws });
    // STP's form has a warning only: accepted (exit 0), annotated all the same.
    expect(first.status).toBe(0);
    expect(readdirSync(join(ws, "kiem-tra")).sort()).toEqual(["bao-cao-2.kiem-tra.xlsx", "bao-cao.kiem-tra.xlsx"]);
    const before = hashes(join(ws, "kiem-tra"));
    const again = await runBaocao(["validate", "a", "b", "--annotate", "kiem-tra"], { cwd: ws });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`${join(ws, "kiem-tra", "bao-cao.kiem-tra.xlsx")} đã có (2 bản sao`);
    expect(again.stderr).toContain("--force");
    expect(hashes(join(ws, "kiem-tra"))).toEqual(before);
    const forced = await runBaocao(["validate", "a", "b", "--annotate", "kiem-tra", "--force"], { cwd: ws });
    expect(forced.status).toBe(0);
  });
});

describe("forms, ingest and status (CLI)", () => {
  it("writes one form per unit, named <period>-<unit>.xlsx", async () => {
    const ws = sampleCopy();
    const run = await runBaocao(["-w", ws, "forms", "--period", "2023-H1", "--json"]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { forms: { unit: string }[] };
    expect(result.forms).toHaveLength(22);
    const files = readdirSync(join(ws, "forms", "2023-H1")).sort();
    expect(files).toContain("2023-H1-UBND-VANLAM.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(ws, "forms", "2023-H1", "2023-H1-VNPT.xlsx"));
    expect(workbook.getWorksheet("Thông tin")!.getCell("B1").value).toBe("VNPT");
    expect((await runBaocao(["-w", ws, "forms", "--period", "2023-H1", "--unit", "NOPE"])).status).toBe(2);
  });

  it("archives accepted files, keeps a ledger, re-ingests nothing twice, and reports status", () => {
    const ws = sampleCopy();
    const first = runCli([
      "-w",
      ws,
      "ingest",
      join(ws, "inbox"),
      "--period",
      "2023-H1",
      "--received",
      "16/06/2023",
      "--json",
    ]);
    expect(first.status).toBe(1); // three files need follow-up
    const outcomes = (JSON.parse(first.stdout) as { files: { unit: string; outcome: string }[] }).files.map(
      (f) => `${f.unit} ${f.outcome}`,
    );
    expect(outcomes.filter((o) => !o.endsWith("archived"))).toEqual([
      "SGDDT wrong-period",
      "UBND-ANTHI rejected",
      "UBND-TIENLU rejected",
    ]);
    const ledgerFile = join(ws, "store", "ledger.jsonl");
    const ledger = readFileSync(ledgerFile, "utf8");
    expect(ledger.trim().split("\n")).toHaveLength(22);
    const archived = readdirSync(join(ws, "store"), { recursive: true }).filter((name) =>
      String(name).endsWith(".xlsx"),
    );
    expect(archived).toHaveLength(19);

    writeFileSync(join(ws, "inbox", "cong-van.pdf"), "%PDF-1.4");
    const again = runCli(["-w", ws, "ingest", join(ws, "inbox"), "--period", "2023-H1", "--json"]);
    const againJson = JSON.parse(again.stdout) as {
      files: { outcome: string }[];
      skipped: { file: string; reason: string }[];
    };
    expect(againJson.skipped).toEqual([
      { file: expect.stringMatching(/inbox\/cong-van\.pdf$/), reason: "not-a-spreadsheet" },
    ]);
    const repeated = againJson.files.map((f) => f.outcome);
    expect(new Set(repeated)).toEqual(new Set(["already-current", "already-recorded"]));
    expect(readFileSync(ledgerFile, "utf8")).toBe(ledger);

    const status = runCli(["-w", ws, "status", "--period", "2023-H1", "--json"]);
    expect(status.status).toBe(0);
    const report = JSON.parse(status.stdout) as {
      deadline: string;
      totals: Record<string, number>;
      rows: { unit: string; status: string }[];
    };
    expect(report.deadline).toBe("2023-06-19");
    expect(report.totals).toMatchObject({
      expected: 22,
      accepted: 18,
      acceptedWithWarnings: 1,
      rejected: 3,
      missing: 0,
      late: 0,
    });
    const human = runCli(["-w", ws, "status", "--period", "2023-H1"]);
    expect(human.stdout).toMatch(/UBND-ANTHI\s+UBND huyện Ân Thi\s+bị từ chối/);
  });

  it("a corrected file later supersedes nothing it should not: the fix becomes current", async () => {
    const ws = sampleCopy();
    await runBaocao(["-w", ws, "ingest", join(ws, "inbox"), "--period", "2023-H1", "--received", "16/06/2023"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(ws, "inbox", "2023-H1-UBND-ANTHI.xlsx"));
    workbook.getWorksheet("Chỉ tiêu")!.getCell("D15").value = 20;
    const fixed = join(tempDir(), "Ân Thi - sửa.xlsx");
    await workbook.xlsx.writeFile(fixed);
    const run = await runBaocao([
      "-w",
      ws,
      "ingest",
      fixed,
      "--period",
      "2023-H1",
      "--received",
      "22/06/2023",
      "--json",
    ]);
    expect(run.status).toBe(0);
    const report = JSON.parse((await runBaocao(["-w", ws, "status", "--period", "2023-H1", "--json"])).stdout) as {
      rows: { unit: string; status: string; late: boolean }[];
    };
    expect(report.rows.find((row) => row.unit === "UBND-ANTHI")).toMatchObject({ status: "accepted", late: true });
  });
});

describe("a form re-saved by LibreOffice", () => {
  const soffice = spawnSync("soffice", ["--version"]).status === 0;
  it.skipIf(!soffice)("still validates with the same values", async () => {
    const dir = tempDir();
    cpSync(join(SAMPLE_DIR, "inbox", "2023-H1-CAT.xlsx"), join(dir, "in.xlsx"));
    const out = join(dir, "out");
    const convert = spawnSync(
      "soffice",
      ["--headless", "--convert-to", "xlsx", "--outdir", out, join(dir, "in.xlsx")],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(convert.status).toBe(0);
    expect(existsSync(join(out, "in.xlsx"))).toBe(true);
    const original = JSON.parse(
      (await runBaocao(["validate", join(dir, "in.xlsx"), "-w", SAMPLE_DIR, "--json"])).stdout,
    ) as JsonReport;
    const resaved = JSON.parse(
      (await runBaocao(["validate", join(out, "in.xlsx"), "-w", SAMPLE_DIR, "--json"])).stdout,
    ) as JsonReport;
    expect(resaved.files[0]).toMatchObject({ unit: "CAT", status: "accepted", issues: [] });
    expect(original.files[0]!.status).toBe("accepted");
  });
});
