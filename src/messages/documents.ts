// Documents: aggregate, report and directive, templates and PDF.
import type { TemplateProblemCode } from "../domain/template-problem.js";
import { fsReasonEn, fsReasonVi } from "./fs-reason.js";
import type { Params } from "./params.js";
import { plural } from "./params.js";
import { yamlFaultsEn, yamlFaultsVi } from "./yaml-faults.js";

/** A value a helper was given, as describeValue (src/documents/template/escape.ts) names it. */
const gotVi = (got: string | number | undefined): string =>
  got === "<undefined>"
    ? "không có giá trị"
    : got === "<list>"
      ? "một danh sách"
      : got === "<object>"
        ? "một nhóm trường (object)"
        : `${got}`;

/** Handlebars' token names (its parser's), as the template author wrote them: the same in both languages. */
const TOKENS: Record<string, string> = {
  CLOSE: '"}}"',
  CLOSE_UNESCAPED: '"}}}"',
  OPEN: '"{{"',
  OPEN_BLOCK: '"{{#"',
  OPEN_ENDBLOCK: '"{{/"',
  OPEN_INVERSE: '"{{^"',
  INVERSE: '"{{else}}"',
  OPEN_SEXPR: '"("',
  CLOSE_SEXPR: '")"',
  EQUALS: '"="',
};
const tokensVi: Record<string, string> = { ...TOKENS, INVALID: "ký tự không hợp lệ" };

