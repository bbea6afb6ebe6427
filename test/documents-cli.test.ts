// End to end: the directive reproduces the real July 2023 letter; the report carries the figures,
// sections, appendices and chart; both convert to PDF with LibreOffice.
import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { textWidth } from "../src/documents/layout/metrics.js";
import { decodeXml, docxParts, paragraphsOf } from "./helpers/docx-inspect.js";
import { runBaocao, runCli } from "./helpers/run-cli.js";
import { SAMPLE_DIR } from "./helpers/sample.js";
import { ingestSample } from "./helpers/sample-workspace.js";
import { suiteTempDir } from "./helpers/temp-dir.js";

const BIN = new URL("../bin/baocao.js", import.meta.url).pathname;
const SEED = new URL("fixtures/seed-cong-van-2023-07.txt", import.meta.url);
const normalize = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * The bordered (data) tables of a document.xml: each column's width (w:gridCol) and, per cell, its widest
 * word (a run of non-space characters, across runs) measured with Times New Roman metrics at the run's size
 * and weight, plus the cell's text.
 */
function dataTables(xml: string): { widths: number[]; cells: { column: number; widest: number; text: string }[] }[] {
  return [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)]
    .map((match) => match[1] ?? "")
    .filter((table) => table.includes('<w:insideV w:val="single"'))
    .map((table) => {
      const widths = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      const cells = [...table.matchAll(/<w:tr(?:\s[^>]*)?>(.*?)<\/w:tr>/gs)].flatMap((row) =>
        [...(row[1] ?? "").matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((cell, column) => {
          let widest = 0;
          let word = 0;
          let text = "";
          for (const run of (cell[1] ?? "").matchAll(/<w:r>(.*?)<\/w:r>/gs)) {
            const runXml = run[1] ?? "";
            const bold = /<w:b\/>/.test(runXml);
            const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(runXml)?.[1] ?? "26") / 2;
            const runText = decodeXml(
              [...runXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
            );
            text += runText;
            for (const char of runText) {
              if (/\s/u.test(char)) word = 0;
              else word += textWidth(char, size, bold);
              widest = Math.max(widest, word);
            }
          }
          return { column, widest, text };
        }),
      );
      return { widths, cells };
    });
}

function documentText(file: string): string[] {
  const parts = docxParts(readFileSync(file));
  return paragraphsOf(parts.get("word/document.xml")!)
    .map((p) => normalize(p.text))
    .filter((t) => t !== "");
}

/**
 * The seed's paragraphs. Three slips of the real letter are corrected on purpose (and nothing else):
 * "Hung Yên" for "Hưng Yên" on the date line, "nghiêm túc, cá nhân" for "nghiêm tổ chức, cá nhân",
 * and "Mobiphone" for the operator's name MobiFone.
 */
function seedParagraphs(): string[] {
  const lines = readFileSync(SEED, "utf8")
    .replace(/\*\*/g, "")
    .split("\n")
    .map(normalize)
    .filter((l) => l !== "");
  const merged: string[] = [];
  for (const line of lines) {
    // A paragraph split by the page break of the scanned letter continues in lower case.
    if (merged.length > 0 && /^[a-zà-ỹđ]/u.test(line)) merged[merged.length - 1] += ` ${line}`;
    else merged.push(line);
  }
  return merged.map((line) =>
    line
      .replace("Hung Yên, ngày", "Hưng Yên, ngày")
      .replace("xử lý nghiêm túc, cá nhân", "xử lý nghiêm tổ chức, cá nhân")
      .replace("Mobiphone", "MobiFone"),
  );
}

