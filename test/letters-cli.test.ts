// End to end: batch letters from the built binary on a copy of the sample workspace, with its 2023-H1
// inbox ingested (3 units rejected: SGDDT wrong period, UBND-ANTHI D15 not a number, UBND-TIENLU unknown
// area). Every .docx made is reopened and checked for its recipient's name and number.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Manifest } from "../src/letters/index.js";
import { docxParts, paragraphsOf } from "./helpers/docx-inspect.js";
import { runBaocao, runCli } from "./helpers/run-cli.js";
import { makeZip, readZipEntries } from "./helpers/zip.js";
import { SAMPLE_DIR } from "./helpers/sample.js";
import { suiteTempDir } from "./helpers/temp-dir.js";

const BIN = fileURLToPath(new URL("../bin/baocao.js", import.meta.url));

const normalize = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

function documentText(file: string): string {
  const parts = docxParts(readFileSync(file));
  return paragraphsOf(parts.get("word/document.xml")!)
    .map((p) => normalize(p.text))
    .filter((t) => t !== "")
    .join("\n");
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;
}

/** Every file under `dir` with its modification time, to show that nothing changed. */
function snapshot(dir: string): Record<string, number> {
  if (!existsSync(dir)) return {};
  const files: Record<string, number> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files[name] = statSync(path).mtimeMs;
  }
  return files;
}

const REJECTED = [
  { code: "SGDDT", name: "Sở Giáo dục và Đào tạo" },
  { code: "UBND-ANTHI", name: "UBND huyện Ân Thi" },
  { code: "UBND-TIENLU", name: "UBND huyện Tiên Lữ" },
];