export function templateProblemsVi(): Record<TemplateProblemCode, (p: Params) => string> {
  return {
    "front-matter-unclosed": () => 'phần đầu (front matter) mở bằng dòng "---" nhưng không có dòng "---" đóng lại',
    "front-matter-not-mapping": () => "phần đầu (front matter) phải là các dòng khóa: giá trị (key: value)",
    "front-matter-yaml": (p) =>
      `phần đầu (front matter) có lỗi cú pháp YAML: ${yamlFaultsVi[p.yamlCode as string] ?? yamlFaultsVi.OTHER}`,
    "reserved-characters": () => "phần đầu (front matter) chứa ký tự dành riêng U+E000/U+E001; hãy xóa chúng",
    "reserved-field": (p) => `không được dùng "${p.name}" làm tên trường`,
    partials: () => "mẫu không hỗ trợ partial ({{> tên}})",
    decorators: () => "mẫu không hỗ trợ decorator ({{* tên}})",
    "unexpected-end": (p) => `mẫu kết thúc khi một khối chưa được đóng (thiếu {{/…}}?), gần "${p.near}"`,
    "unexpected-token": (p) =>
      `có ${tokensVi[p.token as string] ?? `ký hiệu ${p.token}`} không đúng chỗ, gần "${p.near}" (kiểm tra các dấu {{ }} ở dòng này)`,
    syntax: (p) => `lỗi cú pháp gần "${p.near}" (kiểm tra các dấu {{ }} ở dòng này)`,
    "block-mismatch": (p) => `khối {{#${p.open}}} lại được đóng bằng {{/${p.close}}}; phải đóng bằng {{/${p.open}}}`,
    "block-argument": (p) => `khối {{#${p.block}}} cần đúng một tham số, ví dụ {{#${p.block} truong}}`,
    handlebars: (p) => `lỗi Handlebars: "${p.reason}"`,
    "not-defined": (p) => `không có trường "${p.field}" trong dữ liệu`,
    "unknown-helper": (p) => `không có helper "${p.name}" (gõ sai tên?)`,
    "helper-arity": (p) => {
      const min = Number(p.min);
      const max = Number(p.max);
      const expected = min === max ? `${min}` : max < 0 ? `ít nhất ${min}` : `từ ${min} đến ${max}`;
      const hint = Number(p.count) === 0 ? ` (để in trường tên "${p.name}", viết {{this.${p.name}}})` : "";
      return `cần ${expected} tham số, nhưng có ${p.count}${hint}`;
    },
    "argument-not-defined": (p) => `tham số thứ ${p.n} không có giá trị`,
    "unknown-option": (p) => `không có tùy chọn "${p.option}" (các tùy chọn: ${p.known || "không có"})`,
    "option-not-defined": (p) => `tùy chọn "${p.option}" không có giá trị`,
    "helper-failed": (p) => `lỗi khi chạy helper: "${p.reason}"`,
    "print-list": () => 'không in được một danh sách thành chữ; dùng {{join danhSach ", "}} hoặc {{#each}}',
    "print-object": () => "không in được một nhóm trường (object) thành chữ; in một trường của nó hoặc dùng một helper",
    "print-function": () => "không in được một hàm thành chữ",
    "print-number": (p) => `không in được ${p.value} (không phải là số)`,
    "expected-number": (p) => `cần một số, nhưng nhận được ${gotVi(p.got)}`,
    "expected-text": (p) => `cần một chuỗi chữ, nhưng nhận được ${gotVi(p.got)}`,
    "expected-list": (p) => `cần một danh sách, nhưng nhận được ${gotVi(p.got)}`,
    "expected-date": (p) => `cần một ngày ("2023-07-03" hoặc { year, month, day }), nhưng nhận được ${gotVi(p.got)}`,
    "expected-period": (p) => `cần một kỳ báo cáo, ví dụ "2023-H1", nhưng nhận được ${gotVi(p.got)}`,
    "expected-whole-number": (p) => `${p.option} phải là số nguyên, nhưng nhận được ${gotVi(p.got)}`,
    "expected-boolean": (p) => `${p.option} phải là true hoặc false, nhưng nhận được ${gotVi(p.got)}`,
    "money-scale": (p) => `scale phải là "dong" hoặc "million", nhưng nhận được ${gotVi(p.got)}`,
    "draft-date": () => "ngày dự thảo cần có năm và tháng (year, month)",
    "columns-twice": () => "chỉ ghi các cột một cách: hoặc là tham số, hoặc columns=…",
    "columns-not-list": (p) => `columns phải là một danh sách, nhưng nhận được ${gotVi(p.got)}`,
    "no-columns": () => 'chưa có cột nào: ghi dạng "truong:Tiêu đề" hoặc dùng columns=…',
    "column-spec": (p) => `cột thứ ${p.n}: cần "truong:Tiêu đề" hoặc { key, header }, nhưng nhận được ${gotVi(p.got)}`,
    "indicators-not-list": (p) => `cần danh sách chỉ tiêu, nhưng nhận được ${gotVi(p.got)}`,
    "indicator-row": (p) => `chỉ tiêu thứ ${p.n}: ${p.path ? `trường "${p.path}" ` : ""}không đúng dạng`,
    "rows-not-list": (p) => `cần một danh sách các dòng, nhưng nhận được ${gotVi(p.got)}`,
    "row-missing-field": (p) => `dòng ${p.row} không có trường "${p.key}"`,
    "chart-yaml": (p) => `biểu đồ: lỗi cú pháp YAML: ${yamlFaultsVi[p.yamlCode as string] ?? yamlFaultsVi.OTHER}`,
    "chart-shape": (p) =>
      `biểu đồ: ${p.path ? `mục "${p.path}" ` : ""}không đúng dạng (cần title, categories, series: [{ name, values }])`,
    "chart-no-series": () => "biểu đồ cần ít nhất một dãy số (series)",
    "chart-lengths": (p) => `biểu đồ: dãy "${p.series}" có ${p.values} giá trị cho ${p.categories} mục (categories)`,
    "chart-not-number": (p) => `biểu đồ: dãy "${p.series}" có giá trị không phải là số`,
  };
}

/** A value a helper was given, as describeValue (src/documents/template/escape.ts) names it. */
const gotEn = (got: string | number | undefined): string =>
  got === "<undefined>"
    ? "nothing (undefined)"
    : got === "<list>"
      ? "a list"
      : got === "<object>"
        ? "an object"
        : `${got}`;

const tokensEn: Record<string, string> = { ...TOKENS, INVALID: "an invalid character" };

