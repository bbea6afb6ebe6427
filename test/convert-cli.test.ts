// End to end: an .xls received beside an .xlsx, validated and ingested by the built program. LibreOffice
// converts the .xls (skipped where it is not installed); without it the .xls keeps its finding and hint.
import { copyFileSync, cpSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { locateLibreOffice, realSystem } from "../src/machine/libreoffice.js";
import { runBaocao } from "./helpers/run-cli.js";
import { SAMPLE_DIR } from "./helpers/sample.js";
import { tempDir } from "./helpers/temp-dir.js";

const FIXTURES = new URL("./fixtures/converted/", import.meta.url).pathname;
const HAS_LIBREOFFICE = locateLibreOffice(realSystem()).found;

/** The sample workspace with `nhan/` holding the CAT form as .xls and the VNPT form as .xlsx. */
function workspace(): string {
  const dir = join(tempDir(), "ws");
  cpSync(SAMPLE_DIR, dir, { recursive: true });
  mkdirSync(join(dir, "nhan"));
  copyFileSync(join(FIXTURES, "2023-H1-CAT.xls"), join(dir, "nhan", "2023-H1-CAT.xls"));
  copyFileSync(join(dir, "inbox", "2023-H1-FPT.xlsx"), join(dir, "nhan", "2023-H1-FPT.xlsx"));
  return dir;
}

describe.skipIf(!HAS_LIBREOFFICE)("validate and ingest an .xls through LibreOffice", () => {
  it("says the file was converted and what converting cost, accepts it, and archives both files", async () => {
    const dir = workspace();
    const human = await runBaocao(["validate", "nhan", "--period", "2023-H1"], { cwd: dir });
    expect(human.stderr).toBe("");
    expect(human.status).toBe(0);
    expect(human.stdout).toContain("Thông tin  Tệp .xls đã được chuyển sang .xlsx bằng LibreOffice");
    expect(human.stdout).toMatch(/Đã chuyển 1 tệp \.xls\/\.ods\/\.xlsb sang \.xlsx bằng LibreOffice, mất \d+,\d giây/);
    expect(human.stdout).toContain("Đã kiểm tra 2 tệp: 2 đạt, 0 bị từ chối, 0 không đọc được");

    const json = await runBaocao(["validate", "nhan", "--period", "2023-H1", "--json", "--lang", "en"], { cwd: dir });
    const report = JSON.parse(json.stdout) as {
      files: { file: string; sha256: string; original?: { format: string; sha256: string; size: number } }[];
    };
    const xls = report.files.find((file) => file.file === "nhan/2023-H1-CAT.xls")!;
    expect(xls.original).toMatchObject({ format: "xls", size: readFileSync(join(FIXTURES, "2023-H1-CAT.xls")).length });
    expect(report.files.find((file) => file.file === "nhan/2023-H1-FPT.xlsx")!.original).toBeUndefined();

    const ingest = await runBaocao(["ingest", "nhan", "--period", "2023-H1", "--received", "16/06/2023"], { cwd: dir });
    expect(ingest.status).toBe(0);
    expect(ingest.stdout).toMatch(/nhan\/2023-H1-CAT\.xls\s+CAT\s+✔ đã lưu/);
    const lines = readFileSync(join(dir, "store", "ledger.jsonl"), "utf8")
      .trim()
      .split("\n");
    const cat = JSON.parse(lines.find((line) => line.includes('"unit":"CAT"'))!) as {
      archive: string;
      original: { archive: string };
    };
    expect(cat.archive).toMatch(/\.xlsx$/);
    expect(cat.original.archive).toMatch(/\.xls$/);
    const doctor = await runBaocao(["doctor", "--store", "--json"], { cwd: dir });
    expect(JSON.parse(doctor.stdout)).toMatchObject({ store: { ok: true, archives: { checked: 3, damaged: [] } } });
  }, 120_000);
});

describe("an .xls without LibreOffice", () => {
  it("is not read, with the hint to save it as .xlsx or to install LibreOffice", async () => {
    const dir = workspace();
    const run = await runBaocao(["validate", "nhan/2023-H1-CAT.xls", "--period", "2023-H1"], {
      cwd: dir,
      env: { BAOCAO_SOFFICE: join(dir, "khong-co-soffice") },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("Tệp Excel dạng cũ (.xls), không đọc được.");
    expect(run.stdout).toContain("Hoặc cài LibreOffice trên máy này (xem `baocao doctor`)");
  });
});
