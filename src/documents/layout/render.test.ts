import { createHash } from "node:crypto";
import { Packer } from "docx";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AdminDocument, Block } from "../model.js";
import { MOTTO, NATIONAL_TITLE } from "./columns.js";
import { docxParts, styledParagraphsOf, styleSheet } from "../../../test/helpers/docx-inspect.js";
import type { StyledParagraph as ParagraphInfo, StyleSheet } from "../../../test/helpers/docx-inspect.js";
import { textWidth } from "./metrics.js";
import { forgetPackageKinds, usableFrames } from "./package.js";
import { renderDocument } from "./render.js";
import { sampleLetter, sampleReport } from "../../../test/helpers/document-samples.js";
import { makeZip, readZipEntries as readZip } from "../../../test/helpers/zip.js";
import { xmlError } from "../../../test/helpers/well-formed.js";

let letter: Map<string, string>;
let report: Map<string, string>;
let letterBytes: Buffer;
/** The styles every document has (the same package options): how paragraphs and runs are read. */
let sheet: StyleSheet;

beforeAll(async () => {
  letterBytes = await renderDocument(sampleLetter());
  letter = docxParts(letterBytes);
  report = docxParts(await renderDocument(sampleReport()));
  sheet = styleSheet(letter.get("word/styles.xml") ?? "");
});

/** The paragraphs of a part with their effective formatting (document defaults, style, direct). */
const paragraphsOf = (xml: string): ParagraphInfo[] => styledParagraphsOf(xml, sheet);

function part(parts: Map<string, string>, name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`no part ${name}`);
  return xml;
}

const body = (parts: Map<string, string>) => part(parts, "word/document.xml");

function paragraph(parts: Map<string, string>, predicate: (text: string) => boolean): ParagraphInfo {
  const found = paragraphsOf(body(parts)).filter((p) => predicate(p.text));
  if (found.length !== 1) throw new Error(`expected one paragraph, found ${found.length}`);
  return found[0] as ParagraphInfo;
}

const exactly = (text: string) => (candidate: string) => candidate === text;
const startsWith = (text: string) => (candidate: string) => candidate.startsWith(text);

/** Every run with text in the paragraph has this size (half-points) and weight/slant. */
function expectRuns(p: ParagraphInfo, size: number, bold: boolean, italic: boolean): void {
  const runs = p.runs.filter((run) => run.text !== "");
  expect(runs.length).toBeGreaterThan(0);
  for (const run of runs) {
    expect({ text: run.text, size: run.size, bold: run.bold, italic: run.italic }).toEqual({
      text: run.text,
      size,
      bold,
      italic,
    });
  }
}

function alignment(p: ParagraphInfo): string | undefined {
  return /<w:jc w:val="(\w+)"\/>/.exec(p.props)?.[1];
}

function attribute(xml: string, element: string, name: string): number | undefined {
  const tag = new RegExp(`<w:${element}\\s[^>]*>`).exec(xml)?.[0];
  const value = tag === undefined ? undefined : new RegExp(`w:${name}="(-?\\d+)"`).exec(tag)?.[1];
  return value === undefined ? undefined : Number(value);
}

function withBody(doc: AdminDocument, blocks: readonly Block[]): AdminDocument {
  return { ...doc, body: blocks };
}

describe("a table too wide for a portrait page", () => {
  const wide: Block = {
    type: "table",
    header: Array.from({ length: 8 }, (_, index) => [{ text: `Cột ${index + 1}`, bold: true }]),
    rows: [Array.from({ length: 8 }, () => [{ text: "1.234.567.890" }])],
  };
  const sections = (xml: string) => [...xml.matchAll(/<w:pgSz [^>]*w:orient="(\w+)"\/>/g)].map((m) => m[1]);

  it("gets a landscape section of its own, and the content continues in portrait", async () => {
    const doc = withBody(sampleLetter(), [
      { type: "paragraph", content: [{ text: "Trước bảng." }] },
      wide,
      { type: "paragraph", content: [{ text: "Sau bảng." }] },
    ]);
    const xml = body(docxParts(await renderDocument(doc)));
    expect(sections(xml)).toEqual(["portrait", "landscape", "portrait"]);
    // Only the first section hides its page number (w:titlePg); the others number on.
    expect(xml.match(/<w:titlePg\/>/g)).toHaveLength(1);
    expect(xml).not.toMatch(/<w:pgNumType [^>]*w:start/);
    const texts = paragraphsOf(xml).map((p) => p.text);
    expect(texts).toContain("Sau bảng./.");
    // The figures fit the landscape width: 8 columns of at least the figure's width.
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const figureColumns = grid.filter((width) => width >= textWidth("1.234.567.890", 12, false) + 170);
    expect(figureColumns.length).toBeGreaterThanOrEqual(8);
  });

  it("ending the content, it carries the end mark and the closing follows in portrait", async () => {
    const doc = withBody(sampleLetter(), [{ type: "paragraph", content: [{ text: "Trước bảng." }] }, wide]);
    const xml = body(docxParts(await renderDocument(doc)));
    expect(sections(xml)).toEqual(["portrait", "landscape", "portrait"]);
    const texts = paragraphsOf(xml).map((p) => p.text);
    expect(texts).toContain("./.");
    expect(texts.indexOf("./.")).toBeLessThan(texts.indexOf("Nơi nhận:"));
  });
});

