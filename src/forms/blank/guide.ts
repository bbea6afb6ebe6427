// The text of the `Hướng dẫn` sheet: what the person filling the form needs to know, in Vietnamese.
// Pure: the rows are computed here and laid out by build-blank-form.ts. Every column of every input
// sheet is explained; the Record types make the compiler check that none is forgotten.
import type { CalendarDate } from "../../domain/calendar-date.js";
import { dataWindow, periodCode, periodLabel } from "../../domain/period/index.js";
import { periodContext } from "../../domain/period/period-context.js";
import type { DateWindow, Period } from "../../domain/period/index.js";
import { formatShortDate } from "../../vn/index.js";
import type { Unit } from "../../domain/unit.js";
import type { WorkspaceConfig } from "../../domain/workspace-config.js";
import {
  ASSESSMENT_HEADERS,
  INCIDENT_FIRST_ROW,
  INCIDENT_HEADERS,
  INCIDENT_LAST_ROW,
  INDICATOR_HEADERS,
  INFO_LABELS,
  SHEETS,
} from "../../domain/form-contract.js";
import type { IncidentColumn, IndicatorColumn, InfoKey } from "../../domain/form-contract.js";

/** Shown after the name of an indicator the catalogue marks optional. */
export const OPTIONAL_MARK = "(không bắt buộc)";

export type GuideRow =
  | { kind: "title"; text: string }
  /** A heading: general rules, or one sheet of the form. */
  | { kind: "section"; text: string }
  /** A topic or column name in column A, its explanation in column B. */
  | { kind: "item"; label: string; text: string };

export interface GuideInput {
  config: WorkspaceConfig;
  unit: Unit;
  period: Period;
}

/** The period's data window under the workspace's rule. */
export function formWindow(config: WorkspaceConfig, period: Period): DateWindow {
  return dataWindow(period, config.periods.rule);
}

/** The submission deadline under the workspace's rule and holidays (the period's context, src/domain/period). */
export function formDeadline(config: WorkspaceConfig, period: Period): CalendarDate {
  return periodContext(config, period).deadline;
}

/** "Số liệu tính từ ngày 15/12/2022 đến ngày 14/06/2023." */
export function windowSentence(window: DateWindow): string {
  return `Số liệu tính từ ngày ${formatShortDate(window.from)} đến ngày ${formatShortDate(window.to)}.`;
}

function deadlineSentence(config: WorkspaceConfig, period: Period): string {
  const deadline = formatShortDate(formDeadline(config, period));
  const { days, workingDays } = config.periods.deadline;
  if (days === 0) return `Gửi chậm nhất ngày ${deadline} (ngày chốt số liệu).`;
  const unit = workingDays ? "ngày làm việc" : "ngày";
  return `Gửi chậm nhất ngày ${deadline} (${days} ${unit} sau ngày chốt số liệu).`;
}

function quoted(sheet: string): string {
  return `Trang «${sheet}»`;
}