export function templateProblemsEn(): Record<TemplateProblemCode, (p: Params) => string> {
  return {
    "front-matter-unclosed": () => 'the front matter opened by "---" is not closed by a "---" line',
    "front-matter-not-mapping": () => "the front matter must be a YAML mapping (key: value lines)",
    "front-matter-yaml": (p) => `front matter is not valid YAML: ${yamlFaultsEn[p.yamlCode as string] ?? p.reason}`,
    "reserved-characters": () => "the front matter contains the reserved characters U+E000/U+E001",
    "reserved-field": (p) => `"${p.name}" cannot be used as a field name`,
    partials: () => "partials ({{> name}}) are not supported",
    decorators: () => "decorators ({{* name}}) are not supported",
    "unexpected-end": (p) => `unexpected end of template (a {{/…}} missing?) near "${p.near}"`,
    "unexpected-token": (p) => `unexpected ${tokensEn[p.token as string] ?? p.token} near "${p.near}"`,
    syntax: (p) => `syntax error near "${p.near}"`,
    "block-mismatch": (p) => `{{#${p.open}}} is closed by {{/${p.close}}}; close it with {{/${p.open}}}`,
    "block-argument": (p) => `{{#${p.block}}} needs exactly one argument, e.g. {{#${p.block} field}}`,
    handlebars: (p) => `Handlebars error: "${p.reason}"`,
    "not-defined": (p) => `"${p.field}" is not defined`,
    "unknown-helper": (p) => `unknown helper "${p.name}"`,
    "helper-arity": (p) => {
      const min = Number(p.min);
      const max = Number(p.max);
      const expected = min === max ? `${min}` : max < 0 ? `at least ${min}` : `${min} to ${max}`;
      const hint = Number(p.count) === 0 ? ` (to print a field called "${p.name}", write {{this.${p.name}}})` : "";
      return `expects ${expected} argument${min === 1 && max === 1 ? "" : "s"}, got ${p.count}${hint}`;
    },
    "argument-not-defined": (p) => `argument ${p.n} is not defined`,
    "unknown-option": (p) => `unknown option "${p.option}" (options: ${p.known || "none"})`,
    "option-not-defined": (p) => `option "${p.option}" is not defined`,
    "helper-failed": (p) => `${p.reason}`,
    "print-list": () => 'a list cannot be printed as text; use {{join list ", "}} or {{#each}}',
    "print-object": () => "an object cannot be printed as text; print one of its fields or use a helper",
    "print-function": () => "a function cannot be printed as text",
    "print-number": (p) => `cannot print ${p.value}`,
    "expected-number": (p) => `expected a number, got ${gotEn(p.got)}`,
    "expected-text": (p) => `expected text, got ${gotEn(p.got)}`,
    "expected-list": (p) => `expected a list, got ${gotEn(p.got)}`,
    "expected-date": (p) => `expected a date ("2023-07-03" or { year, month, day }), got ${gotEn(p.got)}`,
    "expected-period": (p) => `expected a period such as "2023-H1", got ${gotEn(p.got)}`,
    "expected-whole-number": (p) => `${p.option} must be a whole number, got ${gotEn(p.got)}`,
    "expected-boolean": (p) => `${p.option} must be true or false, got ${gotEn(p.got)}`,
    "money-scale": (p) => `scale must be "dong" or "million", got ${gotEn(p.got)}`,
    "draft-date": () => "a draft date needs a year and a month",
    "columns-twice": () => "give the columns either as arguments or as columns=…, not both",
    "columns-not-list": (p) => `columns must be a list, got ${gotEn(p.got)}`,
    "no-columns": () => 'no columns: write them as "key:Header" or pass columns=…',
    "column-spec": (p) => `column ${p.n}: expected "key:Header" or { key, header }, got ${gotEn(p.got)}`,
    "indicators-not-list": (p) => `expected the list of indicators, got ${gotEn(p.got)}`,
    "indicator-row": (p) => `indicator ${p.n}: ${p.path ? `${p.path} ` : ""}${p.reason}`,
    "rows-not-list": (p) => `expected a list of rows, got ${gotEn(p.got)}`,
    "row-missing-field": (p) => `row ${p.row} has no field "${p.key}"`,
    "chart-yaml": (p) => `chart: not valid YAML: ${p.reason}`,
    "chart-shape": (p) =>
      `chart: ${p.path ? `${p.path}: ` : ""}${p.reason} (expected title, categories, series: [{ name, values }])`,
    "chart-no-series": () => "chart: a chart needs at least one series",
    "chart-lengths": (p) =>
      `chart: series "${p.series}" has ${plural(p.values, "value")} for ${plural(p.categories, "category", "categories")}`,
    "chart-not-number": (p) => `chart: series "${p.series}" has a value that is not a number`,
  };
}

