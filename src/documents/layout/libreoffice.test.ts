// The rendered documents as LibreOffice lays them out: converted to PDF, read back with poppler.
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../../test/helpers/temp-dir.js";
import type { Appendix, Block } from "../model.js";
import { renderDocument } from "./render.js";
import { sampleLetter, sampleReport } from "../../../test/helpers/document-samples.js";
import { convertWithLibreOffice } from "../../../test/helpers/libreoffice.js";

const hasTool = (command: string, flag: string) => spawnSync(command, [flag], { stdio: "ignore" }).status === 0;
const tools =
  hasTool("soffice", "--version") &&
  hasTool("pdftotext", "-v") &&
  hasTool("pdfinfo", "-v") &&
  hasTool("pdffonts", "-v");

/** Converts the .docx files to PDF in `dir`, with a profile of its own (other soffice runs may be open). */
function toPdf(dir: string, files: readonly string[]): void {
  convertWithLibreOffice(files, "pdf", dir);
}

function pages(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

function pageText(pdf: string, page: number): string {
  return execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" });
}

function pageSize(pdf: string, page: number): [number, number] {
  const info = execFileSync("pdfinfo", ["-f", String(page), "-l", String(page), pdf], { encoding: "utf8" });
  const match = /size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return [Number(match?.[1]), Number(match?.[2])];
}

const firstLine = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .find((line) => line !== "") ?? "";
const flat = (text: string) => text.replace(/\s+/g, " ");

describe.skipIf(!tools)("in LibreOffice", () => {
  it("lays out the letter and the report", async () => {
    const dir = tempDir();
    const letter = join(dir, "letter.docx");
    const report = join(dir, "report.docx");
    writeFileSync(letter, await renderDocument(sampleLetter()));
    writeFileSync(report, await renderDocument(sampleReport()));
    toPdf(dir, [letter, report]);

    const letterPdf = join(dir, "letter.pdf");
    expect(pages(letterPdf)).toBe(2);
    const one = pageText(letterPdf, 1);
    for (const expected of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "ỦY BAN NHÂN DÂN",
      "Kính gửi:",
      "/UBND-KGVX",
    ]) {
      expect(one).toContain(expected);
    }
    expect(flat(one)).toContain("Hưng Yên, ngày tháng 7 năm 2023");
    // The number and the date are on one line.
    expect(one.split("\n").some((line) => line.includes("/UBND-KGVX") && line.includes("Hưng Yên, ngày"))).toBe(true);
    // The first line of page 1 is the header, not a page number; page 2 starts with its number.
    expect(firstLine(one)).toMatch(/ỦY BAN NHÂN DÂN/);
    const two = pageText(letterPdf, 2);
    expect(firstLine(two)).toBe("2");
    expect(two).toContain("Nơi nhận:");
    expect(two).toContain("- Lưu: VT, KGVX.");
    expect(two).toContain("hoạt động./.");
    expect(two).toContain("Nguyễn Duy Hưng");
    // "Nơi nhận:" and the signer's authority are on one line.
    expect(two.split("\n").some((line) => line.includes("Nơi nhận:") && line.includes("TM. ỦY BAN NHÂN DÂN"))).toBe(
      true,
    );

    const reportPdf = join(dir, "report.pdf");
    expect(pages(reportPdf)).toBe(3);
    const first = pageText(reportPdf, 1);
    expect(first).toContain("BÁO CÁO");
    expect(first).toContain("Số: 841/BC-STTTT");
    expect(first).toContain("Kính gửi: Ủy ban nhân dân tỉnh Hưng Yên.");
    expect(firstLine(first)).toMatch(/UBND TỈNH HƯNG YÊN/);
    // The chart is drawn: its title, categories and legend are text in the PDF.
    const all = [1, 2].map((page) => pageText(reportPdf, page)).join("\n");
    for (const expected of ["Số vụ vi phạm theo lĩnh vực", "Internet, ATTT", "6 tháng đầu năm 2022"]) {
      expect(all).toContain(expected);
    }
    // The appendix: a landscape page whose pages are numbered apart (Phụ lục I, III.1.đ): its first
    // page, like the document's, shows no number.
    const [width, height] = pageSize(reportPdf, 3);
    expect(width).toBeGreaterThan(height);
    const appendix = pageText(reportPdf, 3);
    expect(firstLine(appendix)).toBe("Phụ lục I");
    expect(appendix).toContain("Tổng cộng");
    // A second appendix of three pages is numbered (none), 2, 3 — not on from the first appendix.
    const base = sampleReport();
    const filler: Block[] = Array.from({ length: 60 }, (_, i) => ({
      type: "paragraph",
      content: [{ text: `Dòng ${i + 1} của phụ lục.` }],
    }));
    const long = join(dir, "long.docx");
    const second: Appendix = { numeral: "II", title: "DANH SÁCH", subtitle: "", landscape: false, blocks: filler };
    writeFileSync(long, await renderDocument({ ...base, appendices: [...base.appendices, second] }));
    toPdf(dir, [long]);
    const longPdf = join(dir, "long.pdf");
    const total = pages(longPdf);
    expect(total).toBeGreaterThanOrEqual(6);
    expect(firstLine(pageText(longPdf, 4))).toBe("Phụ lục II");
    for (let page = 5; page <= total; page += 1) expect(firstLine(pageText(longPdf, page))).toBe(String(page - 3));
    // Everything is set in Times New Roman (or its metric twin, Liberation Serif, where it is not installed).
    for (const pdf of [letterPdf, reportPdf]) {
      const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" })
        .split("\n")
        .slice(2)
        .filter((l) => l.trim() !== "");
      for (const font of fonts) expect(font).toMatch(/^\w+\+(TimesNewRoman|LiberationSerif)/);
    }
  });
});