describe("page", () => {
  it("is A4 portrait with the default margins 20/20/30/15 mm", () => {
    const doc = body(letter);
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(doc).toContain('<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567"');
  });

  it("takes the document's margins", async () => {
    const base = sampleLetter();
    const parts = docxParts(
      await renderDocument({ ...base, meta: { ...base.meta, margins: { top: 25, bottom: 22, left: 35, right: 20 } } }),
    );
    expect(body(parts)).toContain('<w:pgMar w:top="1417" w:right="1134" w:bottom="1247" w:left="1984"');
  });

  it.each([
    { top: 19, bottom: 20, left: 30, right: 15 },
    { top: 20, bottom: 26, left: 30, right: 15 },
    { top: 20, bottom: 20, left: 29, right: 15 },
    { top: 20, bottom: 20, left: 36, right: 15 },
    { top: 20, bottom: 20, left: 30, right: 21 },
    { top: Number.NaN, bottom: 20, left: 30, right: 15 },
  ])("refuses margins outside the decree's ranges: %o", async (margins) => {
    const base = sampleLetter();
    await expect(renderDocument({ ...base, meta: { ...base.meta, margins } })).rejects.toThrow(RangeError);
  });
});

describe("fonts", () => {
  it("sets Times New Roman in all four slots and 14 pt in the document defaults", () => {
    const defaults = /<w:rPrDefault>(.*?)<\/w:rPrDefault>/s.exec(part(letter, "word/styles.xml"))?.[1] ?? "";
    for (const slot of ["ascii", "hAnsi", "eastAsia", "cs"]) {
      expect(defaults).toContain(`w:${slot}="Times New Roman"`);
    }
    expect(defaults).toContain('<w:sz w:val="28"/>');
  });

  it("names no other font in the document, its headers or its styles", () => {
    for (const parts of [letter, report]) {
      for (const [name, xml] of parts) {
        if (!/^word\/(document|header\d+|styles)\.xml$/.test(name)) continue;
        const fonts = [...xml.matchAll(/<w:rFonts [^>]*\/>/g)].map((m) => m[0]);
        for (const tag of fonts) {
          expect(tag).toBe(
            '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>',
          );
        }
      }
    }
  });

  it("makes Times New Roman the theme's fonts and the chart's", () => {
    expect(part(report, "word/theme/theme1.xml")).toContain('<a:latin typeface="Times New Roman"/>');
    const chart = part(report, "word/charts/chart1.xml");
    const faces = new Set([...chart.matchAll(/<a:latin typeface="([^"]*)"/g)].map((m) => m[1]));
    expect([...faces]).toEqual(["Times New Roman"]);
  });
});

describe("header", () => {
  it("prints the Quốc hiệu 13 pt bold and the Tiêu ngữ 14 pt bold", () => {
    for (const parts of [letter, report]) {
      expectRuns(paragraph(parts, exactly(NATIONAL_TITLE)), 26, true, false);
      expectRuns(paragraph(parts, exactly(MOTTO)), 28, true, false);
    }
  });

  it("prints the issuing agency 13 pt bold caps and the parent agency 13 pt upright", () => {
    expectRuns(paragraph(letter, exactly("ỦY BAN NHÂN DÂN")), 26, true, false);
    expectRuns(paragraph(letter, exactly("TỈNH HƯNG YÊN")), 26, true, false);
    expectRuns(paragraph(report, exactly("UBND TỈNH HƯNG YÊN")), 26, false, false);
    expectRuns(paragraph(report, exactly("SỞ THÔNG TIN")), 26, true, false);
  });

  it("prints the number 13 pt, with a blank of six spaces in a draft", () => {
    expectRuns(paragraph(letter, exactly("Số:      /UBND-KGVX")), 26, false, false);
    expectRuns(paragraph(report, exactly("Số: 841/BC-STTTT")), 26, false, false);
    expect(body(letter)).toContain('<w:t xml:space="preserve">Số:      /UBND-KGVX</w:t>');
  });

  it("prints the place and date 14 pt italic, the draft with the day left blank", () => {
    expectRuns(paragraph(letter, exactly("Hưng Yên, ngày      tháng 7 năm 2023")), 28, false, true);
    expectRuns(paragraph(report, exactly("Hưng Yên, ngày 03 tháng 7 năm 2023")), 28, false, true);
  });

  it("prints a letter's V/v 12 pt upright, centred under the number", () => {
    const vv = paragraph(letter, startsWith("V/v "));
    expect(vv.text).toBe(
      "V/v tăng cường công tác phối hợp phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông",
    );
    expectRuns(vv, 24, false, false);
    expect(alignment(vv)).toBe("center");
    const paragraphs = paragraphsOf(body(letter)).map((p) => p.text);
    expect(paragraphs.indexOf(vv.text)).toBe(paragraphs.indexOf("Số:      /UBND-KGVX") + 1);
  });

  it("puts the header in a borderless two-column table, about 40 : 60", () => {
    const table = /<w:tbl>(.*?)<\/w:tbl>/s.exec(body(letter))?.[1] ?? "";
    const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/s.exec(table)?.[1] ?? "";
    const sides = [...borders.matchAll(/<w:(\w+) w:val="(\w+)"/g)].map((m) => [m[1], m[2]]);
    expect(sides).toEqual([
      ["top", "none"],
      ["left", "none"],
      ["bottom", "none"],
      ["right", "none"],
      ["insideH", "none"],
      ["insideV", "none"],
    ]);
    expect(table).not.toContain("<w:tcBorders>");
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toEqual([3742, 5613]);
    // The Quốc hiệu fits on one line of the right column.
    expect(textWidth(NATIONAL_TITLE, 13, true)).toBeLessThan(5613);
    // The number and the date open the second row, side by side.
    const rows = [...table.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((m) => paragraphsOf(m[1] ?? "").map((p) => p.text));
    expect(rows[1]?.[0]).toBe("Số:      /UBND-KGVX");
    expect(rows[1]).toContain("Hưng Yên, ngày      tháng 7 năm 2023");
  });

  it("rules the motto its full length and the agency 1/3–1/2 of its width", () => {
    const rules = paragraphsOf(body(letter)).filter((p) => p.xml.includes("<w:pBdr><w:bottom") && p.text === "");
    expect(rules.length).toBeGreaterThanOrEqual(2);
    const lengths = rules.map((rule) => {
      const left = attribute(rule.props, "ind", "left") ?? 0;
      const right = attribute(rule.props, "ind", "right") ?? 0;
      return { left, right };
    });
    // The issuer's rule, in the 3742-twip left column.
    const issuer = 3742 - (lengths[0]?.left ?? 0) - (lengths[0]?.right ?? 0);
    const issuerLine = textWidth("ỦY BAN NHÂN DÂN", 13, true);
    expect(issuer).toBeGreaterThanOrEqual(issuerLine / 3);
    expect(issuer).toBeLessThanOrEqual(issuerLine / 2);
    // The motto's rule, in the 5613-twip right column.
    const motto = 5613 - (lengths[1]?.left ?? 0) - (lengths[1]?.right ?? 0);
    expect(Math.abs(motto - textWidth(MOTTO, 14, true))).toBeLessThanOrEqual(2);
    expect(rules[0]?.xml).toContain('w:val="single"');
  });

  it("grows the header table into the margins when the Quốc hiệu would not fit", async () => {
    const base = sampleLetter();
    const parts = docxParts(
      await renderDocument({ ...base, meta: { ...base.meta, margins: { top: 20, bottom: 20, left: 35, right: 20 } } }),
    );
    const table = /<w:tbl>(.*?)<\/w:tbl>/s.exec(body(parts))?.[1] ?? "";
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid[1]).toBeGreaterThan(textWidth(NATIONAL_TITLE, 13, true));
    expect(attribute(table, "tblInd", "w")).toBeLessThan(0);
  });
});

describe("typed document title", () => {
  it("prints BÁO CÁO and the summary 14 pt bold centred, with a short rule under them", () => {
    const type = paragraph(report, exactly("BÁO CÁO"));
    expectRuns(type, 28, true, false);
    expect(alignment(type)).toBe("center");
    const summary = paragraph(report, startsWith("Kết quả công tác"));
    expect(summary.text).toBe(
      "Kết quả công tác phối hợp phòng, chống tội phạm trong lĩnh vực\nthông tin và truyền thông 6 tháng đầu năm 2023",
    );
    expectRuns(summary, 28, true, false);
    expect(alignment(summary)).toBe("center");
    const all = paragraphsOf(body(report));
    const rule = all[all.findIndex((p) => p.text === summary.text) + 1];
    expect(rule?.xml).toContain("<w:pBdr><w:bottom");
    const width = 9355 - (attribute(rule?.props ?? "", "ind", "left") ?? 0) * 2;
    const line = textWidth("Kết quả công tác phối hợp phòng, chống tội phạm trong lĩnh vực", 14, true);
    expect(width).toBeGreaterThanOrEqual(line / 3);
    expect(width).toBeLessThanOrEqual(line / 2);
  });

  it("has no type name in a letter", () => {
    expect(paragraphsOf(body(letter)).some((p) => p.text === "BÁO CÁO")).toBe(false);
  });
});

describe("Kính gửi", () => {
  it("puts a single recipient on the label's line, ending with a full stop", () => {
    const p = paragraph(report, startsWith("Kính gửi:"));
    expect(p.text).toBe("Kính gửi:\tỦy ban nhân dân tỉnh Hưng Yên.");
    expectRuns(p, 28, false, false);
    // The label 3.50 cm from the margin (Mẫu 1.5), the name after a tab, wrapping under itself.
    expect((attribute(p.xml, "ind", "left") ?? 0) - (attribute(p.xml, "ind", "hanging") ?? 0)).toBe(1984);
  });

  it("puts the label 3.50 cm in (Mẫu 1.5), then each recipient on its own line, the dashes under the colon", () => {
    const all = paragraphsOf(body(letter));
    const first = all.findIndex((p) => p.text.startsWith("Kính gửi:"));
    const lines = all.slice(first, first + 4);
    expect(lines.map((p) => p.text)).toEqual([
      "Kính gửi:",
      "- Các sở, ban ngành tỉnh;",
      "- UBND huyện, thị xã, thành phố;",
      "- Các doanh nghiệp viễn thông, CNTT.",
    ]);
    // "Kính gửi:" starts 3.50 cm (1984 twips) from the margin.
    expect(attribute(lines[0]!.xml, "ind", "left")).toBe(1984);
    // Each dash at the colon: the label's indent plus the width of "Kính gửi"; a wrapped recipient
    // continues past the "- " (left = dash + width of "- ", hanging = width of "- ").
    const dash = textWidth("- ", 14, false);
    const colon = 1984 + textWidth("Kính gửi", 14, false);
    for (const p of lines.slice(1)) {
      expect(attribute(p.xml, "ind", "left")).toBe(colon + dash);
      expect(attribute(p.xml, "ind", "hanging")).toBe(dash);
    }
    for (const p of lines) expectRuns(p, 28, false, false);
    // The last line has the block's space after it; "Kính gửi:" about 11.6 mm (660 twips) under the header.
    expect(attribute(lines[0]!.xml, "spacing", "before")).toBe(660);
  });
});

describe("content", () => {
  it("sets paragraphs 14 pt, justified, 1 cm first line, 6 pt after, 1.15 lines", () => {
    const p = paragraph(letter, startsWith("Sau khi xem xét"));
    expectRuns(p, 28, false, false);
    expect(alignment(p)).toBe("both");
    expect(attribute(p.props, "ind", "firstLine")).toBe(567);
    expect(attribute(p.props, "spacing", "after")).toBeGreaterThanOrEqual(120);
    expect(attribute(p.props, "spacing", "line")).toBe(276);
    expect(p.props).toContain('w:lineRule="auto"');
  });

  it("sets headings bold (level 3 bold italic)", () => {
    expectRuns(paragraph(report, exactly("I. KẾT QUẢ THỰC HIỆN")), 28, true, false);
    expectRuns(paragraph(report, exactly("1. Công tác tuyên truyền, phổ biến pháp luật")), 28, true, false);
    expectRuns(paragraph(report, exactly("a) Kết quả thanh tra, kiểm tra")), 28, true, true);
    expectRuns(paragraph(letter, exactly("2. Sở Thông tin và Truyền thông")), 28, true, false);
  });

  it("starts bullets with a dash, indented like paragraphs", () => {
    const p = paragraph(letter, startsWith("- Tiếp tục tăng cường công tác thanh tra"));
    expect(attribute(p.props, "ind", "firstLine")).toBe(567);
    expect(alignment(p)).toBe("both");
    expect(p.xml).not.toContain("<w:numPr>");
  });

  it('appends "./." to the last paragraph, not a new one', () => {
    const ends = paragraphsOf(body(letter)).filter((p) => p.text.includes("/."));
    expect(ends).toHaveLength(1);
    expect(ends[0]?.text).toMatch(/^- Thường xuyên giữ mối quan hệ .* có cùng lĩnh vực hoạt động\.\/\.$/);
    const reportEnds = paragraphsOf(body(report)).filter((p) => p.text.includes("/."));
    expect(reportEnds).toHaveLength(1);
    expect(reportEnds[0]?.text).toMatch(/^Tiếp tục đẩy mạnh .*xử lý nghiêm các hành vi vi phạm\.\/\.$/);
  });

  it('puts "./." on its own line after a closing table', async () => {
    const base = sampleReport();
    const table = base.body.find((block) => block.type === "table");
    if (table === undefined) throw new Error("sample has no table");
    const parts = docxParts(await renderDocument(withBody(base, [...base.body.slice(0, 2), table])));
    const all = paragraphsOf(body(parts));
    expect(all.filter((p) => p.text.includes("./.")).map((p) => p.text)).toEqual(["./."]);
    const xml = body(parts);
    expect(xml.lastIndexOf("</w:tbl>", xml.indexOf(">./.<"))).toBeGreaterThan(xml.indexOf("STT"));
  });

  it("draws tables with borders, 13 pt, a bold centred header row repeated on each page", () => {
    const xml = body(report);
    const tables = [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) => m[1] ?? "");
    const data = tables.find((t) => t.includes("Lĩnh vực")) ?? "";
    expect(data).toContain('<w:insideH w:val="single"');
    expect(data).toContain("<w:tblHeader/>");
    expectRuns(paragraphsOf(data).find((p) => p.text === "Lĩnh vực") as ParagraphInfo, 26, true, false);
    expect(alignment(paragraphsOf(data).find((p) => p.text === "Lĩnh vực") as ParagraphInfo)).toBe("center");
    const cell = paragraphsOf(data).find((p) => p.text === "Internet, an toàn thông tin") as ParagraphInfo;
    expectRuns(cell, 26, false, false);
    expect(alignment(paragraphsOf(data).find((p) => p.text === "5") as ParagraphInfo)).toBe("right");
    expectRuns(paragraph(report, exactly("Đơn vị tính: vụ")), 26, false, true);
  });

  it("writes a native column chart with the categories and series", () => {
    const chart = part(report, "word/charts/chart1.xml");
    expect(chart).toContain('<c:barDir val="col"/>');
    for (const text of [
      "Viễn thông",
      "Internet, ATTT",
      "6 tháng đầu năm 2022",
      "6 tháng đầu năm 2023",
      "Số vụ vi phạm theo lĩnh vực",
    ]) {
      expect(chart).toContain(text);
    }
    expect(body(report)).toContain("<c:chart ");
  });

  it("refuses a chart whose series do not match its categories", async () => {
    const base = sampleReport();
    const chart: Block = {
      type: "chart",
      title: "x",
      categories: ["a", "b"],
      series: [{ name: "s", values: [1] }],
    };
    await expect(renderDocument(withBody(base, [chart]))).rejects.toThrow(RangeError);
  });
});