export const aggregateVi = {
  progress: "Đang đọc báo cáo đã lưu",
  title: (p: Params) => `Tổng hợp ${p.label}: ${p.submitted}/${p.expected} đơn vị có báo cáo đạt.`,
  missing: (p: Params) => `Chưa có số liệu của: ${p.units}.`,
  incidents: (p: Params) => `Vụ việc: ${p.count} vụ, thiệt hại ${p.damage} đồng, tiền phạt ${p.fines} đồng.`,
  previousDisagree: (p: Params) =>
    `Cảnh báo: số cùng kỳ của ${p.indicator} trong biểu mẫu khác số đã lưu kỳ trước (${p.units}); dùng số đã lưu.`,
  previousIncomplete: (p: Params) =>
    `Cảnh báo: ${p.indicator} không so sánh được với cùng kỳ vì chưa có số liệu cùng kỳ của: ${p.units} (ghi cột "Cùng kỳ năm trước" hoặc nhập báo cáo kỳ trước).`,
  unitNotInConfig: (p: Params) => `Cảnh báo: bỏ qua báo cáo của đơn vị không còn trong baocao.yaml: ${p.units}.`,
  listValueNotInConfig: (p: Params) =>
    `Cảnh báo: ${p.count} vụ việc có ${p.list} "${p.value}" không còn trong danh sách của baocao.yaml (đã đổi tên hoặc bỏ đi sau khi nhận báo cáo) nên được tính vào "(không ghi)" (đơn vị: ${p.units}). Nếu chỉ là đổi tên, ghi lại giá trị cũ trong danh sách hoặc đề nghị các đơn vị gửi lại báo cáo.`,
  written: (p: Params) => `Đã ghi ${p.json} và ${p.workbook}.`,
};

export const documentsVi = {
  converting: "Đang chuyển sang PDF (LibreOffice)…",
  askNumber: "Số văn bản",
  askDate: "Ngày ban hành (dd/mm/yyyy)",
  askReportNumber: "Số báo cáo của Sở",
  askReportDate: "Ngày của báo cáo (dd/mm/yyyy)",
  template: (p: Params) => `Mẫu: ${p.file}`,
  builtinTemplate: (p: Params) => `Mẫu: ${p.name} (mẫu có sẵn của baocao)`,
  assessmentUsed: (p: Params) => `Nhận định, kiến nghị của Sở: ${p.file}`,
  written: (p: Params) => `Đã ghi ${p.file}.`,
  aggregateRecomputed: {
    damaged: (p: Params) =>
      `Lưu ý: ${p.file} bị hỏng (không đọc được, có thể bị ghi dở): tính lại số liệu tổng hợp từ kho.`,
    shape: (p: Params) =>
      `Lưu ý: ${p.file} không đúng cấu trúc của phiên bản baocao này: tính lại số liệu tổng hợp từ kho.`,
    period: (p: Params) => `Lưu ý: ${p.file} là số liệu của kỳ khác: tính lại số liệu tổng hợp từ kho.`,
    config: (p: Params) =>
      `Lưu ý: cấu hình (baocao.yaml, chi-tieu.yaml …) đã thay đổi từ khi lập ${p.file}: tính lại số liệu tổng hợp từ kho.`,
    ledger: (p: Params) => `Lưu ý: kho đã tiếp nhận thêm tệp từ khi lập ${p.file}: tính lại số liệu tổng hợp từ kho.`,
  },
  dateBeforeWindowEnd: (p: Params) =>
    `Cảnh báo: ngày báo cáo ${p.date} chưa qua ngày chốt số liệu của kỳ (${p.windowEnd}), nên số liệu chưa thể đủ. Kiểm tra lại --date nếu gõ nhầm.`,
  incidentListCapped: (p: Params) =>
    `Phụ lục III liệt kê ${p.listed}/${p.total} vụ việc (giới hạn report.incidentListLimit trong baocao.yaml) và tổng hợp theo đơn vị, theo hành vi; danh sách đầy đủ ở trang tính "${p.sheet}" của ${p.file}.`,
};

