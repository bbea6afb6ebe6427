// The submission form contract, form version 1 (DESIGN §4). Both the form writer and the intake
// reader use these names, so a form baocao writes is exactly what it reads back. Intake finds sheets
// and headers by these texts compared with foldForCompare (accent-, case- and space-insensitive).

export const FORM_VERSION = 1;

export const SHEETS = {
  info: "Thông tin",
  indicators: "Chỉ tiêu",
  incidents: "Vụ việc",
  assessment: "Đánh giá",
  guide: "Hướng dẫn",
  /** Hidden: the drop-down lists. */
  lists: "Danh mục",
  /** Hidden (veryHidden): form version, period, unit code, for intake to recognise its own forms. */
  meta: "_baocao",
} as const;

/** Sheet `Thông tin`: label in column A, value in column B. */
export const INFO_LABELS = {
  unitCode: "Mã đơn vị",
  unitName: "Tên đơn vị",
  period: "Kỳ báo cáo",
  preparedBy: "Người lập",
  phone: "Điện thoại",
  email: "Email",
  preparedOn: "Ngày lập",
  head: "Thủ trưởng đơn vị",
} as const;

/** Sheet `Chỉ tiêu`: header row 1, one row per indicator. */
export const INDICATOR_HEADERS = {
  code: "Mã",
  name: "Chỉ tiêu",
  unit: "Đơn vị tính",
  current: "Kỳ này",
  previous: "Cùng kỳ năm trước",
  note: "Ghi chú",
} as const;

/** Sheet `Vụ việc`: header row 1, one row per incident; blank rows are skipped. */
export const INCIDENT_HEADERS = {
  number: "STT",
  detectedOn: "Ngày phát hiện",
  area: "Địa bàn",
  field: "Lĩnh vực",
  behavior: "Hành vi",
  description: "Mô tả",
  damage: "Thiệt hại (đồng)",
  handling: "Hình thức xử lý",
  fine: "Tiền phạt (đồng)",
  decision: "Số quyết định",
  note: "Ghi chú",
} as const;

/** Sheet `Đánh giá`: header `Mục` · `Nội dung`, one row per section. */
export const ASSESSMENT_HEADERS = { section: "Mục", content: "Nội dung" } as const;

export const ASSESSMENT_SECTIONS = {
  highlights: "Kết quả nổi bật",
  shortcomings: "Tồn tại, hạn chế",
  causes: "Nguyên nhân",
  directions: "Phương hướng, nhiệm vụ",
  proposals: "Đề xuất, kiến nghị",
} as const;

/** Drop-down lists apply to this bounded row range of `Vụ việc` (never whole columns: exceljs expands them). */
export const INCIDENT_FIRST_ROW = 2;
export const INCIDENT_LAST_ROW = 501;

/** Keys of the hidden meta sheet (column A) with values in column B. */
export const META_KEYS = { formVersion: "formVersion", period: "period", unit: "unit" } as const;

export type InfoKey = keyof typeof INFO_LABELS;
export type IndicatorColumn = keyof typeof INDICATOR_HEADERS;
export type IncidentColumn = keyof typeof INCIDENT_HEADERS;
export type AssessmentSection = keyof typeof ASSESSMENT_SECTIONS;