describe("closing", () => {
  it("prints Nơi nhận 12 pt bold italic and its items 11 pt, the last ending with a full stop", () => {
    expectRuns(paragraph(letter, exactly("Nơi nhận:")), 24, true, true);
    const all = paragraphsOf(body(letter));
    const start = all.findIndex((p) => p.text === "Nơi nhận:");
    const items = all.slice(start + 1, start + 6);
    expect(items.map((p) => p.text)).toEqual([
      "- Như trên;",
      "- Chủ tịch, các PCT UBND tỉnh;",
      "- Lãnh đạo VP UBND tỉnh;",
      "- VNPT Hưng Yên, Viettel Hưng Yên, Mobiphone Hưng Yên, FPT chi nhánh Hưng Yên;",
      "- Lưu: VT, KGVX.",
    ]);
    for (const item of items) expectRuns(item, 22, false, false);
  });

  it("prints the signature block 14 pt bold centred with room for the signature", () => {
    for (const text of ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Duy Hưng"]) {
      const p = paragraph(letter, exactly(text));
      expectRuns(p, 28, true, false);
      expect(alignment(p)).toBe("center");
    }
    expect(attribute(paragraph(letter, exactly("Nguyễn Duy Hưng")).props, "spacing", "before")).toBeGreaterThanOrEqual(
      1200,
    );
  });

  it("sets Nơi nhận and the signature side by side in a borderless table", () => {
    const tables = [...body(letter).matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) => m[1] ?? "");
    const closing = tables.find((t) => t.includes("Nơi nhận:")) ?? "";
    expect(closing).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(closing).toContain('<w:insideV w:val="none"');
    expect(closing).toContain("<w:cantSplit/>");
  });
});