export const documentErrorsVi = {
  "aggregate/no-submissions": (p: Params) =>
    `Chưa có báo cáo nào đạt của kỳ ${p.period}. ${
      p.held ? `Kho chỉ có số liệu các kỳ: ${p.held}.` : "Kho lưu trữ chưa có báo cáo nào đạt."
    } Chạy \`baocao ingest <thư mục> --period ${p.period}\` trước, hoặc kiểm tra lại --period.`,
  "assessment/unknown-heading": (p: Params) =>
    `${p.file}, dòng ${p.line}: tiêu đề "${p.heading}" không ứng với phần nào của báo cáo. Dùng một trong các tiêu đề: "# Đánh giá", "# Tồn tại, hạn chế", "# Nguyên nhân", "# Phương hướng, nhiệm vụ", "# Kiến nghị".`,
  "assessment/no-heading": (p: Params) =>
    `${p.file}, dòng ${p.line}: đoạn văn này chưa nằm dưới tiêu đề nào. Đặt trước nó một tiêu đề như "# Đánh giá" hoặc "# Kiến nghị" để baocao biết đưa vào phần nào của báo cáo.`,
  "assessment/unreadable": (p: Params) => `Không đọc được ${p.file}: ${fsReasonVi(p.code)}`,
  "document/missing-metadata": (p: Params) =>
    `Thiếu ${p.missing}. Ghi rõ các tùy chọn này, hoặc dùng --draft để để trống số và ngày cho văn thư.`,
  "document/missing-cited": (p: Params) =>
    `Thiếu ${p.missing}: số và ngày của báo cáo mà công văn trả lời, ví dụ --report-number 841 --report-date 03/07/2023. Báo cáo đó đã ban hành nên phải ghi đủ số và ngày; chỉ số, ngày của chính công văn mới được để trống khi soạn dự thảo.`,
  "document/bad-number": (p: Params) => `Số văn bản "${p.value}" không hợp lệ: chỉ ghi phần số, ví dụ 841.`,
  "document/exists": (p: Params) =>
    `${p.file} đã có (có thể đã được sửa bằng Word). Dùng --out để ghi tệp khác, hoặc --force để ghi đè.`,
  "document/no-issuer": (p: Params) =>
    `${p.file}: chưa có cơ quan ban hành (documents.${p.kind}.issuer trong baocao.yaml).`,
  "document/no-signer": (p: Params) => `${p.file}: không có người ký "${p.signer}" của ${p.issuer}.`,
  "pdf/failed": (p: Params) => `LibreOffice không chuyển được ${p.file} sang PDF: ${p.detail}`,
  "template/error": (p: Params) =>
    `Lỗi trong mẫu văn bản ${p.location}: ${p.helper ? `helper "${p.helper}": ` : ""}${
      p.section === "front-matter" ? "phần đầu (front matter): " : ""
    }${templateProblemsVi()[p.problem as TemplateProblemCode]?.(p) ?? p.problem}`,
  "template/bad-name": (p: Params) => `Tên mẫu "${p.name}" không hợp lệ (chỉ chữ thường không dấu, số, "-").`,
  "template/not-found": (p: Params) => `Không có mẫu "${p.name}" (đã tìm: ${p.searched}).`,
  "template/unreadable": (p: Params) => `Không đọc được mẫu ${p.file}: ${fsReasonVi(p.code)}`,
  "template/front-matter": (p: Params) =>
    `Mẫu ${p.file}: phần đầu (front matter) "${p.path}" không hợp lệ: ${p.detail}`,
};

export const aggregateEn: typeof aggregateVi = {
  progress: "Reading stored reports",
  title: (p: Params) =>
    `Aggregate of ${p.label}: ${p.submitted}/${plural(p.expected, "unit")} with an accepted submission.`,
  missing: (p: Params) => `No figures yet from: ${p.units}.`,
  incidents: (p: Params) => `Incidents: ${p.count}, damage ${p.damage} đồng, fines ${p.fines} đồng.`,
  previousDisagree: (p: Params) =>
    `Warning: the same-period figure of ${p.indicator} in the forms differs from the stored one (${p.units}); the stored one is used.`,
  previousIncomplete: (p: Params) =>
    `Warning: ${p.indicator} is not compared with the same period: no figure for last year from ${p.units}.`,
  unitNotInConfig: (p: Params) => `Warning: left out submissions of units no longer in baocao.yaml: ${p.units}.`,
  listValueNotInConfig: (p: Params) =>
    `Warning: ${plural(p.count, "incident")} ${Number(p.count) === 1 ? "has" : "have"} ${p.list} "${p.value}", which is no longer in baocao.yaml's list (renamed or removed after the submissions were received), so they are counted under "(không ghi)" (units: ${p.units}). If it was only renamed, put the old value back in the list or ask the units to send their reports again.`,
  written: (p: Params) => `Wrote ${p.json} and ${p.workbook}.`,
};