describe("directive and report (CLI)", () => {
  const suite = suiteTempDir();
  let ws: string;
  beforeAll(async () => {
    ws = join(suite(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    await ingestSample(ws);
  });

  it("the directive reproduces the July 2023 letter paragraph for paragraph", () => {
    const run = runCli([
      "-w",
      ws,
      "directive",
      "--period",
      "2023-H1",
      "--report-number",
      "841",
      "--report-date",
      "03/07/2023",
      "--draft",
      "--date",
      "2023-07-05",
    ]);
    expect(run.status).toBe(0);
    const ours = documentText(join(ws, "out", "2023-H1", "cong-van-chi-dao-2023-H1.docx"));
    const text = ours.join(" ");
    const seed = seedParagraphs();
    // Every paragraph of the letter is there…
    for (const paragraph of seed) expect(text, paragraph).toContain(paragraph);
    // …and the body, from "Sau khi xem xét" to the last task, is ours paragraph for paragraph, in order.
    const body = (list: string[]) =>
      list.slice(
        list.findIndex((p) => p.startsWith("Sau khi xem xét")),
        list.findIndex((p) => p.endsWith("hoạt động./.")) + 1,
      );
    expect(body(ours)).toEqual(body(seed));
    expect(text).toContain("Số: /UBND-KGVX");
    expect(text).toContain("Hưng Yên, ngày tháng 7 năm 2023");
  });

  it("the directive needs the report's number and date: exit 2 without a terminal", async () => {
    const run = await runBaocao([
      "-w",
      ws,
      "directive",
      "--period",
      "2023-H1",
      "--draft",
      "--out",
      join(suite(), "x.docx"),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Thiếu --report-number, --report-date");
  });

  it("the report states the figures, the five sections, three appendices and a chart", () => {
    const run = runCli([
      "-w",
      ws,
      "report",
      "--period",
      "2023-H1",
      "--number",
      "841",
      "--date",
      "03/07/2023",
      "--json",
    ]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { docx: string };
    const file = join(ws, "out", "2023-H1", "bao-cao-2023-H1.docx");
    expect(result.docx).toMatch(/bao-cao-2023-H1\.docx$/);
    const aggregate = JSON.parse(runCli(["-w", ws, "aggregate", "--period", "2023-H1", "--json"]).stdout) as {
      indicators: { code: string; total: number }[];
      incidents: { count: number };
    };
    const text = documentText(file).join("\n");
    expect(text).toContain("Số: 841/BC-STTTT");
    expect(text).toContain("Hưng Yên, ngày 03 tháng 7 năm 2023");
    expect(text).toContain(
      "Kết quả công tác phối hợp phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông 6 tháng đầu năm 2023",
    );
    for (const heading of [
      "I. TÌNH HÌNH",
      "II. KẾT QUẢ THỰC HIỆN",
      "III. ĐÁNH GIÁ CHUNG",
      "IV. PHƯƠNG HƯỚNG",
      "V. ĐỀ XUẤT, KIẾN NGHỊ",
    ])
      expect(text).toContain(heading);
    const tt01 = aggregate.indicators.find((i) => i.code === "TT01")!.total;
    expect(text).toContain(`Đã tiến hành ${tt01} cuộc thanh tra, kiểm tra`);
    expect(text).toContain(`Các đơn vị đã báo cáo ${aggregate.incidents.count} vụ việc cụ thể`);
    for (const appendix of ["Phụ lục I", "Phụ lục II", "Phụ lục III"]) expect(text).toContain(appendix);
    expect(text).toContain(
      "(Kèm theo Báo cáo số 841/BC-STTTT ngày 03 tháng 7 năm 2023 của Sở Thông tin và Truyền thông)",
    );
    // The opening cites the Quy chế phối hợp from baocao.yaml (regulation:); the body points to each appendix.
    expect(text).toContain(
      "Thực hiện Quy chế phối hợp phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông trên địa bàn tỉnh Hưng Yên ban hành kèm theo Quyết định số 25/2021/QĐ-UBND ngày 16/8/2021 của UBND tỉnh Hưng Yên, Sở Thông tin và Truyền thông báo cáo kết quả công tác phối hợp 6 tháng đầu năm 2023",
    );
    // No parenthesis inside another; each comparison in the indicator's own unit; II.5 does not repeat I's figures.
    for (const paragraph of text.split("\n")) expect(paragraph).not.toMatch(/\([^()]*\(/u);
    expect(text).toMatch(/\(giảm \d+ vụ, tức \d+,\d%, so với cùng kỳ\)/u);
    expect(text).toMatch(
      /\d+ tài khoản, trang mạng xã hội[^()]*\(tăng \d+ tài khoản, trang, tức \d+,\d%, so với cùng kỳ\)/u,
    );
    const infrastructure = text.split("\n").find((p) => p.startsWith("Các doanh nghiệp viễn thông phối hợp"));
    expect(infrastructure).toBeDefined();
    expect(infrastructure).not.toMatch(/\d/u);
    expect(text).toContain(
      "chi tiết tại Phụ lục I, số liệu của từng cơ quan, đơn vị, doanh nghiệp tại Phụ lục II kèm theo.",
    );
    expect(text).toContain("vụ việc cụ thể (chi tiết tại Phụ lục III kèm theo)");
    // Percentages in one form: one decimal, always.
    expect(text).not.toMatch(/[^,\d]\d+%/);
    // Short names, not codes, on Phụ lục II's heads and the chart's axis.
    expect(text).toContain("Trộm cắp, phá hoại hạ tầng (vụ)");
    expect(text).not.toMatch(/\b(TH|TT|PH|TU)\d{2}\b/);
    const parts = docxParts(readFileSync(file));
    expect([...parts.keys()].some((name) => /^word\/charts\/chart\d+\.xml$/.test(name))).toBe(true);
    const chart = [...parts].find(([name]) => /^word\/charts\/chart\d+\.xml$/.test(name))![1];
    expect(chart).toContain("Trộm cắp, phá hoại hạ tầng");
    expect(chart).not.toMatch(/>(TH|TT|PH|TU)\d{2}</);

    // Every column of every data table is at least as wide as its widest word plus the cell margins
    // (85 twips each side): no figure, percentage or header word can be split.
    const tables = dataTables(parts.get("word/document.xml")!);
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const table of tables) {
      for (const cell of table.cells) {
        expect(table.widths[cell.column], `"${cell.text}"`).toBeGreaterThanOrEqual(Math.ceil(cell.widest) + 170);
      }
    }
  });

  it("without regulation: in baocao.yaml the opening cites no Quy chế and still reads as a sentence", async () => {
    const bare = join(suite(), "no-regulation");
    cpSync(ws, bare, { recursive: true });
    const config = join(bare, "baocao.yaml");
    writeFileSync(config, readFileSync(config, "utf8").replace(/\nregulation:\n(?: {2}.*\n)+/u, "\n"));
    expect(readFileSync(config, "utf8")).not.toContain("regulation:");
    const run = await runBaocao([
      "-w",
      bare,
      "report",
      "--period",
      "2023-H1",
      "--draft",
      "--out",
      join(bare, "r.docx"),
    ]);
    expect(run.status).toBe(0);
    const text = documentText(join(bare, "r.docx"));
    const opening = text.find((p) => p.includes("19/22 đơn vị đã gửi báo cáo"));
    expect(opening).toMatch(
      /^Trên cơ sở báo cáo của các cơ quan, đơn vị, doanh nghiệp, Sở Thông tin và Truyền thông báo cáo/,
    );
    expect(text.join(" ")).not.toContain("Quy chế phối hợp phòng");
    // A draft's appendices give the blank day in the same full form.
    expect(text.join(" ")).toMatch(
      /\(Kèm theo Báo cáo số \/BC-STTTT ngày tháng \d+ năm \d{4} của Sở Thông tin và Truyền thông\)/,
    );
  });

  it("beyond report.incidentListLimit, Phụ lục III gives totals and the first incidents, and says where the full list is", async () => {
    const capped = join(suite(), "capped");
    cpSync(ws, capped, { recursive: true });
    const config = join(capped, "baocao.yaml");
    writeFileSync(config, `${readFileSync(config, "utf8")}\nreport:\n  incidentListLimit: 5\n`);
    const aggregate = JSON.parse(
      (await runBaocao(["-w", capped, "aggregate", "--period", "2023-H1", "--json"])).stdout,
    ) as { incidents: { count: number; damage: number; fines: number } };
    const { count } = aggregate.incidents;
    expect(count).toBeGreaterThan(5);
    const run = await runBaocao([
      "-w",
      capped,
      "report",
      "--period",
      "2023-H1",
      "--draft",
      "--out",
      join(capped, "r.docx"),
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`Phụ lục III liệt kê 5/${count} vụ việc`);
    expect(run.stderr).toContain('trang tính "Vụ việc" của tong-hop.xlsx');
    const english = await runBaocao([
      "-w",
      capped,
      "--lang",
      "en",
      "report",
      "--period",
      "2023-H1",
      "--draft",
      "--out",
      join(capped, "en.docx"),
    ]);
    expect(english.status).toBe(0);
    expect(english.stderr).toContain(`Appendix III lists 5 of ${count} incidents`);

    const xml = docxParts(readFileSync(join(capped, "r.docx"))).get("word/document.xml")!;
    const appendix = xml.slice(xml.indexOf("TỔNG HỢP VỤ VIỆC"));
    const text = paragraphsOf(appendix).map((p) => normalize(p.text));
    expect(text.join(" ")).toContain(
      `danh sách đầy đủ ${count} vụ việc có tại trang tính (sheet) “Vụ việc” của tệp tong-hop.xlsx`,
    );
    // Three tables: by unit, by behaviour (each closed by aggregate.json's totals), and the first five incidents.
    const tables = [...appendix.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((table) =>
      [...(table[1] ?? "").matchAll(/<w:tr(?:\s[^>]*)?>(.*?)<\/w:tr>/gs)].map((row) =>
        paragraphsOf(row[1] ?? "").map((p) => p.text),
      ),
    );
    expect(tables).toHaveLength(3);
    const vn = (value: number) => value.toLocaleString("de-DE");
    for (const table of tables.slice(0, 2))
      expect(table.at(-1)).toEqual([
        "",
        "Tổng cộng",
        vn(count),
        vn(aggregate.incidents.damage),
        vn(aggregate.incidents.fines),
      ]);
    expect(tables[2]!.slice(1).map((row) => row[0])).toEqual(["1", "2", "3", "4", "5"]);

    // A limit outside 0–2000 is a configuration error (exit 2), not a crash.
    writeFileSync(config, readFileSync(config, "utf8").replace("incidentListLimit: 5", "incidentListLimit: -1"));
    expect(
      (
        await runBaocao([
          "-w",
          capped,
          "report",
          "--period",
          "2023-H1",
          "--draft",
          "--force",
          "--out",
          join(capped, "r.docx"),
        ])
      ).status,
    ).toBe(2);
  });

  it("a saved aggregate.json that is truncated, or older than chi-tieu.yaml, is not used: the report says so and uses fresh figures", async () => {
    const stale = join(suite(), "stale");
    cpSync(ws, stale, { recursive: true });
    expect((await runBaocao(["-w", stale, "aggregate", "--period", "2023-H1"])).status).toBe(0);
    const saved = join(stale, "out", "2023-H1", "aggregate.json");
    writeFileSync(saved, readFileSync(saved, "utf8").slice(0, 5000));
    const truncated = await runBaocao([
      "-w",
      stale,
      "report",
      "--period",
      "2023-H1",
      "--draft",
      "--out",
      join(stale, "a.docx"),
    ]);
    expect(truncated.status, truncated.stderr).toBe(0);
    expect(truncated.stderr).toContain("out/2023-H1/aggregate.json bị hỏng");
    expect(truncated.stderr).not.toContain("Lỗi nội bộ");
    expect((await runBaocao(["-w", stale, "aggregate", "--period", "2023-H1"])).status).toBe(0);
    const indicators = join(stale, "chi-tieu.yaml");
    writeFileSync(
      indicators,
      readFileSync(indicators, "utf8").replace(
        "name: Số vụ lừa đảo, chiếm đoạt tài sản qua mạng viễn thông, Internet",
        "name: Số vụ lừa đảo trực tuyến",
      ),
    );
    const changed = await runBaocao([
      "-w",
      stale,
      "--lang",
      "en",
      "report",
      "--period",
      "2023-H1",
      "--draft",
      "--out",
      join(stale, "b.docx"),
    ]);
    expect(changed.status, changed.stderr).toBe(0);
    expect(changed.stderr).toContain(
      "the configuration (baocao.yaml, chi-tieu.yaml …) changed after out/2023-H1/aggregate.json was made",
    );
    const text = documentText(join(stale, "b.docx")).join(" ");
    expect(text).toContain("Số vụ lừa đảo trực tuyến");
    expect(text).not.toContain("Số vụ lừa đảo, chiếm đoạt tài sản qua mạng viễn thông, Internet");
  });

  it("refuses to overwrite a report the clerk may have edited, unless --force", async () => {
    const args = ["-w", ws, "report", "--period", "2023-H1", "--draft", "--out", join(suite(), "edited.docx")];
    expect((await runBaocao(args)).status).toBe(0);
    writeFileSync(join(suite(), "edited.docx"), "edited in Word");
    const again = await runBaocao(args);
    expect(again.status).toBe(2);
    expect(readFileSync(join(suite(), "edited.docx"), "utf8")).toBe("edited in Word");
    expect((await runBaocao([...args, "--force"])).status).toBe(0);
  });

  it("writes the metadata sidecar beside the report; --json names it; without a PDF no page count", async () => {
    const out = join(suite(), "sidecar", "bc.docx");
    const run = await runBaocao([
      "-w",
      ws,
      "--json",
      "report",
      "--period",
      "2023-H1",
      "--number",
      "7",
      "--date",
      "03/07/2023",
      "--out",
      out,
    ]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { record: string; docx: string };
    expect(result.record.endsWith(join("sidecar", "bc.meta.json"))).toBe(true);
    const record = JSON.parse(readFileSync(join(suite(), "sidecar", "bc.meta.json"), "utf8")) as Record<
      string,
      unknown
    >;
    expect(record).toMatchObject({
      format: "baocao/document-record@1",
      docx: "bc.docx",
      pdf: null,
      number: "07",
      notation: "BC-STTTT",
      issuedDate: "2023-07-03",
      typeName: "Báo cáo",
      pages: null,
      pdfA: null,
      language: "vi",
    });
    expect(record.summary).toMatch(/^Kết quả công tác phối hợp phòng, chống tội phạm/);
    expect(record.signer).toMatchObject({ position: expect.any(String), name: expect.any(String) });
    expect((record.copies as string[]).at(-1)).toMatch(/^Lưu: VT/);
    // The .docx carries the same properties.
    const core = docxParts(readFileSync(out)).get("docProps/core.xml") ?? "";
    expect(core).toContain("<cp:keywords>07/BC-STTTT</cp:keywords>");
    expect(core).toContain("<dc:subject>Báo cáo</dc:subject>");
    expect(core).toMatch(/<dc:creator>Sở Thông tin và Truyền thông/);
  });

  it("a unit name with Markdown characters stays text and changes no structure", async () => {
    const hostile = join(suite(), "hostile");
    cpSync(ws, hostile, { recursive: true });
    const config = join(hostile, "baocao.yaml");
    writeFileSync(
      config,
      readFileSync(config, "utf8").replace("name: Sở Công Thương,", 'name: "Sở *Công* | Thương # 1 [x](y) <b>",'),
    );
    const run = await runBaocao([
      "-w",
      hostile,
      "report",
      "--period",
      "2023-H1",
      "--draft",
      "--out",
      join(hostile, "r.docx"),
    ]);
    expect(run.status).toBe(0);
    const text = documentText(join(hostile, "r.docx"));
    expect(text.some((p) => p.includes("Sở *Công* | Thương # 1 [x](y) <b>"))).toBe(true);
  });

  const tools = ["soffice", "pdftotext", "pdfinfo"].every(
    (tool) => spawnSync(tool, [tool === "soffice" ? "--version" : "-v"]).status === 0,
  );
  it.skipIf(!tools)("both convert to PDF with LibreOffice: pages and text", () => {
    const out = join(suite(), "pdf");
    expect(
      runCli([
        "-w",
        ws,
        "directive",
        "--period",
        "2023-H1",
        "--report-number",
        "841",
        "--report-date",
        "03/07/2023",
        "--draft",
        "--date",
        "2023-07-05",
        "--pdf",
        "--out",
        join(out, "cv.docx"),
      ]).status,
    ).toBe(0);
    expect(
      runCli([
        "-w",
        ws,
        "report",
        "--period",
        "2023-H1",
        "--number",
        "841",
        "--date",
        "03/07/2023",
        "--pdf",
        "--out",
        join(out, "bc.docx"),
      ]).status,
    ).toBe(0);
    const pages = (file: string) =>
      Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [file], { encoding: "utf8" }).stdout)![1]);
    const text = (file: string) => spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout;
    expect(pages(join(out, "cv.pdf"))).toBe(2);
    const letter = text(join(out, "cv.pdf"));
    expect(letter).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(letter).toContain("V/v tăng cường công tác phối hợp");
    expect(letter).toMatch(/TM\. ỦY BAN NHÂN DÂN[\s\S]*KT\. CHỦ TỊCH[\s\S]*PHÓ CHỦ TỊCH[\s\S]*Nguyễn Duy Hưng/);
    const report = text(join(out, "bc.pdf"));
    expect(pages(join(out, "bc.pdf"))).toBeGreaterThan(4);
    expect(report).toContain("BÁO CÁO");
    expect(report).toContain("Phụ lục III");
    expect(report).toContain("Một số chỉ tiêu so với cùng kỳ");
    // Phụ lục I as LibreOffice lays it out: every figure of its table whole on one line.
    const start = report.indexOf("KẾT QUẢ CÁC CHỈ TIÊU");
    const appendixOne = report.slice(start, report.indexOf("SỐ LIỆU THEO ĐƠN VỊ", start));
    expect(appendixOne.length).toBeGreaterThan(1000);
    const figures = dataTables(docxParts(readFileSync(join(out, "bc.docx"))).get("word/document.xml")!)[0]!
      .cells.filter((cell) => /^[-+]?\d[\d.,]*%?$/.test(cell.text))
      .map((cell) => cell.text);
    expect(figures).toContain("515.000.000");
    expect(figures).toContain("+234.000.000");
    expect(figures).toContain("-3,9%");
    const tokens = new Set(appendixOne.split(/\s+/));
    for (const figure of figures) expect(tokens.has(figure), figure).toBe(true);
    // The header "STT" is whole too.
    expect(tokens.has("STT")).toBe(true);

    // PDF/A-2b (LibreOffice's export filter, SelectPdfVersion 2): the XMP names part 2, conformance B.
    for (const file of ["cv.pdf", "bc.pdf"]) {
      const pdf = readFileSync(join(out, file), "latin1");
      expect(pdf, file).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
      expect(pdf, file).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    }
    // The document's properties reach the PDF: title = trích yếu, subject, author = issuing body, keywords = số.
    const info = spawnSync("pdfinfo", [join(out, "bc.pdf")], { encoding: "utf8" }).stdout;
    expect(info).toMatch(/Title:\s+Kết quả công tác phối hợp phòng, chống tội phạm/);
    expect(info).toMatch(/Subject:\s+Báo cáo\n/);
    expect(info).toMatch(/Author:\s+Sở Thông tin và Truyền thông/);
    expect(info).toMatch(/Keywords:\s+841\/BC-STTTT\n/);
    // The sidecars count the PDFs' pages.
    const record = (file: string) => JSON.parse(readFileSync(join(out, file), "utf8")) as Record<string, unknown>;
    expect(record("bc.meta.json")).toMatchObject({ pdf: "bc.pdf", pages: pages(join(out, "bc.pdf")), pdfA: "2B" });
    expect(record("cv.meta.json")).toMatchObject({ pdf: "cv.pdf", pages: 2, number: null, issuedDate: null });
  });

  const report = (out: string, ...more: string[]) => [
    "-w",
    ws,
    "report",
    "--period",
    "2023-H1",
    "--number",
    "841",
    "--date",
    "03/07/2023",
    "--out",
    out,
    ...more,
  ];

  it("--pdf does not overwrite an existing PDF without --force, and names a PDF path that is a folder", async () => {
    const out = join(suite(), "pdf-exists");
    mkdirSync(out);
    writeFileSync(join(out, "bc.pdf"), "mine");
    const refused = await runBaocao(report(join(out, "bc.docx"), "--pdf"));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("bc.pdf đã có");
    expect(refused.stderr).toContain("--force");
    // Checked before anything is written: the .docx is not made either.
    expect(readdirSync(out)).toEqual(["bc.pdf"]);
    expect(readFileSync(join(out, "bc.pdf"), "utf8")).toBe("mine");

    rmSync(join(out, "bc.pdf"));
    mkdirSync(join(out, "bc.pdf"));
    const folder = await runBaocao(report(join(out, "bc.docx"), "--pdf", "--force"));
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain(join(out, "bc.pdf"));
    expect(folder.stderr).not.toMatch(/Lỗi nội bộ|\n\s+at /);
    expect(readdirSync(out)).toEqual(["bc.pdf"]);
  });

  // /dev/shm is a tmpfs: a temporary folder there is on another file system than the suite's.
  const otherFileSystem =
    tools && existsSync("/dev/shm") && statSync("/dev/shm").dev !== statSync(suite()).dev ? "/dev/shm" : undefined;
  it.skipIf(otherFileSystem === undefined)(
    "--pdf works when the temporary folder is on another file system (EXDEV), with no work folder left",
    () => {
      const tmp = mkdtempSync(join(otherFileSystem!, "baocao-tmp-"));
      try {
        const out = join(suite(), "pdf-exdev");
        const run = runCli(report(join(out, "bc.docx"), "--pdf"), { env: { TMPDIR: tmp, TEMP: tmp, TMP: tmp } });
        expect(run.stderr).not.toContain("EXDEV");
        expect(run.status, run.stderr).toBe(0);
        expect(readdirSync(out).sort()).toEqual(["bc.docx", "bc.meta.json", "bc.pdf"]);
        expect(readFileSync(join(out, "bc.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    },
  );

  it.skipIf(!tools)(
    "Ctrl+C during report --pdf: LibreOffice is stopped, exit 130, no PDF and no work folder left",
    async () => {
      const out = join(suite(), "pdf-ctrl-c");
      const child = spawn(process.execPath, [BIN, ...report(join(out, "bc.docx"), "--pdf")], {
        stdio: "ignore",
        env: { ...process.env, NO_COLOR: "1" },
      });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on("exit", (code, signal) => resolve({ code, signal })),
      );
      // The .docx is written first; the conversion (several seconds) follows.
      const waitUntil = Date.now() + 90_000;
      while (!existsSync(join(out, "bc.docx")) && child.exitCode === null && Date.now() < waitUntil)
        await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setTimeout(resolve, 300));
      child.kill("SIGINT");
      expect(await exited).toEqual({ code: 130, signal: null });
      // The .docx was written whole before the signal; the PDF never appears, nor LibreOffice's work folder.
      expect(readdirSync(out)).toEqual(["bc.docx"]);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(readdirSync(out)).toEqual(["bc.docx"]);
    },
    120_000,
  );
});
