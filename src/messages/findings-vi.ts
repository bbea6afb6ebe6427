// Vietnamese text for every validation finding: what is wrong, and what the agency should do.
import type { Finding, FindingCode } from "../domain/findings.js";
import { formatNumber } from "../vn/numbers.js";

export interface FindingText {
  message: (f: Finding) => string;
  hint: (f: Finding) => string;
}

const p = (f: Finding, key: string) => String(f.params[key] ?? "");
const v = (f: Finding) => (f.value === null ? "" : `"${String(f.value)}"`);
/** A figure of the params, in Vietnamese format (7.500.000). */
export const n = (f: Finding, key: string) =>
  typeof f.params[key] === "number" ? formatNumber(f.params[key]) : String(f.params[key] ?? "");
/** "<=" → "không được lớn hơn": comparisons in words. */
export const opWords: Record<string, string> = {
  "<": "phải nhỏ hơn",
  "<=": "không được lớn hơn",
  "=": "phải bằng",
  ">=": "không được nhỏ hơn",
  ">": "phải lớn hơn",
};
/** Why LibreOffice did not convert the file, when it was tried (params.conversion), as a sentence. */
const conversionNote = (f: Finding) =>
  p(f, "conversion") === "timeout"
    ? " LibreOffice không chuyển được tệp này sang .xlsx trong thời gian cho phép."
    : p(f, "conversion") === "too-large"
      ? " Tệp .xlsx chuyển từ tệp này vượt giới hạn dung lượng."
      : p(f, "conversion") === "failed"
        ? " LibreOffice không chuyển được tệp này sang .xlsx."
        : "";
/** The other way for .xls/.ods/.xlsb: LibreOffice on the clerk's computer converts them (file/converted). */
const INSTALL_LIBREOFFICE =
  " Hoặc cài LibreOffice trên máy này (xem `baocao doctor`): baocao sẽ tự chuyển tệp .xls, .ods, .xlsb sang .xlsx.";
/** "xls" → ".xls". */
const formatName = (format: string) => `.${format}`;
/** Install LibreOffice: said only when it was not tried (a failed conversion says why instead). */
const installHint = (f: Finding) => (f.params.conversion === undefined ? INSTALL_LIBREOFFICE : "");
const MB = (bytes: string) => `${Math.round(Number(bytes) / 1024 / 1024)} MB`;

