import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Block, Inline } from "../model.js";
import { compileTemplate } from "./compile.js";
import { TemplateError } from "./template-error.js";

const textOf = (content: readonly Inline[]) => content.map((r) => r.text).join("");
/** The runs of a heading, paragraph or bullet. */
function contentOf(block: Block | undefined): readonly Inline[] {
  if (block === undefined || !("content" in block))
    throw new Error(`expected a text block, got ${JSON.stringify(block)}`);
  return block.content;
}
const FILE = "templates/report.hbs";

function errorOf(action: () => unknown): TemplateError {
  try {
    action();
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error("expected a TemplateError");
}
const renderError = (source: string, data: unknown = {}) => errorOf(() => compileTemplate(source, FILE).render(data));

const REPORT = `---
kind: typed
typeName: BÁO CÁO
summary: Kết quả công tác phối hợp {{periodLabel period}}
number: {{this.number}}
recipients:
{{#each recipients}}
  - {{this}}
{{/each}}
copies: {{copies}}
---
# I. TÌNH HÌNH

Trong {{periodLabel period}}, {{org}} đã tiếp nhận {{count cases "vụ"}}.
`;

describe("compileTemplate", () => {
  it("renders front matter and body", () => {
    const template = compileTemplate(REPORT, FILE);
    const out = template.render({
      period: "2023-H1",
      number: 841,
      recipients: ["Bộ Thông tin và Truyền thông", "UBND tỉnh: Hưng Yên"],
      copies: ["Như trên", "Lưu: VT, KGVX"],
      org: "Sở TT&TT",
      cases: 12,
    });
    expect(template.file).toBe(FILE);
    expect(out.front).toEqual({
      kind: "typed",
      typeName: "BÁO CÁO",
      summary: "Kết quả công tác phối hợp 6 tháng đầu năm 2023",
      number: 841,
      recipients: ["Bộ Thông tin và Truyền thông", "UBND tỉnh: Hưng Yên"],
      copies: ["Như trên", "Lưu: VT, KGVX"],
    });
    expect(out.blocks).toEqual<Block[]>([
      { type: "heading", level: 1, content: [{ text: "I. TÌNH HÌNH" }] },
      { type: "paragraph", content: [{ text: "Trong 6 tháng đầu năm 2023, Sở TT&TT đã tiếp nhận 12 vụ." }] },
    ]);
  });

  it("works without front matter, with CRLF line ends and a BOM", () => {
    expect(compileTemplate("Xin chào {{name}}.", FILE).render({ name: "A" })).toEqual({
      front: {},
      blocks: [{ type: "paragraph", content: [{ text: "Xin chào A." }] }],
    });
    const out = compileTemplate("\uFEFF---\r\ntitle: {{t}}\r\n---\r\nDòng {{t}}\r\n", FILE).render({ t: "x" });
    expect(out).toEqual({ front: { title: "x" }, blocks: [{ type: "paragraph", content: [{ text: "Dòng x" }] }] });
  });

  it("renders 1.000 letters from one compiled template", () => {
    const template = compileTemplate(
      '---\nrecipients: [{{name}}]\nsummary: V/v nhắc {{name}} gửi báo cáo\n---\nKính gửi {{name}}: đề nghị gửi trước {{date due}}.\n\n{{unitTable rows "name:Chỉ tiêu" "value:Số liệu"}}\n',
      FILE,
    );
    const started = performance.now();
    const letters = Array.from({ length: 1000 }, (_, i) =>
      template.render({ name: `Đơn vị *${i}*`, due: "2023-06-14", rows: [{ name: "Vụ", value: i }] }),
    );
    const elapsed = performance.now() - started;
    expect(letters[999]?.front).toEqual({ recipients: ["Đơn vị *999*"], summary: "V/v nhắc Đơn vị *999* gửi báo cáo" });
    expect(textOf(contentOf(letters[7]?.blocks[0]))).toBe(
      "Kính gửi Đơn vị *7*: đề nghị gửi trước ngày 14 tháng 6 năm 2023.",
    );
    expect(elapsed).toBeLessThan(10_000);
  });
});

describe("front matter is YAML-safe", () => {
  const HOSTILE = [
    "a: b # c \"d\" 'e'",
    "- item",
    "[x, y]",
    "{ a: 1 }",
    "no",
    "1e3",
    "null",
    "~",
    "@x",
    "*alias",
    "&anchor",
    "!tag",
    "%directive",
    "line1\nline2\n  indented: x",
    "---",
    "   ",
    "",
    "\uE000",
  ];

  it.each(HOSTILE)("a value %j round-trips as text, wherever it is written", (value) => {
    const template = compileTemplate(
      `---\ntitle: {{v}}\nquoted: "{{v}}"\nsummary: V/v {{v}} xong\nlist:\n  - {{v}}\nflow: [{{v}}, b]\nnext: ok\n---\n`,
      FILE,
    );
    expect(template.render({ v: value }).front).toEqual({
      title: value,
      quoted: value,
      summary: `V/v ${value} xong`,
      list: [value],
      flow: [value, "b"],
      next: "ok",
    });
  });

  it("holds for any string", () => {
    const template = compileTemplate("---\ntitle: {{v}}\nsummary: Về việc {{v}}.\nafter: 1\n---\n", FILE);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })), (v) => {
        expect(template.render({ v }).front).toEqual({ title: v, summary: `Về việc ${v}.`, after: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps numbers, lists and objects whole when a value is the entire scalar", () => {
    const front = compileTemplate("---\nn: {{n}}\nsigner: {{signer}}\nwords: {{moneyWords n}}\n---\n", FILE).render({
      n: 1000,
      signer: { title: "KT. CHỦ TỊCH", name: "Nguyễn Văn A" },
    }).front;
    expect(front).toEqual({
      n: 1000,
      signer: { title: "KT. CHỦ TỊCH", name: "Nguyễn Văn A" },
      words: "một nghìn đồng",
    });
  });

  it("refuses a list or object inside text, naming the line", () => {
    const error = renderError("---\nkind: letter\nsummary: V/v {{units}}\n---\n", { units: ["a"] });
    expect(error.line).toBe(3);
    expect(error.message).toBe(
      `${FILE}:3: front matter: a list cannot be printed as text; use {{join list ", "}} or {{#each}}`,
    );
  });

  it("reports YAML errors with a file line, and a front matter that is not a mapping", () => {
    const error = renderError("---\nkind: letter\nsummary: [a\n---\nBody\n");
    expect(error.message).toMatch(/^templates\/report\.hbs:\d+: front matter is not valid YAML/);
    expect(error.line).toBeGreaterThanOrEqual(3);
    expect(renderError("---\n- a\n- b\n---\n").detail).toBe(
      "the front matter must be a YAML mapping (key: value lines)",
    );
  });

  it("refuses a front matter that is not closed", () => {
    const error = errorOf(() => compileTemplate("---\nkind: letter\nBody", FILE));
    expect(error.message).toBe(`${FILE}:1: the front matter opened by "---" is not closed by a "---" line`);
  });
});

describe("template errors name the file, the line and the helper", () => {
  it("a missing field (strict mode), counting front-matter lines", () => {
    const error = renderError("---\nkind: letter\n---\nĐoạn một.\n\nĐơn vị {{unitName}} báo cáo.\n", {});
    expect(error).toBeInstanceOf(TemplateError);
    expect(error.code).toBe("template/error");
    expect(error.line).toBe(6);
    expect(error.helper).toBeUndefined();
    expect(error.message).toBe(`${FILE}:6: "unitName" is not defined`);
    expect(error.problem).toEqual({ code: "not-defined", params: { field: "unitName" } });
    expect(error.params).toEqual({
      file: FILE,
      location: `${FILE}:6`,
      line: 6,
      problem: "not-defined",
      field: "unitName",
    });
  });

  it("a missing nested field, in the body and in the front matter", () => {
    expect(renderError("{{report.period}}", { report: {} }).message).toBe(`${FILE}:1: "report.period" is not defined`);
    expect(renderError("a\n{{report.period.code}}").message).toBe(`${FILE}:2: "report.period.code" is not defined`);
    expect(renderError("---\nkind: letter\ntitle: {{title}}\n---\n").message).toBe(`${FILE}:3: "title" is not defined`);
  });

  it("a missing field inside #each names it too", () => {
    const error = renderError("{{#each units}}\n- {{name}} {{code}}\n{{/each}}", { units: [{ name: "A" }] });
    expect(error.message).toBe(`${FILE}:2: "code" is not defined`);
  });

  it("a field named like a helper is printed with this.", () => {
    const error = renderError("{{number}}", { number: 841 });
    expect(error.message).toBe(
      `${FILE}:1: helper "number": expects 1 argument, got 0 (to print a field called "number", write {{this.number}})`,
    );
    expect(compileTemplate("Số {{this.number}}", FILE).render({ number: 841 }).blocks).toEqual([
      { type: "paragraph", content: [{ text: "Số 841" }] },
    ]);
  });

  it("keeps Handlebars' @index, ../ and block parameters", () => {
    const out = compileTemplate(
      "{{#each units}}\n- {{@index}} {{name}} ({{../org}})\n{{/each}}\n{{#each units as |u|}}\n- {{u.name}}\n{{/each}}",
      FILE,
    ).render({ org: "Sở *TT*", units: [{ name: "A" }, { name: "B" }] });
    expect(out.blocks.map((b) => textOf(contentOf(b)))).toEqual(["0 A (Sở *TT*)", "1 B (Sở *TT*)", "A", "B"]);
  });

  it("optional fields can be tested with #if", () => {
    const out = compileTemplate("{{#if note}}Ghi chú: {{note}}{{else}}Không có ghi chú.{{/if}}", FILE).render({});
    expect(out.blocks).toEqual([{ type: "paragraph", content: [{ text: "Không có ghi chú." }] }]);
  });

  it("a helper error names the helper and its line", () => {
    const error = renderError("---\nkind: letter\n---\n\nSố tiền: {{money amount}}", { amount: "nhiều" });
    expect(error.message).toBe(`${FILE}:5: helper "money": expected a number, got "nhiều"`);
    expect(error.helper).toBe("money");
  });

  it("a helper error in the front matter", () => {
    const error = renderError('---\nkind: letter\ndate: {{date "2023-13-01"}}\n---\n');
    expect(error.line).toBe(3);
    expect(error.helper).toBe("date");
  });

  it("an unknown helper", () => {
    const error = renderError("a\n{{mony amount}}", { amount: 1 });
    expect(error.message).toBe(`${FILE}:2: helper "mony": unknown helper "mony"`);
  });

  it("a syntax error, at compile time, with its line", () => {
    const unclosed = errorOf(() => compileTemplate("---\nkind: letter\n---\nA\n{{#if x}}\nB\n", FILE));
    expect(unclosed.line).toBe(7);
    expect(unclosed.detail).toMatch(/unexpected end of template/);
    const bad = errorOf(() => compileTemplate("A\n\n{{money x scale=}}", FILE));
    expect(bad.line).toBe(3);
    expect(bad.message).toMatch(/^templates\/report\.hbs:3: unexpected "}}" near/);
    const mismatch = errorOf(() => compileTemplate("---\nkind: letter\n---\n{{#if a}}\n{{/each}}", FILE));
    expect(mismatch.message).toBe(`${FILE}:4: {{#if}} is closed by {{/each}}; close it with {{/if}}`);
    expect(errorOf(() => compileTemplate("---\ntitle: {{t\n---\n", FILE)).line).toBe(2);
  });

  it("refuses partials, decorators and prototype names", () => {
    expect(errorOf(() => compileTemplate("a\n{{> header}}", FILE)).message).toBe(
      `${FILE}:2: partials ({{> name}}) are not supported`,
    );
    expect(errorOf(() => compileTemplate("{{constructor.name}}", FILE)).detail).toBe(
      '"constructor" cannot be used as a field name',
    );
    expect(errorOf(() => compileTemplate("{{x.__proto__}}", FILE)).detail).toBe(
      '"__proto__" cannot be used as a field name',
    );
  });

  it("an alias without its anchor in the front matter is a YAML error of the template, not an unexpected one", () => {
    const error = renderError("---\nkind: letter\nsummary: *x\n---\nA");
    expect(error.problem).toMatchObject({ code: "front-matter-yaml", params: { yamlCode: "BAD_ALIAS" } });
    expect(error.line).toBe(2);
  });

  it("{{lookup}} is strict: a key the object does not own is a missing field, never an empty value or a warning", () => {
    const data = { recipient: { name: "Sở A", "Tên đơn vị": "Sở B" }, list: ["p", "q"] };
    const render = (source: string) => compileTemplate(source, FILE).render(data).blocks;
    expect(render('{{lookup recipient "name"}}, {{lookup recipient "Tên đơn vị"}}, {{lookup list 1}}')).toEqual([
      { type: "paragraph", content: [{ text: "Sở A, Sở B, q" }] },
    ]);
    const warnings: unknown[] = [];
    const original = console.error;
    const originalLog = console.log;
    console.error = console.log = (...args: unknown[]) => warnings.push(args);
    try {
      const cases: [string, string][] = [
        ['{{lookup this "constructor"}}', "this.constructor"],
        ['{{lookup recipient "toString"}}', "recipient.toString"],
        ['{{lookup recipient "hasOwnProperty"}}', "recipient.hasOwnProperty"],
        ['{{#with recipient}}{{lookup . "__proto__"}}{{/with}}', "this.__proto__"],
        ['{{lookup recipient "chuc_vu"}}', "recipient.chuc_vu"],
        ['{{lookup nothing "a"}}', "nothing"],
        ['---\nkind: letter\nsummary: {{lookup recipient "valueOf"}}\n---\nx', "recipient.valueOf"],
      ];
      for (const [source, field] of cases) {
        const error = renderError(source, data);
        expect(error.problem, source).toEqual({ code: "not-defined", params: { field } });
      }
    } finally {
      console.error = original;
      console.log = originalLog;
    }
    expect(warnings).toEqual([]);
  });

  it("an object printed as text", () => {
    expect(renderError("a\n\n{{unit}}", { unit: { name: "A" } }).message).toBe(
      `${FILE}:3: an object cannot be printed as text; print one of its fields or use a helper`,
    );
  });

  it("a chart block that cannot be drawn", () => {
    const error = renderError("```chart\ntitle: x\ncategories: [a]\nseries: [{ name: s, values: [1, 2] }]\n```");
    expect(error.message).toBe(`${FILE}: chart: series "s" has 2 values for 1 category`);
  });
});