describe("baocao letters", () => {
  const suite = suiteTempDir();
  let ws: string;
  const out = (...parts: string[]) => join(ws, "out", "2023-H1", "thu", ...parts);
  beforeAll(async () => {
    ws = join(suite(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    const ingest = await runBaocao([
      "-w",
      ws,
      "ingest",
      join(ws, "inbox"),
      "--period",
      "2023-H1",
      "--received",
      "16/06/2023",
    ]);
    expect(ingest.status).toBe(1); // three files rejected, on purpose
    // A workspace template of the clerk's own (templates/<name>.hbs), used by the CSV tests.
    mkdirSync(join(ws, "templates"), { recursive: true });
    writeFileSync(
      join(ws, "templates", "moi-hop.hbs"),
      "---\nkind: letter\nsummary: mời dự hội nghị\n---\n{{issuer.shortName}} trân trọng kính mời {{recipient.chuc_vu}} {{recipient.name}} dự hội nghị.\n",
    );
  });

  it("don-doc --missing: one reminder per unit without an accepted report, numbered from --number-from", () => {
    const run = runCli([
      "-w",
      ws,
      "letters",
      "don-doc",
      "--missing",
      "--period",
      "2023-H1",
      "--number-from",
      "15",
      "--date",
      "20/06/2023",
    ]);
    expect(run.stderr).toContain("Danh sách:");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Đã tạo 3 công văn");
    const files = readdirSync(out("don-doc")).sort();
    // Each letter, its .meta.json sidecar and the unit's annotated form, sent with it.
    expect(files).toEqual([
      "01-SGDDT-so-giao-duc-va-dao-tao.docx",
      "01-SGDDT-so-giao-duc-va-dao-tao.kiem-tra.xlsx",
      "01-SGDDT-so-giao-duc-va-dao-tao.meta.json",
      "02-UBND-ANTHI-ubnd-huyen-an-thi.docx",
      "02-UBND-ANTHI-ubnd-huyen-an-thi.kiem-tra.xlsx",
      "02-UBND-ANTHI-ubnd-huyen-an-thi.meta.json",
      "03-UBND-TIENLU-ubnd-huyen-tien-lu.docx",
      "03-UBND-TIENLU-ubnd-huyen-tien-lu.kiem-tra.xlsx",
      "03-UBND-TIENLU-ubnd-huyen-tien-lu.meta.json",
      "manifest.csv",
      "manifest.json",
    ]);
    REJECTED.forEach(({ name }, i) => {
      const letter = files[i * 3]!;
      const text = documentText(out("don-doc", letter));
      expect(text).toContain(`Số: ${15 + i}/STTTT-TTr`);
      expect(text).toContain("Hưng Yên, ngày 20 tháng 6 năm 2023");
      expect(text).toContain(`Kính gửi:\t${name}.`.replace("\t", " "));
      expect(text).toMatch(new RegExp(`đề nghị ${name} sửa (các )?lỗi nêu trên và gửi lại báo cáo`));
      expect(text).not.toContain("đã được thông báo");
      expect(text).toContain(`bản biểu mẫu gửi kèm Công văn này (tệp ${letter.replace(".docx", ".kiem-tra.xlsx")})`);
      expect(text).toContain(
        "V/v đôn đốc báo cáo kết quả công tác phối hợp phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông 6 tháng đầu năm 2023",
      );
      // The first deadline, and the new one: five working days after Tuesday 20/6/2023.
      expect(text).toContain("thời hạn gửi báo cáo chậm nhất ngày 19/6/2023");
      expect(text).toContain("chậm nhất ngày 27/6/2023");
      expect(text).toContain("- Lưu: VT, TTr.");
      const record = JSON.parse(readFileSync(out("don-doc", letter.replace(".docx", ".meta.json")), "utf8"));
      expect(record).toMatchObject({ docx: letter, number: String(15 + i), issuedDate: "2023-06-20" });
    });
    expect(documentText(out("don-doc", files[3]!))).toContain("Trang “Chỉ tiêu”, ô D15:");
    expect(documentText(out("don-doc", files[3]!))).toContain(
      "(tệp 2023-H1-UBND-ANTHI.xlsx, nhận ngày 16/6/2023) chưa đạt yêu cầu",
    );

    const manifest = readManifest(out("don-doc"));
    expect(manifest).toMatchObject({
      template: "don-doc",
      period: "2023-H1",
      combined: null,
      draft: false,
      dryRun: false,
      total: 3,
      ok: 3,
      failed: 0,
    });
    expect(
      manifest.letters.map(({ index, code, name, number, status }) => ({ index, code, name, number, status })),
    ).toEqual(
      REJECTED.map(({ code, name }, i) => ({ index: i + 1, code, name, number: `${15 + i}/STTTT-TTr`, status: "ok" })),
    );
    const csv = readFileSync(out("don-doc", "manifest.csv"), "utf8");
    expect(csv.startsWith("\uFEFFSTT,Mã đơn vị,Tên người nhận,Tệp,Số văn bản,Kết quả,Lỗi,Trường còn thiếu\r\n")).toBe(
      true,
    );
    expect(csv).toContain(
      "2,UBND-ANTHI,UBND huyện Ân Thi,02-UBND-ANTHI-ubnd-huyen-an-thi.docx,16/STTTT-TTr,đã tạo,,\r\n",
    );
  });

  it("never overwrites: a second batch goes to a new numbered folder; --out into the same folder writes nothing (exit 2) unless --force", async () => {
    const before = snapshot(out("don-doc"));
    const second = await runBaocao(["letters", "don-doc", "--missing", "--period", "2023-H1", "--draft"], { cwd: ws });
    expect(second.status).toBe(0);
    const shown = (path: string) => path.split("/").join(sep);
    expect(second.stderr).toContain(
      `${shown("out/2023-H1/thu/don-doc")} đã có một đợt công văn trước (giữ nguyên); đợt này ghi vào ${shown("out/2023-H1/thu/don-doc-2")}. Muốn ghi đè đợt trước: thêm --force.`,
    );
    expect(second.stdout).toContain(`Đã tạo 3 công văn trong ${shown("out/2023-H1/thu/don-doc-2")}.`);
    expect(readManifest(out("don-doc-2")).draft).toBe(true);
    expect(snapshot(out("don-doc"))).toEqual(before);
    const dryRun = await runBaocao([
      "-w",
      ws,
      "letters",
      "don-doc",
      "--missing",
      "--period",
      "2023-H1",
      "--draft",
      "--dry-run",
      "--json",
    ]);
    expect((JSON.parse(dryRun.stdout) as { dir: string; earlierBatch: string }).dir.endsWith("don-doc-3")).toBe(true);
    const again = await runBaocao([
      "-w",
      ws,
      "letters",
      "don-doc",
      "--missing",
      "--period",
      "2023-H1",
      "--number-from",
      "40",
      "--out",
      out("don-doc"),
    ]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("01-SGDDT-so-giao-duc-va-dao-tao.docx đã có (11 tệp sẽ bị ghi đè). Không ghi gì.");
    expect(snapshot(out("don-doc"))).toEqual(before);
    const forced = await runBaocao([
      "-w",
      ws,
      "letters",
      "don-doc",
      "--missing",
      "--period",
      "2023-H1",
      "--number-from",
      "40",
      "--force",
      "-q",
    ]);
    expect(forced.status).toBe(0);
    expect(documentText(out("don-doc", "01-SGDDT-so-giao-duc-va-dao-tao.docx"))).toContain("Số: 40/STTTT-TTr");
  });

  it("--combine: one .docx holding every letter, each on new pages, with its own number", async () => {
    const run = await runBaocao([
      "-w",
      ws,
      "letters",
      "don-doc",
      "--missing",
      "--period",
      "2023-H1",
      "--number-from",
      "15",
      "--date",
      "20/06/2023",
      "--combine",
      "--out",
      join(suite(), "gop"),
    ]);
    expect(run.status).toBe(0);
    expect(readdirSync(join(suite(), "gop")).sort()).toEqual([
      "01-SGDDT-so-giao-duc-va-dao-tao.kiem-tra.xlsx",
      "02-UBND-ANTHI-ubnd-huyen-an-thi.kiem-tra.xlsx",
      "03-UBND-TIENLU-ubnd-huyen-tien-lu.kiem-tra.xlsx",
      "don-doc.docx",
      "manifest.csv",
      "manifest.json",
    ]);
    const xml = docxParts(readFileSync(join(suite(), "gop", "don-doc.docx"))).get("word/document.xml")!;
    const text = documentText(join(suite(), "gop", "don-doc.docx"));
    REJECTED.forEach(({ name }, i) => {
      expect(text).toContain(`Kính gửi: ${name}.`);
      expect(text).toContain(`Số: ${15 + i}/STTTT-TTr`);
    });
    expect(text.indexOf("Sở Giáo dục và Đào tạo")).toBeLessThan(text.indexOf("UBND huyện Ân Thi"));
    // Each letter is its own section starting on a new page.
    expect(xml.match(/<w:sectPr/g)!.length).toBeGreaterThanOrEqual(3);
    const manifest = readManifest(join(suite(), "gop"));
    expect(manifest.combined).toBe("don-doc.docx");
    expect(manifest.letters.map((row) => row.file)).toEqual(["don-doc.docx", "don-doc.docx", "don-doc.docx"]);
  });

  it("ket-qua-kiem-tra --rejected: each unit's findings from its latest validation, as a table (draft numbers)", async () => {
    const run = await runBaocao([
      "-w",
      ws,
      "letters",
      "ket-qua-kiem-tra",
      "--rejected",
      "--period",
      "2023-H1",
      "--draft",
      "--date",
      "20/06/2023",
      "--unit",
      "UBND-ANTHI",
      "UBND-TIENLU",
    ]);
    expect(run.status).toBe(0);
    const anthi = documentText(out("ket-qua-kiem-tra", "01-UBND-ANTHI-ubnd-huyen-an-thi.docx"));
    expect(anthi).toContain("Số: /STTTT-TTr");
    expect(anthi).toContain("Hưng Yên, ngày tháng 6 năm 2023");
    expect(anthi).toContain("Kính gửi: UBND huyện Ân Thi.");
    expect(anthi).toContain("Qua kiểm tra, biểu mẫu có 1 lỗi phải sửa, cụ thể như sau:");
    expect(anthi).toMatch(
      /\n1\nChỉ tiêu\nD15\nLỗi: Ô D15 \(Kỳ này\) phải là số, đang ghi "khoảng 20 tin"\.\nChỉ ghi chữ số/,
    );
    const tienlu = documentText(out("ket-qua-kiem-tra", "02-UBND-TIENLU-ubnd-huyen-tien-lu.docx"));
    expect(tienlu).toContain("Kính gửi: UBND huyện Tiên Lữ.");
    expect(tienlu).toContain("C2");
    expect(tienlu).toContain("Tiên Lãng");
    expect(readManifest(out("ket-qua-kiem-tra")).letters.map((row) => row.number)).toEqual([null, null]);
  });

  it("a recipient missing a field fails alone: the others are made, the manifest says why, exit 1", async () => {
    const list = join(suite(), "moi-hop.csv");
    writeFileSync(
      list,
      "\uFEFFMã,Tên đơn vị,Chức vụ\r\nCAT,Công an tỉnh Hưng Yên,Giám đốc\r\nX1,Hội Nhà báo tỉnh,\r\nX2,../../etc/passwd,Chủ tịch\r\n",
    );
    const dir = join(suite(), "moi-hop");
    const run = await runBaocao([
      "-w",
      ws,
      "letters",
      "moi-hop",
      "--to",
      list,
      "--number-from",
      "7",
      "--date",
      "01/07/2023",
      "--out",
      dir,
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("✘ Công văn 2 (X1 Hội Nhà báo tỉnh): thiếu trường recipient.chuc_vu");
    expect(run.stdout).toContain("Đã tạo 2 công văn");
    expect(run.stdout).toContain("1/3 công văn không tạo được");
    expect(readdirSync(dir).sort()).toEqual([
      "01-CAT-cong-an-tinh-hung-yen.docx",
      "01-CAT-cong-an-tinh-hung-yen.meta.json",
      "03-X2-etc-passwd.docx",
      "03-X2-etc-passwd.meta.json",
      "manifest.csv",
      "manifest.json",
    ]);
    expect(documentText(join(dir, "01-CAT-cong-an-tinh-hung-yen.docx"))).toContain(
      "trân trọng kính mời Giám đốc Công an tỉnh Hưng Yên dự hội nghị",
    );
    expect(documentText(join(dir, "01-CAT-cong-an-tinh-hung-yen.docx"))).toContain("Số: 07/STTTT-TTr");
    expect(documentText(join(dir, "03-X2-etc-passwd.docx"))).toContain("Số: 09/STTTT-TTr");
    expect(documentText(join(dir, "03-X2-etc-passwd.docx"))).toContain("Kính gửi: ../../etc/passwd.");
    const manifest = readManifest(dir);
    expect(manifest).toMatchObject({ total: 3, ok: 2, failed: 1 });
    expect(manifest.letters[1]).toEqual({
      index: 2,
      code: "X1",
      name: "Hội Nhà báo tỉnh",
      number: "08/STTTT-TTr",
      file: null,
      attachment: null,
      status: "failed",
      error: "thiếu trường recipient.chuc_vu",
      missing: ["recipient.chuc_vu"],
    });
    expect(readFileSync(join(dir, "manifest.csv"), "utf8")).toContain(
      "2,X1,Hội Nhà báo tỉnh,,08/STTTT-TTr,không tạo được,thiếu trường recipient.chuc_vu,recipient.chuc_vu\r\n",
    );
  });

  it("--dry-run lists what would be made and the missing fields, and writes nothing", async () => {
    const list = join(suite(), "thu-nghiem.csv");
    writeFileSync(list, "ten;chuc_vu;tinh\nSở A;Giám đốc;Hưng Yên\nSở B;;Hưng Yên\nSở C;Giám đốc;Thái Bình\n");
    const dir = join(suite(), "dry");
    const run = await runBaocao([
      "-w",
      ws,
      "letters",
      "moi-hop",
      "--to",
      list,
      "--where",
      "tinh=hung yen",
      "--number-from",
      "3",
      "--out",
      dir,
      "--dry-run",
    ]);
    expect(run.status).toBe(1);
    expect(existsSync(dir)).toBe(false);
    expect(run.stdout).toContain("Chạy thử (không ghi gì): sẽ tạo 1/2 công văn");
    expect(run.stdout).toContain("1 ✔ Sở A → 01-so-a.docx  số 03/STTTT-TTr");
    expect(run.stdout).toContain("2 ✘ Sở B: thiếu trường recipient.chuc_vu");
    expect(run.stdout).not.toContain("Sở C");
    const json = await runBaocao(["-w", ws, "letters", "moi-hop", "--to", list, "--out", dir, "--dry-run", "--json"]);
    const manifest = JSON.parse(json.stdout) as Manifest;
    expect(manifest).toMatchObject({ dryRun: true, total: 3, ok: 2, failed: 1 });
    expect(manifest.letters[1]).toMatchObject({
      name: "Sở B",
      status: "failed",
      missing: ["recipient.chuc_vu"],
      number: null,
    });
    expect(existsSync(dir)).toBe(false);
  });

  it("reads recipients from an .xlsx list too", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh sách");
    sheet.addRow(["Mã đơn vị", "Tên đơn vị", "Chức vụ"]);
    sheet.addRow(["UBND-VANLAM", "UBND huyện Văn Lâm", "Chủ tịch"]);
    sheet.addRow(["X5", "Đoàn Thanh niên tỉnh", "Bí thư"]);
    const list = join(suite(), "ds.xlsx");
    writeFileSync(list, Buffer.from(await workbook.xlsx.writeBuffer()));
    const run = await runBaocao([
      "-w",
      ws,
      "letters",
      "moi-hop",
      "--to",
      list,
      "--kind",
      "district",
      "--draft",
      "--out",
      join(suite(), "xlsx"),
      "--json",
    ]);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Manifest).letters.map((row) => row.file)).toEqual([
      "01-UBND-VANLAM-ubnd-huyen-van-lam.docx",
    ]);
    expect(documentText(join(suite(), "xlsx", "01-UBND-VANLAM-ubnd-huyen-van-lam.docx"))).toContain(
      "kính mời Chủ tịch UBND huyện Văn Lâm dự hội nghị",
    );
  });

  it("--json prints the manifest only; the workspace's units filtered by kind", async () => {
    const dir = join(suite(), "dn");
    const run = await runBaocao([
      "-w",
      ws,
      "letters",
      "de-nghi-bao-cao",
      "--kind",
      "enterprise",
      "--period",
      "2023-H1",
      "--number-from",
      "100",
      "--date",
      "01/06/2023",
      "--out",
      dir,
      "--json",
    ]);
    expect(run.status).toBe(0);
    const manifest = JSON.parse(run.stdout) as Manifest;
    expect(manifest.letters.map((row) => [row.code, row.number, row.file])).toEqual([
      ["VNPT", "100/STTTT-TTr", "01-VNPT-vnpt-hung-yen.docx"],
      ["VIETTEL", "101/STTTT-TTr", "02-VIETTEL-viettel-hung-yen.docx"],
      ["MOBIFONE", "102/STTTT-TTr", "03-MOBIFONE-mobifone-hung-yen.docx"],
      ["FPT", "103/STTTT-TTr", "04-FPT-fpt-chi-nhanh-hung-yen.docx"],
    ]);
    const text = documentText(join(dir, "02-VIETTEL-viettel-hung-yen.docx"));
    expect(text).toContain("Kính gửi: Viettel Hưng Yên.");
    expect(text).toContain("Số: 101/STTTT-TTr");
    expect(text).toContain("từ ngày 15/12/2022 đến ngày 14/6/2023");
    expect(text).toContain("(tệp 2023-H1-VIETTEL.xlsx)");
    expect(text).toContain("chậm nhất ngày 19/6/2023");
  });

  it("a custom Word template is filled per recipient, with a findings table; a missing placeholder names it and the recipient", async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const template = join(suite(), "Thư mời.docx");
    writeFileSync(
      template,
      await Packer.toBuffer(
        new Document({
          sections: [
            {
              children: [
                new Paragraph({ children: [new TextRun("Số: {{documentNumber}}/{{symbol}} — {{placeDate}}")] }),
                new Paragraph({
                  children: [new TextRun("Kính gửi: {{chuc_vu}} "), new TextRun({ text: "{{name}}", bold: true })],
                }),
                new Paragraph("Kỳ báo cáo: {{label}}."),
                new Table({
                  rows: [
                    new TableRow({ children: [cell("Ô"), cell("Nội dung")] }),
                    new TableRow({ children: [cell("{{findings.cell}}"), cell("{{findings.message}}")] }),
                  ],
                }),
              ],
            },
          ],
        }),
      ),
    );
    const list = join(suite(), "word.csv");
    writeFileSync(
      list,
      "ma,ten,chuc_vu\nUBND-ANTHI,UBND huyện Ân Thi,Chủ tịch\nCAT,Công an tỉnh Hưng Yên,\nX9,Hội Luật gia tỉnh,Chủ tịch\n",
    );
    const dir = join(suite(), "word");
    const run = await runBaocao([
      "-w",
      ws,
      "letters",
      template,
      "--to",
      list,
      "--period",
      "2023-H1",
      "--number-from",
      "21",
      "--date",
      "05/07/2023",
      "--out",
      dir,
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("✘ Công văn 2 (CAT Công an tỉnh Hưng Yên): thiếu trường chuc_vu");
    expect(readdirSync(dir).sort()).toEqual([
      "01-UBND-ANTHI-ubnd-huyen-an-thi.docx",
      "03-X9-hoi-luat-gia-tinh.docx",
      "manifest.csv",
      "manifest.json",
    ]);
    const anthi = documentText(join(dir, "01-UBND-ANTHI-ubnd-huyen-an-thi.docx"));
    expect(anthi).toContain("Số: 21/STTTT-TTr — Hưng Yên, ngày 05 tháng 7 năm 2023");
    expect(anthi).toContain("Kính gửi: Chủ tịch UBND huyện Ân Thi");
    expect(anthi).toContain("Kỳ báo cáo: 6 tháng đầu năm 2023.");
    expect(anthi).toContain("D15");
    expect(anthi).toContain('Ô D15 (Kỳ này) phải là số, đang ghi "khoảng 20 tin".');
    const other = documentText(join(dir, "03-X9-hoi-luat-gia-tinh.docx"));
    expect(other).toContain("Số: 23/STTTT-TTr");
    expect(other).toContain("Kính gửi: Chủ tịch Hội Luật gia tỉnh");
    expect(other).not.toContain("{{");
    expect(readManifest(dir).letters[1]).toMatchObject({ code: "CAT", status: "failed", missing: ["chuc_vu"] });
  });

  it("a large batch is laid out on worker threads when BAOCAO_WORKERS asks, giving the very letters the main thread gives", async () => {
    const rows = Array.from({ length: 45 }, (_, i) => `D${i},Đơn vị số ${i + 1},Giám đốc`);
    const big = join(suite(), "lon.csv");
    const small = join(suite(), "nho.csv");
    writeFileSync(big, ["ma,ten,chuc_vu", ...rows].join("\n"));
    writeFileSync(small, ["ma,ten,chuc_vu", ...rows.slice(0, 5)].join("\n"));
    const common = ["-w", ws, "letters", "moi-hop", "--number-from", "501", "--date", "02/07/2023", "-q"];
    // Built-in letters use workers only when asked (src/letters/render/pool.ts, renderWorkers).
    const workers = { env: { BAOCAO_WORKERS: "2" } };
    expect((await runBaocao([...common, "--to", big, "--out", join(suite(), "lon")], workers)).status).toBe(0);
    expect((await runBaocao([...common, "--to", small, "--out", join(suite(), "nho")])).status).toBe(0);
    expect((await runBaocao([...common, "--to", big, "--out", join(suite(), "lon-1")])).status).toBe(0);
    const files = readdirSync(join(suite(), "lon")).filter((name) => name.endsWith(".docx"));
    for (const name of files)
      expect(readFileSync(join(suite(), "lon", name)).equals(readFileSync(join(suite(), "lon-1", name))), name).toBe(
        true,
      );
    expect(files).toHaveLength(45);
    for (const i of [0, 22, 44]) {
      const text = documentText(join(suite(), "lon", files[i]!));
      expect(text).toContain(`Kính gửi: Đơn vị số ${i + 1}.`);
      expect(text).toContain(`Số: ${501 + i}/STTTT-TTr`);
    }
    expect(
      readFileSync(join(suite(), "lon", "05-D4-don-vi-so-5.docx")).equals(
        readFileSync(join(suite(), "nho", "05-D4-don-vi-so-5.docx")),
      ),
    ).toBe(true);
  });

  it("a large batch from a Word template is filled on worker threads, giving the very letters the main thread gives", async () => {
    const template = join(suite(), "Giấy mời.docx");
    writeFileSync(
      template,
      await Packer.toBuffer(
        new Document({
          sections: [
            {
              children: [
                new Paragraph("Số: {{documentNumber}}/{{symbol}}"),
                new Paragraph("Kính gửi: {{chuc_vu}} {{name}}."),
              ],
            },
          ],
        }),
      ),
    );
    const rows = Array.from({ length: 45 }, (_, i) => `W${i},Đơn vị số ${i + 1},${i === 30 ? "" : "Giám đốc"}`);
    const big = join(suite(), "word-lon.csv");
    const small = join(suite(), "word-nho.csv");
    writeFileSync(big, ["ma,ten,chuc_vu", ...rows].join("\n"));
    writeFileSync(small, ["ma,ten,chuc_vu", ...rows.slice(0, 5)].join("\n"));
    const common = ["-w", ws, "letters", template, "--number-from", "601", "--date", "02/07/2023", "-q"];
    const run = await runBaocao([...common, "--to", big, "--out", join(suite(), "word-lon")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("(W30 Đơn vị số 31): thiếu trường chuc_vu");
    expect((await runBaocao([...common, "--to", small, "--out", join(suite(), "word-nho")])).status).toBe(0);
    const files = readdirSync(join(suite(), "word-lon")).filter((name) => name.endsWith(".docx"));
    expect(files).toHaveLength(44);
    expect(documentText(join(suite(), "word-lon", files[43]!))).toContain("Kính gửi: Giám đốc Đơn vị số 45.");
    const fifth = "05-W4-don-vi-so-5.docx";
    expect(readFileSync(join(suite(), "word-lon", fifth)).equals(readFileSync(join(suite(), "word-nho", fifth)))).toBe(
      true,
    );
  });

  it("a broken workspace template is reported in Vietnamese, and in English with --lang en", async () => {
    writeFileSync(
      join(ws, "templates", "hong.hbs"),
      "---\nkind: letter\nsummary: thử\n---\n{{#each units}}\n{{/if}}\n",
    );
    const args = ["-w", ws, "letters", "hong", "--draft", "--dry-run"];
    const vi = await runBaocao(args);
    expect(vi.status).toBe(2);
    expect(vi.stderr).toContain("hong.hbs:5: khối {{#each}} lại được đóng bằng {{/if}}; phải đóng bằng {{/each}}");
    const en = await runBaocao([...args, "--lang", "en"]);
    expect(en.stderr).toContain("hong.hbs:5: {{#each}} is closed by {{/if}}; close it with {{/each}}");
  });

  it("a template naming another issuer in its front matter numbers and signs as that issuer", async () => {
    writeFileSync(
      join(ws, "templates", "ubnd-giao.hbs"),
      "---\nkind: letter\nissuer: ubnd\nsummary: giao nhiệm vụ\n---\n{{issuer.shortName}} giao {{recipient.name}} chủ trì ({{reference}}).\n",
    );
    const dir = join(suite(), "ubnd");
    const run = await runBaocao([
      "-w",
      ws,
      "letters",
      "ubnd-giao",
      "--unit",
      "CAT",
      "--number-from",
      "5",
      "--date",
      "03/07/2023",
      "--out",
      dir,
      "--json",
    ]);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Manifest).letters[0]?.number).toBe("05/UBND-KGVX");
    const text = documentText(join(dir, "01-CAT-cong-an-tinh-hung-yen.docx"));
    expect(text).toContain("Số: 05/UBND-KGVX");
    expect(text).toContain("UBND tỉnh giao Công an tỉnh Hưng Yên chủ trì (05/UBND-KGVX ngày 03/7/2023).");
    expect(text).toContain("Nguyễn Duy Hưng");
  });

  it("says what is wrong with the options (exit 2), before writing anything", async () => {
    const cases: [string[], string][] = [
      [["don-doc", "--missing", "--number-from", "1"], "--missing cần kỳ báo cáo"],
      [["don-doc", "--period", "2023-H1"], "Thiếu --number-from"],
      [["don-doc", "--period", "2023-H1", "--draft", "--number-from", "1"], "Chỉ dùng một trong --number-from"],
      [["don-doc", "--period", "2023-H1", "--draft", "--unit", "KHONGCO"], 'Không có đơn vị mã "KHONGCO"'],
      [["don-doc", "--period", "2023-H1", "--draft", "--where", "mau_sac=do"], '--where: không có trường "mau_sac"'],
      [["../../x", "--draft"], 'Tên mẫu "../../x" không hợp lệ'],
      [["don-doc", "--period", "2023-H1", "--draft", "--to", "khong-co.csv"], "Không tìm thấy khong-co.csv"],
      [["mau.docx", "--draft", "--combine"], "--combine chỉ dùng với mẫu .hbs"],
      [["don-doc", "--period", "2023-H1", "--draft", "--ref", "hôm trước"], '--ref "hôm trước" chưa đúng dạng'],
      [["don-doc", "--period", "2023-H1", "--draft", "--deadline", "31/02/2023"], "--deadline"],
      [
        ["don-doc", "--period", "2023-H1", "--draft", "--date", "20/06/2023", "--deadline", "19/06/2023"],
        "Thời hạn mới 19/6/2023 (--deadline) phải sau ngày của công văn (20/6/2023)",
      ],
      [["moi-hop", "--draft", "--deadline", "30/06/2023"], "--deadline cần kỳ báo cáo"],
    ];
    for (const [args, message] of cases) {
      const run = await runBaocao(["-w", ws, "letters", ...args], { cwd: suite() });
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toContain(message);
    }
  });

  it("Ctrl+C in the middle of a batch: exit 130, every letter written whole, no temporary file, inputs untouched", async () => {
    // Enough letters to take a few seconds on any machine (the large-batch path).
    const count = 3000;
    const list = join(suite(), "ctrl-c.csv");
    writeFileSync(
      list,
      ["ma,ten,chuc_vu", ...Array.from({ length: count }, (_, i) => `N${i},Đơn vị số ${i + 1},Giám đốc`)].join("\n"),
    );
    const inputs = [list, join(ws, "baocao.yaml"), join(ws, "templates", "moi-hop.hbs")];
    const before = inputs.map((file) => readFileSync(file));
    // Interrupted at three moments (after the first letter, then later ones), so that the signal finds
    // letters being written, not only a batch between two letters.
    for (const [round, after] of [1, 40, 80].entries()) {
      const dir = join(suite(), `ctrl-c-${round}`);
      const child = spawn(
        process.execPath,
        [BIN, "-w", ws, "letters", "moi-hop", "--to", list, "--number-from", "1", "--date", "02/07/2023", "--out", dir],
        {
          stdio: "ignore",
          env: { ...process.env, NO_COLOR: "1" },
        },
      );
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on("exit", (code, signal) => resolve({ code, signal })),
      );
      const letters = () => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".docx")) : []);
      // Wait for the batch to be under way, however slow the machine.
      const waitUntil = Date.now() + 90_000;
      while (letters().length < after && child.exitCode === null && Date.now() < waitUntil)
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(letters().length, `${after} letters not written within 90 s`).toBeGreaterThanOrEqual(after);
      child.kill("SIGINT");
      // 130: the shell's code for SIGINT (src/io/interrupt.ts), not 0, 1 or 2 (DESIGN §6): the batch did not finish.
      expect(await exited).toEqual({ code: 130, signal: null });

      const names = readdirSync(dir);
      expect(names.filter((name) => name.startsWith(".") || name.endsWith(".tmp"))).toEqual([]);
      const written = names.filter((name) => name.endsWith(".docx"));
      expect(written.length).toBeGreaterThanOrEqual(after);
      expect(written.length).toBeLessThan(count);
      for (const name of written) {
        // A letter cut off half-way would not unzip, or would lack its body.
        expect(docxParts(readFileSync(join(dir, name))).get("word/document.xml"), name).toContain("</w:body>");
      }
    }
    expect(inputs.map((file) => readFileSync(file))).toEqual(before);
  }, 300_000);

  it("a recipient list over the limit is refused whole (exit 2) with the limit and the count, never cut", async () => {
    let text = "ten,ma\n";
    for (let i = 1; i <= 20_100; i++) text += `Đơn vị ${i},M${i}\n`;
    const list = join(suite(), "qua-dai.csv");
    writeFileSync(list, text);
    const dir = join(suite(), "qua-dai");
    for (const extra of [["--dry-run"], []]) {
      const run = await runBaocao(
        ["-w", ws, "letters", "moi-hop", "--to", "qua-dai.csv", "--draft", "--out", dir, ...extra],
        {
          cwd: suite(),
        },
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("qua-dai.csv có 20100 người nhận, quá giới hạn 20000 người nhận");
      expect(run.stdout).not.toContain("20000/20000");
      expect(existsSync(dir)).toBe(false);
    }
    const en = await runBaocao(["-w", ws, "letters", "moi-hop", "--to", list, "--draft", "--dry-run", "--lang", "en"]);
    expect(en.stderr).toContain("holds 20100 recipients, over the limit of 20000 recipients per run");
  });

  it("a malformed CSV list is named with its line, in our words, not the parser's", async () => {
    const list = join(suite(), "nhay.csv");
    writeFileSync(list, 'ten,ma\nSở A,1\nSở "B",2\n');
    const run = await runBaocao(["-w", ws, "letters", "moi-hop", "--to", "nhay.csv", "--draft", "--dry-run"], {
      cwd: suite(),
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Không đọc được nhay.csv như tệp CSV (dòng 3): có dấu nháy kép");
    expect(run.stderr).not.toMatch(/Quote|Invalid/);
  });

  it("a folder given as --to or as the Word template, or a malformed Word template: exit 2 naming the file, no stack", async () => {
    const base = suite();
    mkdirSync(join(base, "thu-muc.csv"), { recursive: true });
    mkdirSync(join(base, "thu-muc.docx"), { recursive: true });
    const good = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph("Kính gửi: {{name}}")] }] }),
    );
    const broken = (edit: (xml: string) => string) => {
      const entries = readZipEntries(good).map((entry) =>
        entry.name === "word/document.xml" ? { ...entry, data: Buffer.from(edit(entry.data.toString("utf8"))) } : entry,
      );
      return makeZip(entries);
    };
    writeFileSync(
      join(base, "ky-tu.docx"),
      broken((xml) => xml.replace("Kính gửi", "Kính &#1114112; gửi")),
    );
    writeFileSync(
      join(base, "khong-dong.docx"),
      broken((xml) => xml.replace("</w:body>", "")),
    );
    writeFileSync(
      join(base, "truong-hong.docx"),
      broken((xml) =>
        xml.replace(
          "</w:body>",
          '<w:p><w:moveFrom w:id="90" w:author="a"><w:r><w:t>{{an}}</w:t></w:r></w:moveFrom></w:p></w:body>',
        ),
      ),
    );
    const cases: [string[], string][] = [
      [
        ["moi-hop", "--to", "thu-muc.csv"],
        "thu-muc.csv là một thư mục, không phải tệp. Ghi --to là đường dẫn tới tệp danh sách người nhận",
      ],
      [["thu-muc.docx"], "thu-muc.docx là một thư mục, không phải tệp. Ghi đường dẫn tới tệp mẫu Word"],
      [
        ["ky-tu.docx"],
        'Không dùng được mẫu Word ky-tu.docx: phần word/document.xml (dòng 1) không phải XML hợp lệ: "&#1114112;" không phải ký hiệu',
      ],
      [["truong-hong.docx"], "Không dùng được mẫu Word truong-hong.docx: không đọc được trường {{an}}"],
      [
        ["khong-dong.docx"],
        "Không dùng được mẫu Word khong-dong.docx: phần word/document.xml (dòng 1) không phải XML hợp lệ: thẻ đóng </w:document> không khớp thẻ mở <w:body>",
      ],
    ];
    for (const [args, message] of cases) {
      const run = await runBaocao(["-w", ws, "letters", ...args, "--draft", "--unit", "CAT", "--out", "x"], {
        cwd: base,
      });
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toContain(message);
      expect(run.stderr, args.join(" ")).not.toMatch(/Lỗi nội bộ|\n\s+at |Invalid XML/);
      expect(existsSync(join(base, "x")), args.join(" ")).toBe(false);
    }
    const en = await runBaocao(["-w", ws, "letters", "khong-dong.docx", "--draft", "--lang", "en"], { cwd: base });
    expect(en.stderr).toContain("its part word/document.xml (line 1) is not well-formed XML");
  });

  it.skipIf(process.platform === "win32")(
    "a FIFO as --to or as the Word template is refused before it is opened (no hang)",
    () => {
      const base = suite();
      execFileSync("mkfifo", [join(base, "ong.csv"), join(base, "ong.docx")]);
      const list = runCli(["-w", ws, "letters", "moi-hop", "--to", "ong.csv", "--draft", "--dry-run"], { cwd: base });
      expect(list.status).toBe(2);
      expect(list.stderr).toContain("ong.csv không phải tệp thông thường (có thể là FIFO hay thiết bị)");
      const word = runCli(["-w", ws, "letters", "ong.docx", "--draft", "--dry-run", "--lang", "en"], { cwd: base });
      expect(word.status).toBe(2);
      expect(word.stderr).toContain("ong.docx is not a regular file (a FIFO or a device?)");
    },
  );

  it("bad front matter is one exit-2 error before any letter is made, not a failure per letter", async () => {
    const fronts = [
      ["kind: letter\nsummary: *moc", "phần đầu (front matter) có lỗi cú pháp YAML: tham chiếu (*) không hợp lệ"],
      ["kind: letter\nsummary: [chua dong", "phần đầu (front matter) có lỗi cú pháp YAML"],
      ["- a\n- b", "phần đầu (front matter) phải là các dòng khóa: giá trị"],
      ["kind: 5\nsummary: thử", 'phần đầu (front matter) "kind" không hợp lệ'],
    ];
    for (const [i, [front, message]] of fronts.entries()) {
      // One file each: a process compiles a template file once.
      const name = `dau-hong-${i}`;
      writeFileSync(join(ws, "templates", `${name}.hbs`), `---\n${front}\n---\nKính mời {{recipient.name}}.\n`);
      const dir = join(suite(), name);
      for (const extra of [["--dry-run"], []]) {
        const run = await runBaocao(["-w", ws, "letters", name, "--draft", "--out", dir, ...extra]);
        expect(run.status, front).toBe(2);
        expect(run.stderr, front).toContain(`${name}.hbs`);
        expect(run.stderr, front).toContain(message);
        expect(run.stderr, front).not.toMatch(/Công văn \d|lường trước|Unresolved/);
        expect(run.stdout, front).toBe("");
        expect(existsSync(dir), front).toBe(false);
      }
    }
  });

  it('{{lookup this "constructor"}} is a missing field of the letter, with no library warning on stderr', async () => {
    writeFileSync(
      join(ws, "templates", "tra-cuu.hbs"),
      '---\nkind: letter\nsummary: thử\n---\nKính mời {{recipient.name}} {{lookup this "constructor"}} {{lookup recipient "toString"}}.\n',
    );
    const dir = join(suite(), "tra-cuu");
    const run = await runBaocao(["-w", ws, "letters", "tra-cuu", "--draft", "--unit", "CAT", "--out", dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("✘ Công văn 1 (CAT Công an tỉnh Hưng Yên): thiếu trường this.constructor");
    expect(run.stderr).not.toMatch(/Handlebars|Access has been denied|own property/);
    expect(readManifest(dir).letters[0]).toMatchObject({ status: "failed", missing: ["this.constructor"] });
  });

  it("an empty selection makes nothing and says so", async () => {
    const run = await runBaocao([
      "-w",
      ws,
      "letters",
      "don-doc",
      "--period",
      "2023-H1",
      "--draft",
      "--kind",
      "enterprise",
      "--missing",
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Không có người nhận nào phù hợp");
  });
});