describe("page numbers", () => {
  it("puts a PAGE field in the default header and nothing in the first page's", () => {
    const xml = body(letter);
    const sectPr = /<w:sectPr>(.*?)<\/w:sectPr>/s.exec(xml)?.[1] ?? "";
    expect(sectPr).toContain("<w:titlePg/>");
    const rels = part(letter, "word/_rels/document.xml.rels");
    const target = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(sectPr)?.[1];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    };
    const byDefault = part(letter, `word/${target("default")}`);
    const first = part(letter, `word/${target("first")}`);
    expect(byDefault).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(byDefault).toContain('<w:fldChar w:fldCharType="begin"/>');
    const number = paragraphsOf(byDefault)[0] as ParagraphInfo;
    expect(alignment(number)).toBe("center");
    expect(number.runs.every((run) => run.size === 28 && !run.bold && !run.italic)).toBe(true);
    expect(first).not.toContain("PAGE");
    expect(paragraphsOf(first).every((p) => p.text === "")).toBe(true);
  });
});

describe("appendices", () => {
  it("starts each appendix in a new landscape section, its pages numbered apart from 1 (Phụ lục I, III.1.đ)", () => {
    const xml = body(report);
    const sections = [...xml.matchAll(/<w:sectPr>(.*?)<\/w:sectPr>/gs)].map((m) => m[1] ?? "");
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(sections[1]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(sections[1]).toContain('<w:type w:val="nextPage"/>');
    expect(sections[1]).toContain('<w:headerReference w:type="default"');
    // Like the document itself: numbered from 1, the number not shown on the appendix's first page.
    expect(sections[1]).toContain('<w:pgNumType w:start="1"/>');
    expect(sections[1]).toContain('<w:headerReference w:type="first"');
    expect(sections[1]).toContain("<w:titlePg/>");
    expect(sections[0]).not.toContain("<w:pgNumType w:start");
  });

  it('prints "Phụ lục I" and the title bold, the guidance line italic, all centred', () => {
    const heading = paragraph(report, exactly("Phụ lục I"));
    expectRuns(heading, 28, true, false);
    expect(alignment(heading)).toBe("center");
    expectRuns(paragraph(report, exactly("KẾT QUẢ XỬ LÝ VI PHẠM 6 THÁNG ĐẦU NĂM 2023")), 28, true, false);
    const guide = paragraph(report, startsWith("(Kèm theo Báo cáo số 841/BC-STTTT"));
    expectRuns(guide, 28, false, true);
    expect(alignment(guide)).toBe("center");
    // The appendix's table spans the landscape text width: 16838 − 1701 − 850.
    expect(body(report)).toContain('<w:tblW w:type="dxa" w:w="14287"/>');
  });
});

describe("marks", () => {
  it("frames the urgency and secrecy marks, bold 13 pt, in the header's left column", async () => {
    const base = sampleLetter();
    const parts = docxParts(
      await renderDocument({ ...base, meta: { ...base.meta, urgency: "HỎA TỐC", secrecy: "TỐI MẬT" } }),
    );
    const header = /<w:tbl>(.*?)<\/w:tbl>/s.exec(body(parts))?.[1] ?? "";
    for (const mark of ["TỐI MẬT", "HỎA TỐC"]) {
      const p = paragraphsOf(header).find((candidate) => candidate.text === mark) as ParagraphInfo;
      expectRuns(p, 26, true, false);
      for (const side of ["top", "left", "bottom", "right"]) expect(p.xml).toContain(`<w:${side} w:val="single"`);
    }
    expect(paragraphsOf(body(letter)).some((p) => p.text === "KHẨN")).toBe(false);
  });
});

describe("text is text", () => {
  const hostile = "*bold* | # x\n<script>&";

  it("prints hostile text literally and adds no paragraphs", async () => {
    const base = sampleLetter();
    const plain = docxParts(
      await renderDocument({
        ...withBody(base, [{ type: "paragraph", content: [{ text: "plain" }] }]),
        meta: { ...base.meta, summary: "plain", recipients: ["plain", "B"], copies: ["plain", "Lưu: VT"] },
      }),
    );
    const parts = docxParts(
      await renderDocument({
        ...withBody(base, [{ type: "paragraph", content: [{ text: hostile }] }]),
        meta: { ...base.meta, summary: hostile, recipients: [hostile, "B"], copies: [hostile, "Lưu: VT"] },
      }),
    );
    const xml = body(parts);
    expect(xml).toContain("*bold* | # x</w:t>");
    expect(xml).toContain("&lt;script&gt;&amp;");
    expect(xml).not.toContain("<script>");
    expect(paragraphsOf(xml)).toHaveLength(paragraphsOf(body(plain)).length);
    expect(paragraphsOf(xml).some((p) => p.text === "*bold* | # x\n<script>&./.")).toBe(true);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
  });

  it("keeps runs of spaces and replaces characters XML cannot hold", async () => {
    const base = sampleLetter();
    const parts = docxParts(
      await renderDocument(withBody(base, [{ type: "paragraph", content: [{ text: "a   b\u0001c" }] }])),
    );
    expect(body(parts)).toContain('<w:t xml:space="preserve">a   b\uFFFDc</w:t>');
    expect(body(parts)).not.toContain("\u0001");
    expect(paragraphsOf(body(parts)).some((p) => p.text === "a   b\uFFFDc./.")).toBe(true);
  });
});

describe("determinism", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("writes a document of a kind it has seen (only its document.xml written by baocao) as docx writes it whole", async () => {
    const letter = sampleLetter();
    const other: AdminDocument = {
      ...letter,
      meta: { ...letter.meta, recipients: ["Sở Tư pháp"] },
      body: [...letter.body, { type: "paragraph", content: [{ text: "Đoạn thêm <&> \"x\" 'y'." }] }],
    };
    forgetPackageKinds();
    await renderDocument(letter, { batch: true });
    const reused = await renderDocument(other, { batch: true });
    expect(forgetPackageKinds()).toBeGreaterThan(0);
    const whole = await renderDocument(other, { batch: true });
    expect(reused.equals(whole)).toBe(true);
    // A document made alone is written by docx straight away: the same bytes, no kind remembered.
    expect((await renderDocument(other)).equals(whole)).toBe(true);
    expect(forgetPackageKinds()).toBe(1);
    expect(docxParts(whole).get("word/document.xml")).toContain("Sở Tư pháp");
  });

  it("writes each letter of a batch from its frame and the pieces it met before, as docx writes it whole", async () => {
    const letter = sampleLetter();
    const table: Block = {
      type: "table",
      header: [[{ text: "Đơn vị" }], [{ text: "Số vụ" }]],
      rows: [
        [[{ text: "Trường số 1" }], [{ text: "3" }]],
        [[{ text: "Trường số 2" }], [{ text: "12" }]],
      ],
    };
    const variants: AdminDocument[] = [
      letter,
      {
        ...letter,
        meta: { ...letter.meta, recipients: ["Trường Thử nghiệm số 1"], number: { value: "7", symbol: "S-TTr" } },
      },
      { ...letter, meta: { ...letter.meta, recipients: ['Trường Thử nghiệm số 2 & <Cơ sở> "B"'] } },
      // No "Kính gửi": a spacer; a table; a text that differs.
      withBody({ ...letter, meta: { ...letter.meta, recipients: [] } }, [
        { type: "paragraph", content: [{ text: "Kính gửi đơn vị " }, { text: "đậm", bold: true }] },
        table,
      ]),
      letter,
      // Other margins: another frame.
      { ...letter, meta: { ...letter.meta, margins: { top: 25, bottom: 25, left: 30, right: 20 } } },
      { ...letter, meta: { ...letter.meta, copies: ["Như trên", "Lưu: VT"] } },
      // Numbers: the header table is made once with a placeholder number, each letter's put in.
      ...["1", "12", "999", "1000"].map((value) => ({
        ...letter,
        meta: { ...letter.meta, number: { value, symbol: "STTTT-TTr" }, recipients: [`Trường số ${value}`] },
      })),
      { ...letter, meta: { ...letter.meta, number: { value: "5", symbol: "A&B<C>" } } },
    ];
    forgetPackageKinds();
    for (let round = 0; round < 2; round++)
      for (const doc of variants) {
        const batch = await renderDocument(doc, { batch: true });
        expect(batch.equals(await renderDocument(doc))).toBe(true);
      }
    // Two frames (two page geometries), both trusted after their checks; no letter written the old way.
    expect(usableFrames()).toBe(2);
    expect(forgetPackageKinds()).toBe(2);
    // Letters in flight together meet a new frame at once: the same bytes.
    const together = await Promise.all(variants.map((doc) => renderDocument(doc, { batch: true })));
    for (const [index, doc] of variants.entries())
      expect(together[index]!.equals(await renderDocument(doc))).toBe(true);
    expect(usableFrames()).toBe(2);
  });

  it("a frame its checks find wrong writes none of the letters laid out with it, even those in flight", async () => {
    const letter = sampleLetter();
    const variants = Array.from({ length: 12 }, (_, index) => ({
      ...letter,
      meta: { ...letter.meta, recipients: [`Trường số ${index + 1}`] },
    }));
    forgetPackageKinds();
    // From its second package on (the frame's checks and after), docx's whole package differs from the frame's.
    const toBuffer = Packer.toBuffer.bind(Packer);
    let packages = 0;
    const spy = vi.spyOn(Packer, "toBuffer").mockImplementation(async (...args: Parameters<typeof toBuffer>) => {
      const bytes = await toBuffer(...args);
      if (++packages === 1) return bytes;
      return makeZip(
        readZip(bytes).map(({ name, data }) => ({
          name,
          data:
            name === "word/document.xml"
              ? Buffer.from(data.toString("utf8").replace("<w:body>", "<w:body><!--whole-->"))
              : data,
        })),
      );
    });
    try {
      const together = await Promise.all(variants.map((doc) => renderDocument(doc, { batch: true })));
      for (const bytes of together) expect(docxParts(bytes).get("word/document.xml")).toContain("<!--whole-->");
      expect(usableFrames()).toBe(0);
    } finally {
      spy.mockRestore();
      forgetPackageKinds();
    }
  });

  it("stops using a frame once a letter's body adds a part (a chart): every letter still as docx writes it whole", async () => {
    const letter = sampleLetter();
    const chart: Block = {
      type: "chart",
      title: "Số vụ việc",
      categories: ["Quý I", "Quý II"],
      series: [{ name: "2023", values: [3, 5] }],
    };
    const variants: AdminDocument[] = [
      letter,
      { ...letter, meta: { ...letter.meta, recipients: ["Trường số 2"] } },
      { ...letter, meta: { ...letter.meta, recipients: ["Trường số 3"] } },
      withBody(letter, [{ type: "paragraph", content: [{ text: "Biểu đồ:" }] }, chart]),
      { ...letter, meta: { ...letter.meta, recipients: ["Trường số 5"] } },
    ];
    forgetPackageKinds();
    for (const doc of variants)
      expect((await renderDocument(doc, { batch: true })).equals(await renderDocument(doc))).toBe(true);
    expect(usableFrames()).toBe(0);
  });

  it("writes the same bytes on every run, whatever the clock says", async () => {
    const again = await renderDocument(sampleLetter());
    expect(again.equals(letterBytes)).toBe(true);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-02-03T04:05:06Z"));
    const later = await renderDocument(sampleLetter());
    expect(later.equals(letterBytes)).toBe(true);
    const report1 = await renderDocument(sampleReport());
    vi.setSystemTime(new Date("2019-12-31T23:59:59Z"));
    const report2 = await renderDocument(sampleReport());
    expect(report2.equals(report1)).toBe(true);
  });

  it("writes the sample documents exactly as before (update these digests only for a layout change made on purpose)", async () => {
    // SHA-256 over every part's name and inflated content, in order: independent of the zlib that
    // compresses them. Pinned when render.ts was split for renderCombined (combine.ts), whose refactor
    // had to leave renderDocument's bytes unchanged.
    const digest = (docx: Buffer) => {
      const hash = createHash("sha256");
      for (const entry of readZip(docx)) hash.update(entry.name).update("\0").update(entry.data);
      return hash.digest("hex");
    };
    expect(digest(letterBytes)).toBe("3b9e5751b02a2f70d831929c4244a93be56daf446e15c085c9a1e4a95bb425cb");
    // Updated on purpose: appendix sections restart their page numbers (Phụ lục I, III.1.đ); Kính gửi at 3.50 cm,
    // 11.6 mm under the header, table widths from the content, the document's own Word styles and properties
    // (issue 14).
    expect(digest(await renderDocument(sampleReport()))).toBe(
      "05715c5dadc83c1c2fe4770f7e2b98ac63ee9e3fbafa68eec79086c8b11da742",
    );
  });

  it("stamps the document's date, the issuing body as author and baocao as the last to modify it", () => {
    const core = part(report, "docProps/core.xml");
    expect(core).toContain("<dc:creator>SỞ THÔNG TIN VÀ TRUYỀN THÔNG</dc:creator>");
    expect(core).toContain("<cp:lastModifiedBy>baocao</cp:lastModifiedBy>");
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2023-07-03T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2023-07-03T00:00:00Z</dcterms:modified>');
    expect(part(letter, "docProps/core.xml")).toContain(">2023-07-01T00:00:00Z</dcterms:created>");
  });

  it("stamps every zip entry with the document's date and leaves no random relationship ids", () => {
    const zip = letterBytes;
    const entries = readZip(zip);
    expect(entries[0]?.name).toBe("[Content_Types].xml");
    const dosDate = ((2023 - 1980) << 9) | (7 << 5) | 1;
    let position = zip.readUInt32LE(zip.length - 22 + 16);
    for (let index = 0; index < entries.length; index += 1) {
      expect(zip.readUInt16LE(position + 14)).toBe(dosDate);
      expect(zip.readUInt16LE(position + 12)).toBe(0);
      position +=
        46 + zip.readUInt16LE(position + 28) + zip.readUInt16LE(position + 30) + zip.readUInt16LE(position + 32);
    }
    for (const [name, xml] of report) {
      if (!name.endsWith(".rels")) continue;
      for (const match of xml.matchAll(/\bId="([^"]+)"/g)) expect(match[1]).toMatch(/^rId(P?)\d+$/);
    }
  });
});

