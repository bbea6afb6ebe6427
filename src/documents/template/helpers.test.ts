import { describe, expect, it } from "vitest";
import type { Block, Inline } from "../model.js";
import { compileTemplate } from "./compile.js";
import { TemplateError } from "./template-error.js";

const textOf = (content: readonly Inline[]) => content.map((r) => r.text).join("");
const render = (source: string, data: unknown = {}): Block[] =>
  compileTemplate(source, "templates/t.hbs").render(data).blocks;

/** The text of the one paragraph a template renders to. */
function say(source: string, data: unknown = {}): string {
  const blocks = render(source, data);
  expect(blocks).toHaveLength(1);
  const block = blocks[0] as Extract<Block, { type: "paragraph" }>;
  expect(block.type).toBe("paragraph");
  return textOf(block.content);
}

function errorOf(source: string, data: unknown = {}): TemplateError {
  try {
    render(source, data);
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error("expected a TemplateError");
}

describe("date helpers", () => {
  it("date writes the Decree 30 long form from an ISO string, a date object or a draft", () => {
    expect(say('{{date "2023-07-03"}}')).toBe("ngày 03 tháng 7 năm 2023");
    expect(say("{{date d}}", { d: { year: 2020, month: 1, day: 5 } })).toBe("ngày 05 tháng 01 năm 2020");
    expect(say("Hưng Yên, {{date d}}", { d: { draft: true, year: 2023, month: 7 } })).toBe(
      "Hưng Yên, ngày      tháng 7 năm 2023",
    );
  });

  it("shortDate writes the in-text short form", () => {
    expect(say('Báo cáo ngày {{shortDate "2023-07-03"}}')).toBe("Báo cáo ngày 03/7/2023");
    expect(say("{{shortDate d}}", { d: { year: 2023, month: 12, day: 25 } })).toBe("25/12/2023");
  });

  it("refuses an impossible or unreadable date, naming the helper", () => {
    const error = errorOf('Dòng 1\n{{date "2023-02-30"}}');
    expect(error.helper).toBe("date");
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^templates\/t\.hbs:2: helper "date": expected a date/);
    expect(errorOf('{{shortDate "03/07/2023"}}').helper).toBe("shortDate");
  });
});

describe("number helpers", () => {
  it("number groups thousands with dots and uses a decimal comma", () => {
    expect(say("{{number 1234567}}")).toBe("1.234.567");
    expect(say("{{number n}}", { n: 12.5 })).toBe("12,5");
    expect(say("{{number n decimals=2}}", { n: 12.5 })).toBe("12,50");
    expect(say("{{number n}}", { n: -1234 })).toBe("-1.234");
  });

  it("money writes đồng or triệu đồng", () => {
    expect(say("{{money 1250000}}")).toBe("1.250.000 đồng");
    expect(say('{{money 1250000 scale="million"}}')).toBe("1,25 triệu đồng");
    expect(say('{{money 163000000 scale="million"}}')).toBe("163 triệu đồng");
  });

  it("moneyWords reads an amount out", () => {
    expect(say("{{moneyWords 163000000}}")).toBe("một trăm sáu mươi ba triệu đồng");
    expect(say("Bằng chữ: {{moneyWords 105000 capitalize=true}}.")).toBe("Bằng chữ: Một trăm lẻ năm nghìn đồng.");
  });

  it("percent writes a comma and drops a zero fraction", () => {
    expect(say("{{percent 12.5}}")).toBe("12,5%");
    expect(say("{{percent 20}}")).toBe("20,0%");
    expect(say("{{percent 33.333 decimals=2}}")).toBe("33,33%");
  });

  it("change compares with the same period", () => {
    expect(say('{{change 9 8 "vụ"}}')).toBe("tăng 1 vụ (+12,5%)");
    expect(say('{{change 8 10 "vụ"}}')).toBe("giảm 2 vụ (-20,0%)");
    expect(say('Số vụ {{change 5 5 "vụ"}}.')).toBe("Số vụ bằng cùng kỳ.");
    expect(say("{{change 3 0}}")).toBe("tăng 3");
    expect(say('Không so sánh{{change 3 prev "vụ"}}.', { prev: null })).toBe("Không so sánh.");
    expect(say('{{change 1500000 1000000 "đồng"}}')).toBe("tăng 500.000 đồng (+50,0%)");
  });

  it("count writes a number and its unit, with no plural", () => {
    expect(say('{{count 3 "vụ"}}')).toBe("3 vụ");
    expect(say('{{count 1 "vụ"}}')).toBe("1 vụ");
    expect(say('{{count 0 "vụ"}}')).toBe("0 vụ");
    expect(say('{{count 1234 "đối tượng"}}')).toBe("1.234 đối tượng");
  });

  it("refuses what is not a number, naming the helper and the line", () => {
    const error = errorOf("Đoạn một.\n\nSố tiền {{money amount}}.", { amount: "abc" });
    expect(error).toBeInstanceOf(TemplateError);
    expect(error.code).toBe("template/error");
    expect(error.helper).toBe("money");
    expect(error.line).toBe(3);
    expect(error.message).toBe('templates/t.hbs:3: helper "money": expected a number, got "abc"');
    expect(error.params).toMatchObject({ file: "templates/t.hbs", line: 3, helper: "money" });
  });

  it("names the field behind an undefined argument", () => {
    const error = errorOf("x\n{{money report.total}}", { report: {} });
    expect(error.message).toBe('templates/t.hbs:2: helper "money": "report.total" is not defined');
    expect(errorOf("{{money report.total}}").detail).toBe('"report.total" is not defined');
    expect(errorOf("{{money 1 scale=s}}").detail).toBe('"s" is not defined');
  });

  it("checks argument counts and options", () => {
    expect(errorOf("{{money}}").message).toBe(
      'templates/t.hbs:1: helper "money": expects 1 argument, got 0 (to print a field called "money", write {{this.money}})',
    );
    expect(errorOf("{{money 1 2}}").detail).toBe("expects 1 argument, got 2");
    expect(errorOf('{{money 1 scale="billion"}}').detail).toMatch(/scale must be/);
    expect(errorOf("{{money 1 unit=2}}").detail).toBe('unknown option "unit" (options: scale, decimals)');
    expect(errorOf("{{moneyWords -5}}").helper).toBe("moneyWords");
  });
});