export const documentsEn: typeof documentsVi = {
  converting: "Converting to PDF (LibreOffice)…",
  askNumber: "Document number",
  askDate: "Date of issue (dd/mm/yyyy)",
  askReportNumber: "Number of the Department's report",
  askReportDate: "Date of the report (dd/mm/yyyy)",
  template: (p: Params) => `Template: ${p.file}`,
  builtinTemplate: (p: Params) => `Template: ${p.name} (built into baocao)`,
  assessmentUsed: (p: Params) => `The Department's own assessment and recommendations: ${p.file}`,
  written: (p: Params) => `Wrote ${p.file}.`,
  aggregateRecomputed: {
    damaged: (p: Params) =>
      `Note: ${p.file} is damaged (unreadable, perhaps half-written): recomputing the aggregate from the store.`,
    shape: (p: Params) =>
      `Note: ${p.file} does not have the structure this version of baocao writes: recomputing the aggregate from the store.`,
    period: (p: Params) => `Note: ${p.file} holds another period's figures: recomputing the aggregate from the store.`,
    config: (p: Params) =>
      `Note: the configuration (baocao.yaml, chi-tieu.yaml …) changed after ${p.file} was made: recomputing the aggregate from the store.`,
    ledger: (p: Params) =>
      `Note: the store received files after ${p.file} was made: recomputing the aggregate from the store.`,
  },
  dateBeforeWindowEnd: (p: Params) =>
    `Warning: the report's date ${p.date} is not after the last day of the period's data window (${p.windowEnd}), so its figures cannot be complete. Check --date if it was a typo.`,
  incidentListCapped: (p: Params) =>
    `Appendix III lists ${p.listed} of ${plural(p.total, "incident")} (limit report.incidentListLimit in baocao.yaml) and totals by unit and by behaviour; the full list is in the "${p.sheet}" sheet of ${p.file}.`,
};

export const documentErrorsEn: typeof documentErrorsVi = {
  "aggregate/no-submissions": (p: Params) =>
    `No accepted submission for ${p.period} yet. ${
      p.held ? `The store only holds figures for: ${p.held}.` : "The store holds no accepted submission yet."
    } Run \`baocao ingest <folder> --period ${p.period}\` first, or check --period.`,
  "assessment/unknown-heading": (p: Params) =>
    `${p.file}, line ${p.line}: the heading "${p.heading}" names no section of the report. Use one of: "# Đánh giá" (assessment), "# Tồn tại, hạn chế" (shortcomings), "# Nguyên nhân" (causes), "# Phương hướng, nhiệm vụ" (directions), "# Kiến nghị" (recommendations).`,
  "assessment/no-heading": (p: Params) =>
    `${p.file}, line ${p.line}: this paragraph is under no heading. Put a heading such as "# Đánh giá" or "# Kiến nghị" before it so baocao knows which section of the report it belongs to.`,
  "assessment/unreadable": (p: Params) => `Cannot read ${p.file}: ${fsReasonEn(p.code)}`,
  "document/missing-metadata": (p: Params) =>
    `Missing ${p.missing}. Give these options, or use --draft to leave the number and day blank.`,
  "document/missing-cited": (p: Params) =>
    `Missing ${p.missing}: the number and date of the report the letter answers, e.g. --report-number 841 --report-date 03/07/2023. That report was issued already, so both are needed; only the letter's own number and day may be left blank in a draft.`,
  "document/bad-number": (p: Params) => `Document number "${p.value}" is not valid: digits only, e.g. 841.`,
  "document/exists": (p: Params) =>
    `${p.file} already exists (it may have been edited in Word). Use --out for another file, or --force to overwrite.`,
  "document/no-issuer": (p: Params) => `${p.file}: no issuing body (documents.${p.kind}.issuer in baocao.yaml).`,
  "document/no-signer": (p: Params) => `${p.file}: issuer ${p.issuer} has no signer "${p.signer}".`,
  "pdf/failed": (p: Params) => `LibreOffice could not convert ${p.file} to PDF: ${p.detail}`,
  "template/error": (p: Params) =>
    `Error in document template ${p.location}: ${p.helper ? `helper "${p.helper}": ` : ""}${
      p.section === "front-matter" ? "front matter: " : ""
    }${templateProblemsEn()[p.problem as TemplateProblemCode]?.(p) ?? p.problem}`,
  "template/bad-name": (p: Params) => `Template name "${p.name}" is not valid (lower-case letters, digits, "-").`,
  "template/not-found": (p: Params) => `No template "${p.name}" (searched: ${p.searched}).`,
  "template/unreadable": (p: Params) => `Cannot read template ${p.file}: ${fsReasonEn(p.code)}`,
  "template/front-matter": (p: Params) => `Template ${p.file}: front matter "${p.path}" is not valid: ${p.detailEn}`,
};
