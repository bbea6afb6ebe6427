// Small checks of options and inputs (issue 12, item 17): document number 0 is refused, a --received day in
// the future is recorded with a warning, a Word template that is not a .docx is described in our own words.
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runBaocao } from "./helpers/run-cli.js";
import { SAMPLE_DIR } from "./helpers/sample-workspace.js";
import { suiteTempDir } from "./helpers/temp-dir.js";

describe("options checked before anything is made", () => {
  const suite = suiteTempDir();
  let ws: string;
  beforeAll(async () => {
    ws = join(suite(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    const ingest = await runBaocao([
      "-w",
      ws,
      "ingest",
      join(ws, "inbox", "2023-H1-CAT.xlsx"),
      join(ws, "inbox", "2023-H1-VIETTEL.xlsx"),
      "--period",
      "2023-H1",
      "--received",
      "16/06/2023",
    ]);
    expect(ingest.status, ingest.stderr).toBe(0);
  });

  it("report --number 0 is refused (exit 2): numbers start at 1", async () => {
    const out = join(suite(), "bao-cao-0.docx");
    const run = await runBaocao([
      "-w",
      ws,
      "report",
      "--period",
      "2023-H1",
      "--number",
      "0",
      "--date",
      "03/07/2023",
      "--out",
      out,
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--number "0"');
    expect(run.stderr).toContain("bắt đầu từ 1");
    expect(existsSync(out)).toBe(false);
  });

  it("directive --report-number 00 is refused (exit 2), in English with --lang en", async () => {
    const out = join(suite(), "cong-van-0.docx");
    const args = ["-w", ws, "directive", "--period", "2023-H1", "--report-number", "00"];
    const run = await runBaocao([...args, "--report-date", "03/07/2023", "--draft", "--out", out, "--lang", "en"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--report-number "00" is not valid: document numbers start at 1');
    expect(existsSync(out)).toBe(false);
  });

  it("a document number with leading zeros but not zero is still accepted", async () => {
    const out = join(suite(), "bao-cao-7.docx");
    const args = ["-w", ws, "report", "--period", "2023-H1", "--number", "007", "--date", "03/07/2023"];
    const run = await runBaocao([...args, "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it("ingest --received after today: recorded as given, with a warning (vi and en)", async () => {
    const other = join(suite(), "future");
    cpSync(SAMPLE_DIR, other, { recursive: true });
    const next = new Date();
    const year = next.getUTCFullYear() + 1;
    const run = await runBaocao([
      "-w",
      other,
      "ingest",
      join(other, "inbox", "2023-H1-CAT.xlsx"),
      "--period",
      "2023-H1",
      "--received",
      `16/06/${year}`,
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Cảnh báo: ngày nhận --received 16/06/${year} sau hôm nay`);
    const ledger = readFileSync(join(other, "store", "ledger.jsonl"), "utf8");
    expect(ledger).toContain(`"time":"${year}-06-16T05:00:00.000Z"`);

    const en = await runBaocao([
      "-w",
      other,
      "ingest",
      join(other, "inbox", "2023-H1-VIETTEL.xlsx"),
      "--period",
      "2023-H1",
      "--received",
      `${year}-06-17`,
      "--lang",
      "en",
      "--json",
    ]);
    expect(en.status, en.stderr).toBe(0);
    expect(en.stderr).toContain(`Warning: the received date --received 17/06/${year} is after today`);
    expect(JSON.parse(en.stdout)).not.toHaveProperty("receivedInFuture"); // the JSON is as it was
  });

  it("ingest --received today or earlier: no warning", async () => {
    const other = join(suite(), "past");
    cpSync(SAMPLE_DIR, other, { recursive: true });
    const run = await runBaocao([
      "-w",
      other,
      "ingest",
      join(other, "inbox", "2023-H1-CAT.xlsx"),
      "--period",
      "2023-H1",
      "--received",
      "16/06/2023",
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toContain("Cảnh báo");
  });

  it("a Word template that is not a .docx is described in our words, not the zip library's", async () => {
    const template = join(suite(), "mau-cu.docx");
    writeFileSync(template, "{\\rtf1 an old template saved as RTF}");
    const args = ["-w", ws, "letters", template, "--period", "2023-H1", "--kind", "enterprise", "--draft"];
    const vi = await runBaocao(args);
    expect(vi.status).toBe(2);
    expect(vi.stderr).toContain("mau-cu.docx: đây không phải tệp .docx");
    expect(vi.stderr).not.toContain("zip package");
    const en = await runBaocao([...args, "--lang", "en"]);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain("mau-cu.docx: it is not a .docx file");
    expect(en.stderr).not.toContain("zip package");
  });
});