describe("text helpers", () => {
  it("periodLabel reads a period code, a Vietnamese label or a period object", () => {
    expect(say('{{periodLabel "2023-H1"}}')).toBe("6 tháng đầu năm 2023");
    expect(say("{{periodLabel p}}", { p: "quý 3/2023" })).toBe("quý III năm 2023");
    expect(say("{{periodLabel p}}", { p: { kind: "month", year: 2023, month: 7 } })).toBe("tháng 7 năm 2023");
    expect(errorOf('{{periodLabel "2023-H3"}}').helper).toBe("periodLabel");
  });

  it("upper upper-cases Vietnamese", () => {
    expect(say("{{upper name}}", { name: "Sở Thông tin và Truyền thông đ" })).toBe("SỞ THÔNG TIN VÀ TRUYỀN THÔNG Đ");
    expect(say("{{upper name}}", { name: "ư\u0300" })).toBe("Ừ");
  });

  it("join joins a list, escaping each item like any value", () => {
    expect(say("{{join units}}", { units: ["VNPT", "Viettel", "*FPT*"] })).toBe("VNPT, Viettel, *FPT*");
    expect(say('{{join units "; "}}', { units: ["a", "b"] })).toBe("a; b");
    expect(errorOf("{{join units}}", { units: "a" }).detail).toBe('expected a list, got "a"');
  });

  it("eq, ne, gt, lt and not work in #if", () => {
    const source =
      '{{#if (eq kind "letter")}}công văn{{else}}báo cáo{{/if}} {{#if (gt n 0)}}có{{/if}}{{#if (lt n 0)}}âm{{/if}} {{#if (not (ne n 3))}}ba{{/if}}';
    expect(say(source, { kind: "letter", n: 3 })).toBe("công văn có ba");
    expect(say(source, { kind: "typed", n: -1 })).toBe("báo cáo âm");
    expect(errorOf("{{#if (gt n 0)}}x{{/if}}", { n: "1" }).helper).toBe("gt");
  });
});