export const findingsVi: Record<FindingCode, FindingText> = {
  "file/empty": { message: () => "Tệp rỗng (0 byte).", hint: () => "Đề nghị đơn vị gửi lại tệp biểu mẫu đã điền." },
  "file/too-large": {
    message: (f) => `Tệp quá lớn (${MB(p(f, "size"))}, giới hạn ${MB(p(f, "limit"))}).`,
    hint: () => "Biểu mẫu đã điền thường dưới 1 MB; kiểm tra tệp có chèn ảnh hoặc nhiều dòng thừa không.",
  },
  "file/not-xlsx": {
    message: (f) =>
      (p(f, "format") === "ods"
        ? "Tệp bảng tính LibreOffice/OpenOffice (.ods), chưa phải tệp Excel .xlsx."
        : p(f, "format") === "xlsb"
          ? "Tệp Excel dạng nhị phân (.xlsb), chưa phải tệp Excel .xlsx."
          : "Không phải tệp Excel .xlsx.") + conversionNote(f),
    hint: (f) =>
      p(f, "format") === "ods"
        ? `Mở tệp bằng LibreOffice Calc, chọn Tệp → Lưu thành, kiểu tệp Excel 2007-365 (.xlsx), rồi gửi lại.${installHint(f)}`
        : p(f, "format") === "xlsb"
          ? `Mở biểu mẫu bằng Excel và lưu lại dạng .xlsx (Excel Workbook).${installHint(f)}`
          : "Mở biểu mẫu bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx (Excel Workbook).",
  },
  "file/legacy-xls": {
    message: (f) => `Tệp Excel dạng cũ (.xls), không đọc được.${conversionNote(f)}`,
    hint: (f) => `Mở tệp bằng Excel và chọn Lưu thành → Excel Workbook (.xlsx).${installHint(f)}`,
  },
  "file/converted": {
    message: (f) =>
      `Tệp ${formatName(p(f, "format"))} đã được chuyển sang .xlsx bằng LibreOffice rồi mới kiểm tra; tên trang và địa chỉ ô giữ nguyên như trong tệp của đơn vị.`,
    hint: () => "Không cần sửa. Lần sau đơn vị nên gửi tệp .xlsx (biểu mẫu do baocao tạo).",
  },
  "file/encrypted": {
    message: () => "Tệp được đặt mật khẩu, không mở được.",
    hint: () => "Đề nghị đơn vị bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi gửi lại.",
  },
  "file/corrupt": {
    message: () => "Tệp bị hỏng hoặc không đầy đủ (có thể do tải về bị lỗi).",
    hint: () => "Đề nghị đơn vị gửi lại tệp; nếu gửi qua thư điện tử, hãy đính kèm lại.",
  },
  "file/zip-bomb": {
    message: (f) => `Nội dung tệp khi giải nén vượt giới hạn an toàn (${MB(p(f, "limit"))}).`,
    hint: () => "Tệp không phải biểu mẫu thông thường; không mở tệp này, đề nghị đơn vị gửi lại.",
  },
  "file/not-a-form": {
    message: (f) =>
      `Không phải biểu mẫu báo cáo: không có trang "Thông tin", "Chỉ tiêu", "Vụ việc" hay "Đánh giá" (các trang: ${p(f, "sheets")}).`,
    hint: () => "Dùng đúng biểu mẫu do baocao tạo (`baocao forms`), không đổi tên các trang.",
  },
  "sheet/missing": {
    message: (f) => `Thiếu trang "${p(f, "name")}".`,
    hint: () => "Dùng đúng biểu mẫu đã gửi; không xóa hoặc đổi tên các trang.",
  },
  "sheet/too-many-rows": {
    message: (f) =>
      `Trang "${p(f, "name")}" có quá ${n(f, "limit")} dòng: các dòng sau dòng ${n(f, "last")} không được đọc.`,
    hint: () =>
      "Một biểu mẫu báo cáo không có nhiều dòng như vậy: xóa các dòng thừa (hoặc dữ liệu dán nhầm) rồi gửi lại.",
  },
  "header/missing": {
    message: (f) => `Thiếu cột "${p(f, "header")}".`,
    hint: () => "Khôi phục tiêu đề cột như trong biểu mẫu gốc (dòng 1).",
  },
  "info/missing": {
    message: (f) => `Chưa ghi "${p(f, "label")}".`,
    hint: (f) => `Ghi "${p(f, "label")}" ở cột B, trang "Thông tin".`,
  },
  "unit/unknown": {
    message: (f) => `Mã đơn vị "${p(f, "code")}" không có trong danh sách đơn vị báo cáo.`,
    hint: () => "Dùng mã đơn vị đã điền sẵn trong biểu mẫu được gửi.",
  },
  "unit/name-mismatch": {
    message: (f) => `Tên đơn vị ${v(f)} không khớp với mã ${p(f, "code")} (${p(f, "expected")}).`,
    hint: () => "Có thể đơn vị đã dùng nhầm biểu mẫu của đơn vị khác; đề nghị đơn vị ghi đúng mã và tên của mình.",
  },
  "period/missing": {
    message: () => "Chưa ghi kỳ báo cáo.",
    hint: () => 'Ghi kỳ báo cáo, ví dụ "6 tháng đầu năm 2023".',
  },
  "period/invalid": {
    message: (f) => `Kỳ báo cáo ${v(f)} không đọc được.`,
    hint: () => 'Ghi như "6 tháng đầu năm 2023" hoặc "2023-H1".',
  },
  "period/mismatch": {
    message: (f) => `Biểu mẫu của kỳ "${p(f, "found")}", không phải kỳ đang tổng hợp "${p(f, "expected")}".`,
    hint: (f) => `Đề nghị đơn vị gửi số liệu ${p(f, "expected")} trên biểu mẫu của kỳ này.`,
  },
  "indicator/missing-row": {
    message: (f) => `Thiếu dòng chỉ tiêu ${p(f, "code")}.`,
    hint: () => "Không xóa dòng chỉ tiêu; nếu không phát sinh, ghi 0.",
  },
  "indicator/unknown": {
    message: (f) => `Mã chỉ tiêu "${p(f, "code")}" không có trong danh mục; dòng này được bỏ qua.`,
    hint: () => "Không thêm hoặc sửa mã chỉ tiêu trong cột Mã.",
  },
  "indicator/not-applicable": {
    message: (f) => `Chỉ tiêu ${p(f, "code")} không thuộc loại đơn vị này; vẫn được ghi nhận.`,
    hint: () => "Dùng đúng biểu mẫu của đơn vị mình.",
  },
  "indicator/duplicate-row": {
    message: (f) => `Chỉ tiêu ${p(f, "code")} xuất hiện hai lần; dòng sau bị bỏ qua.`,
    hint: () => "Xóa dòng trùng, giữ một dòng cho mỗi chỉ tiêu.",
  },
  "assessment/missing-section": {
    message: (f) => `Thiếu mục "${p(f, "section")}" trong trang Đánh giá.`,
    hint: () => 'Thêm lại dòng của mục này và ghi nội dung (nếu không có, ghi "Không").',
  },
  "value/required": {
    message: (f) => `Ô ${f.cell} (${f.column}) đang để trống.`,
    hint: (f) =>
      f.sheet === "Vụ việc" || f.sheet?.toLowerCase().includes("vu viec")
        ? f.column === "Ngày phát hiện"
          ? "Ghi ngày phát hiện theo dạng ngày/tháng/năm, ví dụ 05/03/2023."
          : "Chọn một giá trị trong danh sách thả xuống của cột này."
        : "Ghi số liệu; nếu không phát sinh, ghi 0 (ô trống không được hiểu là 0).",
  },
  "value/not-a-number": {
    message: (f) => `Ô ${f.cell} (${f.column}) phải là số, đang ghi ${v(f)}.`,
    hint: () => "Chỉ ghi chữ số, ví dụ 1250000 hoặc 1.250.000; ghi chú đưa sang cột Ghi chú.",
  },
  "value/negative": {
    message: (f) => `Ô ${f.cell} (${f.column}) là số âm (${String(f.value)}).`,
    hint: () => "Số liệu phải từ 0 trở lên.",
  },
  "value/fractional": {
    message: (f) =>
      p(f, "type") === "money"
        ? `Ô ${f.cell} (${f.column}): số tiền phải là số đồng nguyên, đang ghi ${String(f.value)}.`
        : `Ô ${f.cell} (${f.column}) phải là số nguyên, đang ghi ${String(f.value)}.`,
    hint: (f) =>
      p(f, "type") === "money"
        ? "Ghi số tiền bằng đồng, không có phần lẻ (ví dụ 7500000 hoặc 7.500.000)."
        : "Ghi số nguyên (số vụ, số cuộc …). Lưu ý: dấu phẩy là dấu thập phân, nghìn ghi bằng dấu chấm (1.611).",
  },
  "value/formula-without-result": {
    message: (f) => `Ô ${f.cell} (${f.column}) có công thức nhưng chưa có kết quả tính.`,
    hint: () => "Mở tệp bằng Excel, để Excel tính lại (F9) rồi lưu; hoặc ghi số trực tiếp.",
  },
  "value/error": {
    message: (f) => `Ô ${f.cell} (${f.column}) có lỗi ${v(f)}.`,
    hint: () => "Sửa công thức hoặc ghi số trực tiếp.",
  },
  "date/unreadable": {
    message: (f) => `Ô ${f.cell} (${f.column}): ngày ${v(f)} không đọc được.`,
    hint: () => "Ghi ngày theo dạng ngày/tháng/năm, ví dụ 05/03/2023.",
  },
  "date/future": {
    message: (f) => `Ô ${f.cell} (${f.column}): ngày ${p(f, "date")} ở tương lai (hôm nay ${p(f, "today")}).`,
    hint: () => "Kiểm tra lại ngày; ghi theo dạng ngày/tháng/năm (không phải tháng/ngày).",
  },
  "date/outside-window": {
    message: (f) =>
      `Ô ${f.cell} (${f.column}): ngày ${p(f, "date")} nằm ngoài kỳ số liệu ${p(f, "from")} – ${p(f, "to")}.`,
    hint: () => "Chỉ ghi vụ việc phát hiện trong kỳ; vụ việc kỳ trước đã báo cáo thì không ghi lại.",
  },
  "list/unknown-value": {
    message: (f) => `Ô ${f.cell} (${p(f, "list")}): ${v(f)} không có trong danh mục.`,
    hint: (f) =>
      f.params.suggestion === undefined
        ? "Chọn một giá trị trong danh sách thả xuống."
        : `Có phải "${p(f, "suggestion")}"? Chọn trong danh sách thả xuống.`,
  },
  "incident/duplicate": {
    message: (f) => `Dòng ${f.row} trùng với dòng ${p(f, "first")} (cùng ngày, địa bàn, hành vi, nội dung, số tiền).`,
    hint: () => "Nếu là cùng một vụ việc, xóa một dòng.",
  },
  "text/legacy-encoding": {
    message: (f) =>
      `Ô ${f.cell} được gõ bằng bảng mã ${p(f, "encoding")} ("${p(f, "original")}"); đã chuyển thành ${v(f)}.`,
    hint: () => "Kiểm tra lại chữ đã chuyển; lần sau gõ bằng Unicode (phông Times New Roman).",
  },
  "rule/requires": {
    message: (f) =>
      `Ô ${f.cell}: ${p(f, "indicators").split(", ")[1]} lớn hơn 0 nhưng ${p(f, "indicators").split(", ")[0]} bằng ${n(f, "left")}.`,
    hint: () => "Kiểm tra hai chỉ tiêu này cho khớp nhau.",
  },
  "rule/compare": {
    message: (f) => {
      const [left, right] = p(f, "indicators").split(", ");
      return `Ô ${f.cell}: ${left} (${n(f, "left")}) ${opWords[p(f, "op")] ?? p(f, "op")} ${right} (${n(f, "right")}).`;
    },
    hint: () => "Kiểm tra hai chỉ tiêu này cho khớp nhau.",
  },
  "rule/incident-count": {
    message: (f) =>
      `Ô ${f.cell}: trang Vụ việc có ${n(f, "left")} vụ tương ứng nhưng ${p(f, "indicators")} ghi ${n(f, "right")}.`,
    hint: () => "Đối chiếu số vụ trong trang Vụ việc với chỉ tiêu.",
  },
  "rule/incident-sum": {
    message: (f) =>
      `Ô ${f.cell}: tổng trong trang Vụ việc là ${n(f, "left")} đồng, trong khi ${p(f, "indicators")} là ${n(f, "right")} đồng (tổng này ${opWords[p(f, "op")] ?? p(f, "op")} ${p(f, "indicators")}).`,
    hint: () => "Đối chiếu số tiền trong trang Vụ việc với chỉ tiêu.",
  },
  // plausibility (domain/plausibility.ts): figures compared with the unit's history and same-kind units
  "plausibility/jump": {
    message: (f) =>
      `${p(f, "name")}: kỳ này ${amount(f, "current")}, ${againstVi(f)} ${amount(f, "reference")} (gấp ${n(f, "ratio")} lần).${explainedVi(f)}`,
    hint: (f) => plausibilityHintVi(f, "Kiểm tra lại hoặc giải trình trong cột Ghi chú."),
  },
  "plausibility/zeroed": {
    message: (f) =>
      `${p(f, "name")}: kỳ này 0 ${p(f, "unit")}, trong khi ${againstVi(f)} ${amount(f, "reference")}.${explainedVi(f)}`,
    hint: (f) =>
      plausibilityHintVi(f, "Nếu đúng là không phát sinh, ghi rõ trong cột Ghi chú; nếu bỏ sót, điền lại số liệu."),
  },
  "plausibility/outlier": {
    message: (f) =>
      `${p(f, "name")}: kỳ này ${amount(f, "current")}, gấp ${n(f, "ratio")} lần mức giữa (trung vị) của ${n(f, "peers")} đơn vị cùng loại (${amount(f, "median")}).${explainedVi(f)}`,
    hint: (f) => plausibilityHintVi(f, "Kiểm tra lại hoặc giải trình trong cột Ghi chú."),
  },
  "plausibility/magnitude": {
    message: (f) => {
      const shift = Number(f.params.shift);
      const times = formatNumber(10 ** Math.abs(shift));
      const how = shift > 0 ? `gấp khoảng ${times} lần` : `chỉ bằng khoảng 1/${times}`;
      return `${p(f, "name")}: kỳ này ${amount(f, "current")}, ${againstVi(f)} ${amount(f, "reference")} (${how}): có thể đã ghi nhầm đơn vị tính (nghìn đồng, triệu đồng thay cho đồng).${explainedVi(f)}`;
    },
    hint: (f) => plausibilityHintVi(f, "Số tiền ghi theo đồng: kiểm tra lại hoặc giải trình trong cột Ghi chú."),
  },
};

/** "250 vụ", "35.000.000 đồng". */
function amount(f: Finding, key: string): string {
  return `${n(f, key)} ${p(f, "unit")}`;
}
function againstVi(f: Finding): string {
  return p(f, "against") === "previous" ? "kỳ trước" : "cùng kỳ năm trước";
}
function explainedVi(f: Finding): string {
  return f.severity === "info" ? ` Đơn vị đã giải trình: "${p(f, "note")}".` : "";
}
function plausibilityHintVi(f: Finding, fix: string): string {
  return f.severity === "info" ? "Đã giải trình trong cột Ghi chú: xem xét khi tổng hợp, không cần sửa." : fix;
}
