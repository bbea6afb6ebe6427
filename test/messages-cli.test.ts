// Messages a clerk understands (issue 13 item 4): no English in Vietnamese output, usage errors that say
// what to type, help that ends with examples, tables that stay in their columns.
import { cpSync } from "node:fs";
import { join } from "node:path";
import stringWidth from "string-width";
import { beforeAll, describe, expect, it } from "vitest";
import { englishLines, englishWords, runsInEnglish } from "./helpers/english-words.js";
import { runBaocao } from "./helpers/run-cli.js";
import { ingestSample, SAMPLE_DIR } from "./helpers/sample-workspace.js";
import { suiteTempDir } from "./helpers/temp-dir.js";

const COMMANDS = [
  "init",
  "forms",
  "validate",
  "ingest",
  "status",
  "aggregate",
  "report",
  "directive",
  "letters",
  "doctor",
];
const WITH_PERIOD = new Set(["forms", "validate", "ingest", "status", "aggregate", "report", "directive", "letters"]);

describe("the English-word scan", () => {
  it("finds English prose and leaves paths, options, codes, quoted values and commands alone", () => {
    expect(englishWords("Usage: baocao [options] [command]")).toEqual(["Usage", "options", "command"]);
    expect(englishWords("Checked 1 files: 1 errors, 0 warnings")).toEqual(["files", "errors", "warnings"]);
    expect(englishWords("Lỗi: unknown option '--perod'")).toEqual(["unknown", "option"]);
    expect(englishWords("value/not-a-number 1 · file/not-xlsx")).toEqual([]);
    expect(
      englishWords(
        'Đã ghi /tmp/the-file/out.xlsx và out/2023-H1/aggregate.json; xem `baocao report --help`, --no-input, "the value"',
      ),
    ).toEqual([]);
    expect(englishWords("Thêm thể thao, thể loại, thiết bị")).toEqual([]);
    expect(englishLines("dòng một\nDemo workspace: x\n")).toEqual(["workspace: Demo workspace: x"]);
  });

  it("knows which runs speak English", () => {
    expect(runsInEnglish(["--lang", "en", "doctor"])).toBe(true);
    expect(runsInEnglish(["--lang=en", "doctor"])).toBe(true);
    expect(runsInEnglish(["doctor"], { BAOCAO_LANG: "en" })).toBe(true);
    expect(runsInEnglish(["--lang", "vi"], { BAOCAO_LANG: "en" })).toBe(false);
    expect(runsInEnglish(["doctor"])).toBe(false);
  });
});

