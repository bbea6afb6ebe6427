import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Block, Inline } from "../model.js";
import { textWidth } from "./metrics.js";
import { pageGeometry, DEFAULT_MARGINS_MM } from "./page.js";
import { appendixSection } from "./appendix.js";
import { CELL_PADDING, cellWords, planTable, READABLE_WIDTH, widestWord } from "./table-widths.js";

type TableBlock = Extract<Block, { type: "table" }>;
const cell = (text: string, bold = false): Inline[] => [{ text, ...(bold ? { bold: true } : {}) }];
const portrait = pageGeometry(DEFAULT_MARGINS_MM).textWidth;
const landscape = pageGeometry(DEFAULT_MARGINS_MM, true).textWidth;

/** Phụ lục I as the report makes it: long names, big figures, signed changes, percentages. */
function totals(rows = 12): TableBlock {
  return {
    type: "table",
    header: [
      "STT",
      "Chỉ tiêu",
      "Đơn vị tính",
      "6 tháng đầu năm 2023",
      "Cùng kỳ 6 tháng đầu năm 2022",
      "Tăng, giảm",
      "Tỷ lệ",
    ].map((text) => cell(text, true)),
    rows: Array.from({ length: rows }, (_, index) => [
      cell(String(index + 1)),
      cell("Giá trị thiệt hại do trộm cắp, phá hoại hạ tầng viễn thông trên địa bàn tỉnh"),
      cell("tổ chức, cá nhân"),
      cell("515.000.000"),
      cell("1.281.000.000"),
      cell("+234.000.000"),
      cell("-33,3%"),
    ]),
  };
}

/** Every column at least as wide as its widest word (header words bold) plus the cell margins. */
function expectNoWordSplit(block: TableBlock, widths: readonly number[], size: number): void {
  widths.forEach((width, index) => {
    const words = [
      widestWord(block.header[index] ?? [], size, true),
      ...block.rows.map((row) => widestWord(row[index] ?? [], size, false)),
    ];
    expect(width, `column ${index + 1}`).toBeGreaterThanOrEqual(Math.max(...words) + CELL_PADDING);
  });
}

describe("table widths from the content", () => {
  it("gives every figure and header word its whole width, the rest to the long text, summing to the width", () => {
    const block = totals();
    for (const total of [portrait, landscape]) {
      const plan = planTable(block, total);
      expect(plan.fits).toBe(true);
      expect(plan.widths.reduce((a, b) => a + b, 0)).toBe(total);
      expectNoWordSplit(block, plan.widths, plan.size);
      // The name column is the widest: it is the one that wraps.
      expect(Math.max(...plan.widths)).toBe(plan.widths[1]);
    }
    // "+234.000.000" at 13 pt is about 1,300 twips: the old fixed 10 % of a portrait page (935) split it.
    expect(textWidth("+234.000.000", 13, false)).toBeGreaterThan(0.1 * portrait);
  });

  it("in portrait the names would get under 5 cm: not readable, so an appendix turns landscape", () => {
    expect(planTable(totals(), portrait).readable).toBe(false);
    expect(planTable(totals(), landscape).readable).toBe(true);
    const section = appendixSection({ numeral: "I", title: "T", subtitle: "", blocks: [totals()] }, DEFAULT_MARGINS_MM);
    const size = section.properties?.page?.size as { orientation?: string } | undefined;
    expect(size?.orientation).toBe("landscape");
    // A small table stays portrait.
    const small: TableBlock = {
      type: "table",
      header: [cell("STT", true), cell("Tên", true)],
      rows: [[cell("1"), cell("A")]],
    };
    const plain = appendixSection({ numeral: "II", title: "T", subtitle: "", blocks: [small] }, DEFAULT_MARGINS_MM);
    expect((plain.properties?.page?.size as { orientation?: string } | undefined)?.orientation).toBe("portrait");
  });

  it("shrinks to 12 pt when the figures do not fit at 13 pt, and says when nothing fits", () => {
    const wide = (columns: number): TableBlock => ({
      type: "table",
      header: Array.from({ length: columns }, (_, index) => cell(`C${index}`, true)),
      rows: [Array.from({ length: columns }, () => cell("1.234.567.890"))],
    });
    const at13 = textWidth("1.234.567.890", 13, false) + CELL_PADDING + 60;
    const at12 = textWidth("1.234.567.890", 12, false) + CELL_PADDING + 60;
    // A width where the 13 pt minimums do not fit but the 12 pt ones do.
    const columns = 6;
    const total = Math.floor(((at13 + at12) / 2) * columns);
    const plan = planTable(wide(columns), total);
    expect(plan).toMatchObject({ size: 12, fits: true });
    expectNoWordSplit(wide(columns), plan.widths, 12);
    const tooWide = planTable(wide(columns), at12 * columns - 10);
    expect(tooWide.fits).toBe(false);
    expect(tooWide.widths.reduce((a, b) => a + b, 0)).toBe(at12 * columns - 10);
  });

  it("keeps relative widths a template asks for, as far as the widest words allow", () => {
    const block: TableBlock = {
      type: "table",
      header: [cell("STT", true), cell("Nội dung", true), cell("Số tiền", true)],
      rows: [[cell("1"), cell("Một dòng"), cell("1.234.567.890")]],
      widths: [1, 8, 1],
    };
    const plan = planTable(block, portrait);
    expectNoWordSplit(block, plan.widths, plan.size);
    expect(plan.widths[1]).toBeGreaterThan(portrait / 2);
    expect(plan.widths.reduce((a, b) => a + b, 0)).toBe(portrait);
  });

  it("reads words across bold and plain runs, and measures bold wider", () => {
    expect(cellWords([{ text: "Tổng " }, { text: "1.234", bold: true }, { text: ",5 vụ" }], false)).toEqual([
      [{ text: "Tổng", bold: false }],
      [
        { text: "1.234", bold: true },
        { text: ",5", bold: false },
      ],
      [{ text: "vụ", bold: false }],
    ]);
    expect(widestWord(cell("STT", true), 13, true)).toBeGreaterThan(widestWord(cell("STT"), 13, false));
    expect(READABLE_WIDTH).toBe(2835);
  });

  it("for any table: widths sum to the width, and when it fits no column is narrower than its widest word", () => {
    const word = fc.stringMatching(/^[0-9A-Za-zÀ-ỹ.,%+-]{1,14}$/u);
    const text = fc.array(word, { minLength: 0, maxLength: 6 }).map((words) => words.join(" "));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }).chain((columns) =>
          fc.record({
            header: fc.array(text, { minLength: columns, maxLength: columns }),
            rows: fc.array(fc.array(text, { minLength: columns, maxLength: columns }), { maxLength: 5 }),
            total: fc.integer({ min: 2000, max: 15000 }),
          }),
        ),
        ({ header, rows, total }) => {
          const block: TableBlock = {
            type: "table",
            header: header.map((h) => cell(h, true)),
            rows: rows.map((row) => row.map((c) => cell(c))),
          };
          const plan = planTable(block, total);
          expect(plan.widths.reduce((a, b) => a + b, 0)).toBe(total);
          if (plan.fits) expectNoWordSplit(block, plan.widths, plan.size);
        },
      ),
      { numRuns: 200 },
    );
  });
});
