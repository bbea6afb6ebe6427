// Every problem a template author can meet reaches the clerk as a Vietnamese sentence (English with
// --lang en): the TemplateError's code and params go through src/messages like any other UserError.
import { describe, expect, it } from "vitest";
import { messages } from "../../messages/index.js";
import type { Lang } from "../../messages/index.js";
import { compileTemplate } from "./compile.js";
import { handlebarsProblem } from "./compile.js";
import { TemplateError } from "./template-error.js";

const FILE = "templates/thu.hbs";

function errorOf(source: string, data: unknown = {}): TemplateError {
  try {
    compileTemplate(source, FILE).render(data);
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error("expected a TemplateError");
}

/** What the CLI prints (after "Lỗi:"/"Error:"). */
function said(source: string, data: unknown = {}, lang: Lang = "vi"): string {
  const error = errorOf(source, data);
  return messages(lang).errors[error.code]!(error.params);
}
const both = (source: string, data: unknown = {}) => ({ vi: said(source, data, "vi"), en: said(source, data, "en") });

describe("template problems in Vietnamese and English", () => {
  it("front matter not closed", () => {
    expect(both("---\nkind: letter\nA\n")).toEqual({
      vi: `Lỗi trong mẫu văn bản ${FILE}:1: phần đầu (front matter) mở bằng dòng "---" nhưng không có dòng "---" đóng lại`,
      en: `Error in document template ${FILE}:1: the front matter opened by "---" is not closed by a "---" line`,
    });
  });

  it("front matter that is not a mapping, or not YAML", () => {
    expect(both("---\n- a\n- b\n---\n")).toEqual({
      vi: `Lỗi trong mẫu văn bản ${FILE}:2: phần đầu (front matter) phải là các dòng khóa: giá trị (key: value)`,
      en: `Error in document template ${FILE}:2: the front matter must be a YAML mapping (key: value lines)`,
    });
    const yaml = both("---\nkind: letter\n\tsummary: x\n---\n");
    expect(yaml.vi).toMatch(
      /^Lỗi trong mẫu văn bản templates\/thu\.hbs:\d+: phần đầu \(front matter\) có lỗi cú pháp YAML: /,
    );
    expect(yaml.vi).not.toMatch(/[Ii]ndent|[Tt]ab character/);
    expect(yaml.en).toMatch(/^Error in document template templates\/thu\.hbs:\d+: front matter is not valid YAML: /);
  });

  it("reserved characters in the front matter", () => {
    expect(both("---\nkind: letter\nsummary: a\uE000b\n---\n")).toEqual({
      vi: `Lỗi trong mẫu văn bản ${FILE}: phần đầu (front matter) chứa ký tự dành riêng U+E000/U+E001; hãy xóa chúng`,
      en: `Error in document template ${FILE}: the front matter contains the reserved characters U+E000/U+E001`,
    });
  });

  it("a list, an object or NaN printed as text, in the body and in the front matter", () => {
    expect(both("a\n{{units}}", { units: ["A"] })).toEqual({
      vi: `Lỗi trong mẫu văn bản ${FILE}:2: không in được một danh sách thành chữ; dùng {{join danhSach ", "}} hoặc {{#each}}`,
      en: `Error in document template ${FILE}:2: a list cannot be printed as text; use {{join list ", "}} or {{#each}}`,
    });
    expect(both("{{unit}}", { unit: { name: "A" } })).toEqual({
      vi: `Lỗi trong mẫu văn bản ${FILE}:1: không in được một nhóm trường (object) thành chữ; in một trường của nó hoặc dùng một helper`,
      en: `Error in document template ${FILE}:1: an object cannot be printed as text; print one of its fields or use a helper`,
    });
    expect(both("{{n}}", { n: Number.NaN })).toEqual({
      vi: `Lỗi trong mẫu văn bản ${FILE}:1: không in được NaN (không phải là số)`,
      en: `Error in document template ${FILE}:1: cannot print NaN`,
    });
    expect(both("---\nkind: letter\nsummary: về {{units}}\n---\n", { units: ["A"] })).toEqual({
      vi: `Lỗi trong mẫu văn bản ${FILE}:3: phần đầu (front matter): không in được một danh sách thành chữ; dùng {{join danhSach ", "}} hoặc {{#each}}`,
      en: `Error in document template ${FILE}:3: front matter: a list cannot be printed as text; use {{join list ", "}} or {{#each}}`,
    });
  });

  it("a missing field and an unknown helper", () => {
    expect(both("---\nkind: letter\n---\nĐơn vị {{unitName}}.")).toEqual({
      vi: `Lỗi trong mẫu văn bản ${FILE}:4: không có trường "unitName" trong dữ liệu`,
      en: `Error in document template ${FILE}:4: "unitName" is not defined`,
    });
    expect(both("a\n{{mony amount}}", { amount: 1 })).toEqual({
      vi: `Lỗi trong mẫu văn bản ${FILE}:2: helper "mony": không có helper "mony" (gõ sai tên?)`,
      en: `Error in document template ${FILE}:2: helper "mony": unknown helper "mony"`,
    });
  });

  it("helper errors", () => {
    expect(both("{{money amount}}", { amount: "nhiều" })).toEqual({
      vi: `Lỗi trong mẫu văn bản ${FILE}:1: helper "money": cần một số, nhưng nhận được "nhiều"`,
      en: `Error in document template ${FILE}:1: helper "money": expected a number, got "nhiều"`,
    });
    expect(said("{{money total}}", { total: undefined })).toBe(
      `Lỗi trong mẫu văn bản ${FILE}:1: helper "money": không có trường "total" trong dữ liệu`,
    );
    expect(said("{{number}}", { number: 3 })).toBe(
      `Lỗi trong mẫu văn bản ${FILE}:1: helper "number": cần 1 tham số, nhưng có 0 (để in trường tên "number", viết {{this.number}})`,
    );
    expect(said("{{money 1 unit=2}}")).toBe(
      `Lỗi trong mẫu văn bản ${FILE}:1: helper "money": không có tùy chọn "unit" (các tùy chọn: scale, decimals)`,
    );
    expect(said("{{join units}}", { units: { a: 1 } })).toBe(
      `Lỗi trong mẫu văn bản ${FILE}:1: helper "join": cần một danh sách, nhưng nhận được một nhóm trường (object)`,
    );
    expect(said('{{unitTable units "nam:Đơn vị"}}', { units: [{ ten: "A" }] })).toBe(
      `Lỗi trong mẫu văn bản ${FILE}:1: helper "unitTable": dòng 1 không có trường "nam"`,
    );
  });

  it("Handlebars syntax errors name the line", () => {
    expect(both("---\nkind: letter\n---\nA\n{{#if x}}\nB\n")).toEqual({
      vi: `Lỗi trong mẫu văn bản ${FILE}:7: mẫu kết thúc khi một khối chưa được đóng (thiếu {{/…}}?), gần "A{{#if x}}B"`,
      en: `Error in document template ${FILE}:7: unexpected end of template (a {{/…}} missing?) near "A{{#if x}}B"`,
    });
    expect(said("A\n\n{{money x scale=}}")).toMatch(
      /^Lỗi trong mẫu văn bản templates\/thu\.hbs:3: có "}}" không đúng chỗ, gần ".*" \(kiểm tra các dấu \{\{ \}\} ở dòng này\)$/,
    );
    expect(said("{{x")).toMatch(
      /^Lỗi trong mẫu văn bản templates\/thu\.hbs:1: có ký tự không hợp lệ không đúng chỗ, gần "\{\{x"/,
    );
  });

  it("a block closed by another block's end", () => {
    expect(both("---\nkind: letter\n---\n{{#each units}}\n{{/if}}")).toEqual({
      vi: `Lỗi trong mẫu văn bản ${FILE}:4: khối {{#each}} lại được đóng bằng {{/if}}; phải đóng bằng {{/each}}`,
      en: `Error in document template ${FILE}:4: {{#each}} is closed by {{/if}}; close it with {{/each}}`,
    });
  });

  it("a block without its argument", () => {
    expect(said("{{#each}}x{{/each}}")).toBe(
      `Lỗi trong mẫu văn bản ${FILE}: khối {{#each}} cần đúng một tham số, ví dụ {{#each truong}}`,
    );
    expect(said("{{#if}}x{{/if}}", {}, "en")).toBe(
      `Error in document template ${FILE}: {{#if}} needs exactly one argument, e.g. {{#if field}}`,
    );
  });

  it("partials, decorators and reserved field names", () => {
    expect(said("a\n{{> header}}")).toBe(`Lỗi trong mẫu văn bản ${FILE}:2: mẫu không hỗ trợ partial ({{> tên}})`);
    expect(said("{{constructor.name}}")).toBe(
      `Lỗi trong mẫu văn bản ${FILE}:1: không được dùng "constructor" làm tên trường`,
    );
  });

  it("charts", () => {
    expect(both("```chart\ntitle: x\ncategories: [a]\nseries: [{ name: s, values: [1, 2] }]\n```")).toEqual({
      vi: `Lỗi trong mẫu văn bản ${FILE}: biểu đồ: dãy "s" có 2 giá trị cho 1 mục (categories)`,
      en: `Error in document template ${FILE}: chart: series "s" has 2 values for 1 category`,
    });
    expect(said("```chart\ntitle: x\n```")).toBe(
      `Lỗi trong mẫu văn bản ${FILE}: biểu đồ: mục "categories" không đúng dạng (cần title, categories, series: [{ name, values }])`,
    );
    expect(said("```chart\ntitle: x\ncategories: [a]\nseries: []\n```")).toBe(
      `Lỗi trong mẫu văn bản ${FILE}: biểu đồ cần ít nhất một dãy số (series)`,
    );
    expect(said("```chart\ntitle: [\n```")).toMatch(
      /^Lỗi trong mẫu văn bản templates\/thu\.hbs: biểu đồ: lỗi cú pháp YAML: /,
    );
    expect(said('{{chart title="t" categories=c series=s}}', { c: ["a"], s: [{ name: "s", values: ["x"] }] })).toBe(
      `Lỗi trong mẫu văn bản ${FILE}:1: helper "chart": biểu đồ: mục "series.0.values.0" không đúng dạng (cần title, categories, series: [{ name, values }])`,
    );
  });
});

describe("handlebarsProblem", () => {
  it("maps the common Handlebars messages and keeps any other as the library's text", () => {
    expect(handlebarsProblem("if doesn't match each - 3:4")).toEqual({
      code: "block-mismatch",
      params: { open: "if", close: "each" },
    });
    expect(handlebarsProblem('Missing helper: "foo"')).toEqual({ code: "unknown-helper", params: { name: "foo" } });
    expect(handlebarsProblem("You specified knownHelpersOnly, but used the unknown helper foo - 1:0")).toEqual({
      code: "unknown-helper",
      params: { name: "foo" },
    });
    expect(handlebarsProblem("Must pass iterator to #each")).toEqual({
      code: "block-argument",
      params: { block: "each" },
    });
    const other = handlebarsProblem("inverse is not a function");
    expect(other).toEqual({ code: "handlebars", params: { reason: "inverse is not a function" } });
    const params = { file: FILE, location: FILE, problem: other.code, ...other.params };
    expect(messages("vi").errors["template/error"]!(params)).toBe(
      `Lỗi trong mẫu văn bản ${FILE}: lỗi Handlebars: "inverse is not a function"`,
    );
    expect(messages("en").errors["template/error"]!(params)).toBe(
      `Error in document template ${FILE}: Handlebars error: "inverse is not a function"`,
    );
  });
});