describe("table helpers", () => {
  const indicators = [
    {
      code: "TT01",
      name: "Số vụ | việc",
      unit: "vụ",
      total: 9,
      previous: 8,
      change: 1,
      changePct: 12.5,
      byUnit: { CAT: 9 },
    },
    { code: "TT02", name: "Số đối tượng", unit: "người", total: 8, previous: 10, change: -2, changePct: -20 },
    {
      code: "TT05",
      name: "Tiền phạt",
      unit: "đồng",
      total: 163000000,
      previous: 0,
      change: 163000000,
      changePct: null,
    },
    { code: "TT06", name: "Chỉ tiêu mới", unit: "vụ", total: 4, previous: null, change: null, changePct: null },
    { code: "TT07", name: "Không đổi", unit: "vụ", total: 2, previous: 2 },
  ];

  it("indicatorTable renders the aggregate's indicators", () => {
    const blocks = render(
      'Bảng:\n{{indicatorTable indicators current=(periodLabel "2023-H1") previous="Cùng kỳ năm 2022"}}\nSau bảng.',
      { indicators },
    );
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "table", "paragraph"]);
    const table = blocks[1] as Extract<Block, { type: "table" }>;
    expect(table.header.map(textOf)).toEqual([
      "STT",
      "Chỉ tiêu",
      "Đơn vị tính",
      "6 tháng đầu năm 2023",
      "Cùng kỳ năm 2022",
      "Tăng/giảm",
      "Tỷ lệ (%)",
    ]);
    expect(table.rows.map((row) => row.map(textOf))).toEqual([
      ["1", "Số vụ | việc", "vụ", "9", "8", "+1", "12,5"],
      ["2", "Số đối tượng", "người", "8", "10", "-2", "-20,0"],
      ["3", "Tiền phạt", "đồng", "163.000.000", "0", "+163.000.000", "—"],
      ["4", "Chỉ tiêu mới", "vụ", "4", "—", "—", "—"],
      ["5", "Không đổi", "vụ", "2", "2", "0", "0,0"],
    ]);
    expect(table.align).toEqual(["center", "left", "center", "right", "right", "right", "right"]);
  });

  it("indicatorTable defaults its column headers and refuses bad rows", () => {
    const table = render("{{indicatorTable rows}}", { rows: [] })[0] as Extract<Block, { type: "table" }>;
    expect(table.header.map(textOf).slice(3, 5)).toEqual(["Kỳ này", "Cùng kỳ"]);
    expect(table.rows).toEqual([]);
    const error = errorOf("{{indicatorTable rows}}", { rows: [{ name: "x", unit: "vụ", total: "9" }] });
    expect(error.helper).toBe("indicatorTable");
    expect(error.detail).toMatch(/^indicator 1: total/);
  });

  it("unitTable lays out any rows with the columns the template names", () => {
    const units = [
      { code: "CAT", name: "Công an tỉnh", count: 12, note: null },
      { code: "STTTT", name: "Sở TT&TT | tỉnh", count: 1234, note: "đã gửi" },
    ];
    const table = render('{{unitTable units "name:Đơn vị" "count:Số vụ" "note:Ghi chú"}}', { units })[0];
    expect(table).toEqual({
      type: "table",
      header: [[{ text: "STT" }], [{ text: "Đơn vị" }], [{ text: "Số vụ" }], [{ text: "Ghi chú" }]],
      rows: [
        [[{ text: "1" }], [{ text: "Công an tỉnh" }], [{ text: "12" }], [{ text: "—" }]],
        [[{ text: "2" }], [{ text: "Sở TT&TT | tỉnh" }], [{ text: "1.234" }], [{ text: "đã gửi" }]],
      ],
      align: ["center", "left", "right", "left"],
    });
    const fromData = render("{{unitTable units columns=cols stt=false}}", {
      units,
      cols: [{ key: "code", header: "Mã", align: "center" }, "count"],
    })[0] as Extract<Block, { type: "table" }>;
    expect(fromData.header.map(textOf)).toEqual(["Mã", "count"]);
    expect(fromData.align).toEqual(["center", "right"]);
    expect(errorOf('{{unitTable units "nam:Đơn vị"}}', { units }).detail).toBe('row 1 has no field "nam"');
  });

  it("chart writes a chart block from data", () => {
    const blocks = render('{{chart title="Số vụ" categories=cats series=series}}', {
      cats: ["2022", "2023"],
      series: [{ name: "Vụ ``` | *", values: [8, 9] }],
    });
    expect(blocks).toEqual([
      { type: "chart", title: "Số vụ", categories: ["2022", "2023"], series: [{ name: "Vụ ``` | *", values: [8, 9] }] },
    ]);
    expect(errorOf('{{chart title="x" categories=cats series=series}}', { cats: ["a"], series: [] }).helper).toBe(
      "chart",
    );
  });
});