describe("edge cases", () => {
  it("refuses a typed document without a type name, and an impossible date", async () => {
    const report = sampleReport();
    const { typeName: _dropped, ...meta } = report.meta;
    await expect(renderDocument({ ...report, meta })).rejects.toThrow(RangeError);
    await expect(
      renderDocument({ ...report, meta: { ...report.meta, date: { year: 2023, month: 2, day: 30 } } }),
    ).rejects.toThrow(RangeError);
  });

  it("renders a letter with no recipients, no copies, an empty body and a head who signs alone", async () => {
    const base = sampleLetter();
    const parts = docxParts(
      await renderDocument({
        ...withBody(base, []),
        meta: {
          ...base.meta,
          recipients: [],
          copies: [],
          signer: { authority: [], title: "CHỦ TỊCH", name: "Nguyễn Văn A" },
        },
      }),
    );
    const texts = paragraphsOf(body(parts)).map((p) => p.text);
    expect(texts.some((t) => t.startsWith("Kính gửi"))).toBe(false);
    expect(texts).not.toContain("Nơi nhận:");
    expect(texts.some((t) => t.includes("./."))).toBe(false);
    expect(texts).toContain("CHỦ TỊCH");
    expectRuns(paragraph(parts, exactly("Nguyễn Văn A")), 28, true, false);
  });

  it("keeps the last paragraph with the signature", () => {
    const last = paragraphsOf(body(letter)).find((p) => p.text.endsWith("./.")) as ParagraphInfo;
    expect(last.xml).toContain("<w:keepNext/>");
  });

  it("gives each appendix its own section, portrait unless asked", async () => {
    const base = sampleReport();
    const first = base.appendices[0];
    if (first === undefined) throw new Error("sample has no appendix");
    const parts = docxParts(
      await renderDocument({
        ...base,
        appendices: [first, { ...first, numeral: "II", landscape: false, title: "DANH SÁCH" }],
      }),
    );
    const sections = [...body(parts).matchAll(/<w:sectPr>(.*?)<\/w:sectPr>/gs)].map((m) => m[1] ?? "");
    expect(sections.map((s) => /w:orient="(\w+)"/.exec(s)?.[1])).toEqual(["portrait", "landscape", "portrait"]);
    expect(
      paragraphsOf(body(parts))
        .filter((p) => p.text.startsWith("Phụ lục "))
        .map((p) => p.text),
    ).toEqual(["Phụ lục I", "Phụ lục II"]);
  });
});

describe("text XML cannot hold", () => {
  it("every part of the .docx is well-formed, whatever the text (every class of code point)", async () => {
    const odd = "a\u0000b\u0001\u0008\u000B\u001F c\uD800 d\uDFFF e\uFFFE f\uFFFF g_xFFFE_ \u{1F600}\t\r\n\u007F h";
    const base = sampleReport();
    const parts = docxParts(
      await renderDocument({
        ...base,
        meta: { ...base.meta, summary: odd },
        body: [
          { type: "paragraph", content: [{ text: odd }] },
          { type: "table", header: [[{ text: odd }]], rows: [[[{ text: odd }]]], caption: odd },
          ...base.body,
        ],
      }),
    );
    for (const [name, xml] of parts) if (/\.(xml|rels)$/.test(name)) expect(xmlError(xml), name).toBeNull();
    expect(parts.get("word/document.xml")).toContain("g_xFFFE_");
  });
});