describe("help in Vietnamese", () => {
  it("the program's help: Vietnamese words only, and the reporting round as examples", async () => {
    const run = await runBaocao(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Cách dùng: baocao [tùy chọn] [lệnh]");
    expect(run.stdout).toContain("help [lệnh]");
    expect(run.stdout).toMatch(/Ví dụ:\n {2}baocao init /);
    expect(englishLines(run.stdout)).toEqual([]);
  });

  it.each(COMMANDS)(
    "%s --help ends with examples, explains periods where it takes one, in Vietnamese",
    async (name) => {
      const run = await runBaocao([name, "--help"]);
      expect(run.status).toBe(0);
      expect(englishLines(run.stdout)).toEqual([]);
      const examples = run.stdout.split("\nVí dụ:\n")[1];
      expect(examples, "an examples section at the end").toBeDefined();
      const lines = examples!.trimEnd().split("\n");
      expect(lines.length).toBeGreaterThanOrEqual(2);
      expect(lines.length).toBeLessThanOrEqual(3);
      for (const line of lines) expect(line).toMatch(new RegExp(`^ {2}baocao ${name}\\b`));
      if (WITH_PERIOD.has(name)) {
        expect(run.stdout).toContain("Kỳ báo cáo (--period): 2023-H1 (6 tháng đầu năm)");
        expect(run.stdout).toContain('"6 tháng đầu năm 2023"');
        expect(run.stdout).toContain("--period <kỳ>");
      }
    },
  );

  it("in English with --lang en, the same examples", async () => {
    const run = await runBaocao(["--lang", "en", "report", "--help"]);
    expect(run.stdout).toContain("Usage: baocao report [options]");
    expect(run.stdout).toContain("Periods (--period): 2023-H1 (first half)");
    expect(run.stdout).toMatch(/Examples:\n {2}baocao report --period 2023-H1 --draft/);
  });
});

describe("usage errors", () => {
  const cases: [string[], string][] = [
    [
      ["report", "--perod", "2023-H1"],
      "Lỗi: không có tùy chọn --perod; có phải --period?\nXem `baocao report --help`.\n",
    ],
    [["report"], "Lỗi: thiếu --period: ghi kỳ báo cáo, ví dụ --period 2023-H1.\nXem `baocao report --help`.\n"],
    [["forms", "--period"], "Lỗi: tùy chọn --period cần một giá trị ngay sau nó.\nXem `baocao forms --help`.\n"],
    [["reprot"], 'Lỗi: không có lệnh "reprot"; có phải report?\nXem `baocao --help`.\n'],
    [
      ["validate"],
      "Lỗi: baocao validate cần <tệp>: tệp .xlsx hoặc thư mục (tìm cả thư mục con).\nXem `baocao validate --help`.\n",
    ],
    [
      ["validate", "x.xlsx", "--max-issues", "0"],
      'Lỗi: giá trị "0" của --max-issues không hợp lệ: cần một số nguyên từ 1 trở lên.\nXem `baocao validate --help`.\n',
    ],
    [
      ["--lang", "fr", "doctor"],
      'Lỗi: giá trị "fr" của --lang không hợp lệ: chọn một trong vi, en.\nXem `baocao --help`.\n',
    ],
    [
      ["status", "--period", "6", "tháng"],
      'Lỗi: baocao status không nhận thêm "tháng" (có cần đặt trong ngoặc kép?).\nXem `baocao status --help`.\n',
    ],
  ];
  it.each(cases)("baocao %j", async (args, stderr) => {
    const run = await runBaocao(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(stderr);
    expect(run.stdout).toBe("");
  });

  it("help for a command that does not exist: the list of commands, then what was wrong", async () => {
    const run = await runBaocao(["help", "nope"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Cách dùng: baocao [tùy chọn] [lệnh]");
    expect(run.stderr.endsWith('Lỗi: không có lệnh "nope".\nXem `baocao --help`.\n')).toBe(true);
  });

  it("a mistyped option comes before a missing --period, in English too", async () => {
    const run = await runBaocao(["--lang", "en", "status", "--perod", "2023-H1"]);
    expect(run.stderr).toBe("Error: unknown option --perod; did you mean --period?\nSee `baocao status --help`.\n");
  });

  it("--kind names no kind: the Vietnamese names are offered", async () => {
    const run = await runBaocao(["letters", "don-doc", "--kind", "ngan-hang"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('giá trị "ngan-hang" của --kind không hợp lệ: chọn một trong co-quan (sở, ngành)');
  });
});

describe("a reporting round in Vietnamese", () => {
  const suite = suiteTempDir();
  let ws: string;
  beforeAll(async () => {
    ws = join(suite(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    await ingestSample(ws, { current: false });
  });

  it("validate names the kinds of finding in words; --json keeps the codes", async () => {
    const run = await runBaocao(["-w", ws, "validate", join(ws, "inbox"), "--period", "2023-H1"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "Theo loại vấn đề: giá trị ngoài danh mục: 1 · sai kỳ báo cáo: 1 · chữ gõ bằng TCVN3/VNI: 1 · ô không phải số: 1",
    );
    expect(run.stdout).not.toContain("value/not-a-number");
    const json = await runBaocao(["-w", ws, "validate", join(ws, "inbox", "2023-H1-UBND-ANTHI.xlsx"), "--json"]);
    expect(json.stdout).toContain('"code": "value/not-a-number"');
  });

  it("English counts agree with their nouns", async () => {
    const run = await runBaocao([
      "--lang",
      "en",
      "-w",
      ws,
      "validate",
      join(ws, "inbox", "2023-H1-UBND-ANTHI.xlsx"),
      "--period",
      "2023-H1",
    ]);
    expect(run.stdout).toContain("Checked 1 file: 0 accepted, 1 rejected, 0 unreadable — 1 error, 0 warnings.");
    expect(run.stdout).toContain("(1 error, 0 warnings)");
  });

  it("ingest says why each file was not taken, with the cell", async () => {
    const run = await runBaocao([
      "-w",
      ws,
      "ingest",
      join(ws, "inbox"),
      "--period",
      "2023-H1",
      "--received",
      "16/06/2023",
    ]);
    expect(run.status).toBe(1);
    const lines = run.stdout.split("\n");
    const rejected = lines.findIndex((line) => line.includes("2023-H1-UBND-ANTHI.xlsx"));
    expect(lines[rejected]).toContain("✘ bị từ chối (có lỗi)");
    expect(lines[rejected + 1]).toBe('    – Chỉ tiêu!D15: Ô D15 (Kỳ này) phải là số, đang ghi "khoảng 20 tin".');
    const wrongPeriod = lines.findIndex((line) => line.includes("2023-H1-SGDDT.xlsx"));
    expect(lines[wrongPeriod + 1]).toMatch(/^ {4}– Thông tin!B3: Biểu mẫu của kỳ "6 tháng cuối năm 2022"/);
    const json = await runBaocao([
      "-w",
      ws,
      "ingest",
      join(ws, "inbox", "2023-H1-CAT.xlsx"),
      "--period",
      "2023-H1",
      "--json",
    ]);
    expect(Object.keys((JSON.parse(json.stdout) as { files: object[] }).files[0]!)).toEqual([
      "file",
      "unit",
      "outcome",
      "errors",
      "warnings",
      "supersedes",
    ]);
  });

  it("status keeps its columns aligned", async () => {
    const run = await runBaocao(["-w", ws, "status", "--period", "2023-H1"]);
    const rows = run.stdout.split("\n").filter((line) => /^ {2}[A-Z]/.test(line));
    expect(rows).toHaveLength(22);
    // The received time starts in the same column on every row, whatever the name and state before it.
    const column = (row: string) => stringWidth(row.slice(0, row.indexOf("16/06/2023")));
    expect(new Set(rows.map(column)).size).toBe(1);
    expect(rows.some((row) => row.includes("đạt (có cảnh báo)"))).toBe(true);
  });

  it("aggregate's table fits 100 columns, long names shortened at a word, units apart from the change", async () => {
    const run = await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1"]);
    expect(run.status).toBe(0);
    const table = run.stdout.split("\n").filter((line) => /^ {2}(TH|TT|PH|TU)\d\d /.test(line));
    expect(table).toHaveLength(20);
    for (const line of table) expect(stringWidth(line)).toBeLessThanOrEqual(100);
    const th05 = table.find((line) => line.startsWith("  TH05"))!;
    expect(th05).toMatch(/ Số tài khoản mạng xã hội, trang thông tin điện tử [^ ]* ?[^…]*… +213 tài khoản, trang$/);
    // The change against last year, on its own line under the name when the row has no room for it.
    const next = run.stdout.split("\n")[run.stdout.split("\n").indexOf(th05) + 1];
    expect(next).toBe("        → tăng 20 tài khoản, trang (+10,4%)");
  });

  it("report warns of a date before the end of the data window; directive without the report's number does not offer --draft", async () => {
    const early = await runBaocao([
      "-w",
      ws,
      "report",
      "--period",
      "2023-H1",
      "--number",
      "841",
      "--date",
      "01/06/2023",
      "--out",
      join(suite(), "som.docx"),
    ]);
    expect(early.status).toBe(0);
    expect(early.stderr).toContain(
      "Cảnh báo: ngày báo cáo 01/06/2023 chưa qua ngày chốt số liệu của kỳ (14/06/2023), nên số liệu chưa thể đủ.",
    );
    const onTime = await runBaocao([
      "-w",
      ws,
      "report",
      "--period",
      "2023-H1",
      "--draft",
      "--out",
      join(suite(), "du-thao.docx"),
    ]);
    expect(onTime.stderr).not.toContain("Cảnh báo");
    const directive = await runBaocao(["-w", ws, "directive", "--period", "2023-H1", "--draft"]);
    expect(directive.status).toBe(2);
    expect(directive.stderr).toContain(
      "Thiếu --report-number, --report-date: số và ngày của báo cáo mà công văn trả lời",
    );
    expect(directive.stderr).not.toContain("--draft");
  });

  it("--kind takes the Vietnamese name of a kind of unit", async () => {
    const args = ["-w", ws, "letters", "de-nghi-bao-cao", "--period", "2023-H1", "--draft", "--dry-run", "--kind"];
    const vietnamese = await runBaocao([...args, "doanh nghiệp"]);
    const code = await runBaocao([...args, "enterprise"]);
    expect(vietnamese.status).toBe(0);
    expect(vietnamese.stdout).toBe(code.stdout);
    expect(vietnamese.stdout).toContain("VNPT");
    expect(vietnamese.stdout).not.toContain("CAT");
  });
});