export function guideRows(input: GuideInput): GuideRow[] {
  const { config, unit, period } = input;
  const window = formWindow(config, period);
  const from = formatShortDate(window.from);
  const to = formatShortDate(window.to);
  const previousLabel = periodLabel({ ...period, year: period.year - 1 });
  const list = (values: readonly string[]): string => values.join("; ");

  const info: Record<InfoKey, string> = {
    unitCode: "Mã đơn vị, đã điền sẵn, không sửa.",
    unitName: "Tên đơn vị báo cáo, đã điền sẵn.",
    period: "Kỳ báo cáo, đã điền sẵn.",
    preparedBy: "Họ và tên người lập biểu.",
    phone: "Số điện thoại liên hệ của người lập biểu.",
    email: "Địa chỉ thư điện tử liên hệ.",
    preparedOn: "Ngày lập biểu, dạng ngày/tháng/năm (dd/mm/yyyy).",
    head: "Họ và tên thủ trưởng đơn vị, người chịu trách nhiệm về số liệu.",
  };

  const indicators: Record<IndicatorColumn, string> = {
    code: "Mã chỉ tiêu, đã điền sẵn, không sửa.",
    name: `Tên chỉ tiêu, đã điền sẵn. Chỉ tiêu có ghi "${OPTIONAL_MARK}" được để trống nếu đơn vị không theo dõi số liệu này.`,
    unit: "Đơn vị tính của chỉ tiêu (vụ, đồng, cuộc …). Số tiền tính bằng đồng.",
    current: `Số liệu kỳ này (${periodLabel(period)}), từ ngày ${from} đến ngày ${to}. Bắt buộc nhập; không phát sinh thì gõ 0.`,
    previous: `Số liệu cùng kỳ năm trước (${previousLabel}) để so sánh. Nếu đã điền sẵn, kiểm tra lại và sửa nếu chưa đúng.`,
    note: "Giải thích thêm nếu cần (nguồn số liệu, lý do tăng, giảm …).",
  };

  const areaNames = config.areas.map((area) => area.name);
  const incidents: Record<IncidentColumn, string> = {
    number: "Số thứ tự của vụ việc: 1, 2, 3 …",
    detectedOn: `Ngày phát hiện vụ việc, dạng ngày/tháng/năm (dd/mm/yyyy), trong khoảng từ ${from} đến ${to}.`,
    area:
      areaNames.length > 0
        ? `Chọn địa bàn xảy ra vụ việc trong danh sách: ${list(areaNames)}.`
        : "Ghi địa bàn xảy ra vụ việc.",
    field: `Chọn lĩnh vực trong danh sách: ${list(config.codeLists.fields)}.`,
    behavior: `Chọn hành vi vi phạm trong danh sách: ${list(config.codeLists.behaviors)}.`,
    description: "Tóm tắt vụ việc: đối tượng, thủ đoạn, hậu quả.",
    damage: "Giá trị thiệt hại ước tính, bằng đồng, số nguyên; không có thiệt hại thì gõ 0.",
    handling: `Chọn hình thức xử lý trong danh sách: ${list(config.codeLists.handling)}.`,
    fine: "Số tiền phạt theo quyết định xử phạt, bằng đồng, số nguyên; không phạt tiền thì gõ 0.",
    decision: "Số, ký hiệu của quyết định xử phạt hoặc văn bản xử lý (ví dụ 12/QĐ-XPVPHC).",
    note: "Ghi chú khác, nếu có.",
  };

  const assessment: Record<keyof typeof ASSESSMENT_HEADERS, string> = {
    section: "Các mục đánh giá, đã điền sẵn, không sửa.",
    content: "Nội dung đánh giá của đơn vị cho từng mục, viết ngắn gọn. Xuống dòng trong ô bằng Alt+Enter.",
  };

  const rows: GuideRow[] = [
    { kind: "title", text: "HƯỚNG DẪN ĐIỀN BIỂU MẪU BÁO CÁO" },
    { kind: "item", label: "Đơn vị", text: `${unit.name} (mã ${unit.code}).` },
    { kind: "item", label: "Kỳ báo cáo", text: `${capitalize(periodLabel(period))} (mã ${periodCode(period)}).` },
    { kind: "item", label: "Thời gian lấy số liệu", text: windowSentence(window) },
    { kind: "item", label: "Hạn gửi báo cáo", text: deadlineSentence(config, period) },

    { kind: "section", text: "Quy định chung" },
    {
      kind: "item",
      label: "Ô cần nhập",
      text: "Ô nền vàng và các dòng của trang «Vụ việc» là ô cần nhập. Nhãn, mã và tên chỉ tiêu đã khóa, không sửa được.",
    },
    {
      kind: "item",
      label: "Số liệu",
      text:
        "Nhập số nguyên không âm, không có phần thập phân. Gõ số liền, không dấu phân cách (ví dụ 1234567); " +
        "nếu máy tính đặt định dạng số kiểu Việt Nam có thể gõ dấu chấm phân cách hàng nghìn (1.234.567). " +
        "Số tiền tính bằng đồng.",
    },
    {
      kind: "item",
      label: "Số 0",
      text: `Số liệu bằng không phải gõ 0. Ô để trống được hiểu là thiếu số liệu (trừ chỉ tiêu ghi "${OPTIONAL_MARK}").`,
    },
    {
      kind: "item",
      label: "Ngày tháng",
      text: "Nhập theo thứ tự ngày/tháng/năm (dd/mm/yyyy), năm đủ 4 chữ số: 05/03/2023 là ngày 5 tháng 3 năm 2023.",
    },
    {
      kind: "item",
      label: "Tên trang, tiêu đề cột",
      text: "Không đổi tên, không xóa các trang và các tiêu đề cột ở dòng 1; không sửa mã chỉ tiêu. Lưu tệp ở dạng .xlsx.",
    },

    { kind: "section", text: quoted(SHEETS.info) },
    ...entries(INFO_LABELS, info),

    { kind: "section", text: quoted(SHEETS.indicators) },
    ...entries(INDICATOR_HEADERS, indicators),

    { kind: "section", text: quoted(SHEETS.incidents) },
    {
      kind: "item",
      label: "Cách ghi",
      text: `Mỗi vụ việc ghi một dòng, từ dòng ${INCIDENT_FIRST_ROW} đến dòng ${INCIDENT_LAST_ROW}; dòng để trống được bỏ qua.`,
    },
    ...entries(INCIDENT_HEADERS, incidents),

    { kind: "section", text: quoted(SHEETS.assessment) },
    ...entries(ASSESSMENT_HEADERS, assessment),

    { kind: "section", text: quoted(SHEETS.guide) },
    { kind: "item", label: "Hướng dẫn", text: "Trang này chỉ để hướng dẫn, không cần điền." },
  ];
  return rows;
}

function entries<K extends string>(labels: Record<K, string>, texts: Record<K, string>): GuideRow[] {
  return (Object.keys(labels) as K[]).map((key) => ({ kind: "item", label: labels[key], text: texts[key] }));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
