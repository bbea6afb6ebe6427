// The workspace: init, doctor, baocao.yaml problems, a workspace that cannot be found or read.
import { formatNumber } from "../vn/numbers.js";
import { fsReasonEn, fsReasonVi } from "./fs-reason.js";
import { list, plural } from "./params.js";
import type { Bound, Params } from "./params.js";
import { yamlFaultsEn, yamlFaultsVi } from "./yaml-faults.js";

export const initVi = {
  askPreset: "Chọn cấu hình mẫu",
  askProvince: "Tên tỉnh/thành phố",
  askPlace: "Địa danh ghi ở dòng ngày tháng của văn bản",
  /** The issuing body by what it issues (never its id in baocao.yaml). */
  askIssuerName: (p: Params) =>
    p.role === "report"
      ? "Tên đầy đủ của cơ quan ban hành báo cáo"
      : p.role === "directive"
        ? "Tên đầy đủ của cơ quan ban hành công văn chỉ đạo"
        : `Tên đầy đủ của cơ quan ban hành thứ ${p.index}`,
  askSignerTitle: (p: Params) =>
    Number(p.count) > 1 ? `Chức vụ người ký thứ ${p.index} của ${p.issuer}` : `Chức vụ người ký của ${p.issuer}`,
  askSignerName: (p: Params) => `Họ và tên người ký với chức vụ ${p.title}`,
  provinceChanged: (p: Params) =>
    `Lưu ý: tên tỉnh đã đổi từ ${p.from} thành ${p.to}, nhưng danh sách đơn vị báo cáo và danh sách địa bàn vẫn là của ${p.from} theo cấu hình mẫu. Sửa hai danh sách này trong ${p.files} trước khi gửi biểu mẫu.`,
  created: (p: Params) => `Đã tạo thư mục làm việc ${p.dir} theo cấu hình mẫu ${p.preset}.`,
  files: "Các tệp đã tạo:",
  next: (p: Params) => `Bước tiếp theo: xem lại ${p.file}, rồi chạy \`baocao -w ${p.dir} doctor\`.`,
  defaultPreset: (p: Params) => `Không chỉ định --preset: dùng cấu hình mẫu ${p.preset}.`,
};

export const doctorVi = {
  workspaceTitle: "Thư mục làm việc",
  machineTitle: "Máy tính",
  path: "Đường dẫn",
  organisation: "Tỉnh",
  units: "Đơn vị báo cáo",
  unitsByKind: (p: Params) => `${p.total} (${p.detail})`,
  kinds: { agency: "sở, ngành", district: "địa phương", enterprise: "doanh nghiệp" } as Record<string, string>,
  areas: "Địa bàn",
  indicators: "Chỉ tiêu",
  indicatorsDetail: (p: Params) => `${p.total} trong ${p.groups} nhóm`,
  rules: "Quy tắc kiểm tra",
  issuers: "Cơ quan ban hành",
  periodRule: "Kỳ báo cáo",
  periodRules: {
    "decree-09": "chốt số liệu theo Nghị định 09/2019/NĐ-CP (ngày 15 kỳ trước đến ngày 14 kỳ này)",
    calendar: "theo năm dương lịch (ngày đầu đến ngày cuối kỳ)",
  } as Record<string, string>,
  example: (p: Params) => `ví dụ ${p.label}: ${p.from} – ${p.to}, hạn gửi ${p.deadline}`,
  deadline: (p: Params) => `${p.days} ngày ${p.working === "true" ? "làm việc " : ""}sau ngày chốt số liệu`,
  node: "Node.js",
  nodeOk: (p: Params) => `${p.version}`,
  nodeOld: (p: Params) => `${p.version} — cần Node 20 trở lên`,
  libreoffice: "LibreOffice (xuất PDF)",
  font: "Phông Times New Roman",
  fontFound: (p: Params) => `${p.name}`,
  fontMetric: (p: Params) => `${p.name} (cùng kích thước chữ với Times New Roman)`,
  fontMissing: "không thấy Times New Roman hoặc Liberation Serif — PDF có thể lệch dòng; cài `fonts-liberation2`",
  fontUnknown: "không kiểm tra được (thiếu fc-list)",
  ok: "Thư mục làm việc hợp lệ.",
  storeTitle: "Kho lưu trữ (doctor --store)",
  storeLedger: "Sổ ledger",
  storeLedgerDetail: (p: Params) =>
    `${p.entries} dòng${p.torn ? `; dòng ${p.torn} ghi dở (máy tắt đột ngột?) được bỏ qua` : ""}`,
  storeArchives: "Bản lưu",
  storeArchivesDetail: (p: Params) => `${p.checked} bản, ${p.damaged} bị hỏng`,
  storeValues: "Số liệu ghi khi nhận",
  storeValuesDetail: (p: Params) =>
    `${p.recorded} bản${Number(p.damaged) > 0 ? `, ${p.damaged} bị hỏng (lệnh tổng hợp sẽ đọc lại từ bản lưu)` : ""}`,
  storeLock: "Khóa (store/.lock)",
  storeLockHeld: (p: Params) =>
    `tiến trình ${p.pid} trên máy ${p.host}, từ ${p.since}${p.stale === "true" ? " — bị bỏ lại, lệnh ingest sau sẽ tự gỡ" : ""}`,
  storeNoLock: "không có",
  storeDamaged: (p: Params) =>
    `${p.archive} của ${p.unit}, kỳ ${p.period} (tệp nhận: ${p.file})${p.current === "true" ? ", là bản hiện hành" : ""}: ${p.problem}`,
  storeProblems: {
    missing: () => "không có tệp",
    unreadable: (p: Params) => `không đọc được (${p.code})`,
    size: (p: Params) => `${p.actual} byte thay vì ${p.expected} (bị cắt hoặc bị thay)`,
    sha256: () => "nội dung khác tệp đã ghi trong sổ (bị sửa hoặc bị chép đè)",
  } as Record<string, (p: Params) => string>,
  storeFix: (p: Params) => `    → nhập lại tệp để khôi phục bản lưu: baocao ingest "${p.file}" --period ${p.period}`,
  storeUnchanged: (p: Params) => `  Lệnh này không thay đổi gì trong ${p.dir}.`,
  storeOk: "Kho lưu trữ nguyên vẹn: mọi bản lưu đúng với sổ ledger.",
};

export const configVi = {
  invalid: (p: Params) => `Cấu hình ${p.file} không hợp lệ (${p.count} lỗi):`,
  location: (p: Params) => (p.line ? `${p.file}:${p.line}` : `${p.file}`),
  unknownKey: "khóa không được phép (gõ sai tên?)",
  required: "thiếu, bắt buộc phải có",
  oneOf: (p: { values: readonly string[] }) => `phải là một trong ${list(p.values)}`,
  expected: (p: Params) => `phải là ${p.type}`,
  types: {
    string: "một chuỗi chữ",
    number: "một số",
    boolean: "true hoặc false",
    array: "một danh sách",
    object: "một nhóm khóa",
    record: "một nhóm khóa",
  } as Record<string, string>,
  // The yaml library's own text is English; its error code says enough to name the fault.
  yamlSyntax: (p: Params) => `lỗi cú pháp YAML: ${yamlFaultsVi[p.code as string] ?? yamlFaultsVi.OTHER}`,
  duplicate: (p: Params) => `mã "${p.value}" bị trùng (đã có ở ${p.first})`,
  unknownReference: (p: Params) => `"${p.value}" không có trong ${p.where}`,
  authority: 'phải bắt đầu bằng TM., KT., Q., TL. hoặc TUQ. (ví dụ "KT. CHỦ TỊCH")',
  code: "chỉ gồm chữ in hoa không dấu, chữ số, '-' hoặc '_'",
  isoDate: "phải là ngày dạng YYYY-MM-DD",
  issuerId: "mã cơ quan ban hành chỉ gồm chữ thường không dấu, chữ số hoặc '-' (ví dụ sotttt)",
  abbreviation: "chỉ gồm chữ cái, chữ số hoặc '&', không có dấu cách (ví dụ STTTT)",
  email: "phải là một địa chỉ thư điện tử, ví dụ vanthu@hungyen.gov.vn",
  wholeNumber: "phải là một số nguyên",
  tooSmall: (p: Bound) =>
    p.origin === "string"
      ? p.limit <= 1
        ? "không được để trống"
        : `phải có ít nhất ${formatNumber(p.limit)} ký tự`
      : p.origin === "array"
        ? p.limit <= 1
          ? "phải có ít nhất một mục"
          : `phải có ít nhất ${formatNumber(p.limit)} mục`
        : p.inclusive
          ? `không được nhỏ hơn ${formatNumber(p.limit)}`
          : `phải lớn hơn ${formatNumber(p.limit)}`,
  tooBig: (p: Bound) =>
    p.origin === "string"
      ? `dài quá, tối đa ${formatNumber(p.limit)} ký tự`
      : p.origin === "array"
        ? `nhiều quá, tối đa ${formatNumber(p.limit)} mục`
        : p.inclusive
          ? `không được lớn hơn ${formatNumber(p.limit)}`
          : `phải nhỏ hơn ${formatNumber(p.limit)}`,
  invalidValue: "giá trị không hợp lệ",
  duplicateTopKey: (p: Params) => `khóa "${p.key}" đã có trong ${p.first}`,
  includePath: "tệp include phải nằm trong thư mục làm việc (không dùng đường dẫn tuyệt đối hoặc '..')",
  includeMissing: (p: Params) => `không đọc được tệp include ${p.file}`,
  notMapping: "tệp phải là một nhóm khóa YAML (key: value)",
  version: (p: Params) => `phiên bản cấu hình ${p.value} không được hỗ trợ (chỉ có 1)`,
};

export const workspaceErrorsVi = {
  "workspace/not-found": (p: Params) =>
    `Không tìm thấy baocao.yaml trong ${p.dir} hoặc các thư mục cha. Tạo mới bằng \`baocao init\` hoặc chỉ định bằng -w <thư mục>.`,
  "workspace/not-a-dir": (p: Params) => `${p.dir} là một tệp; -w cần thư mục chứa baocao.yaml.`,
  "workspace/dir-missing": (p: Params) => `Thư mục làm việc ${p.dir} không tồn tại.`,
  "workspace/unreadable": (p: Params) => `Không đọc được ${p.file}: ${fsReasonVi(p.code)}`,
  "init/exists": (p: Params) => `${p.file} đã tồn tại: baocao không ghi đè thư mục làm việc đã có. Chọn thư mục khác.`,
  "init/unknown-preset": (p: Params) => `Không có cấu hình mẫu "${p.preset}". Các mẫu có: ${p.names}.`,
  "init/not-dir": (p: Params) => `${p.dir} không phải là thư mục.`,
  "init/not-a-folder": (p: Params) =>
    `${p.file} đã có nhưng không phải là thư mục, mà thư mục làm việc cần một thư mục ở đó. Đổi tên hoặc chuyển nó đi, hoặc chọn thư mục khác; chưa tạo gì.`,
  "init/unusable": (p: Params) => `Không dùng được ${p.file}: ${fsReasonVi(p.code)}; chưa tạo gì.`,
  "init/cancelled": () => "Đã hủy, không tạo gì.",
};

export const initEn: typeof initVi = {
  askPreset: "Choose a preset",
  askProvince: "Province or city",
  askPlace: "Place name used on the date line of documents",
  askIssuerName: (p: Params) =>
    p.role === "report"
      ? "Full name of the body issuing the report"
      : p.role === "directive"
        ? "Full name of the body issuing the directive letter"
        : `Full name of issuing body ${p.index}`,
  askSignerTitle: (p: Params) =>
    Number(p.count) > 1 ? `Title of signer ${p.index} of ${p.issuer}` : `Title of the signer of ${p.issuer}`,
  askSignerName: (p: Params) => `Full name of the signer with the title ${p.title}`,
  provinceChanged: (p: Params) =>
    `Note: the province is now ${p.to} instead of ${p.from}, but the lists of reporting units and of areas are still the preset's, of ${p.from}. Edit both lists in ${p.files} before sending the forms.`,
  created: (p: Params) => `Created workspace ${p.dir} from preset ${p.preset}.`,
  files: "Files created:",
  next: (p: Params) => `Next: review ${p.file}, then run \`baocao -w ${p.dir} doctor\`.`,
  defaultPreset: (p: Params) => `No --preset given: using preset ${p.preset}.`,
};

export const doctorEn: typeof doctorVi = {
  workspaceTitle: "Workspace",
  machineTitle: "Machine",
  path: "Path",
  organisation: "Province",
  units: "Reporting units",
  unitsByKind: (p: Params) => `${p.total} (${p.detail})`,
  kinds: { agency: "agencies", district: "local governments", enterprise: "enterprises" },
  areas: "Areas",
  indicators: "Indicators",
  indicatorsDetail: (p: Params) => `${p.total} in ${plural(p.groups, "group")}`,
  rules: "Consistency rules",
  issuers: "Issuing bodies",
  periodRule: "Periods",
  periodRules: {
    "decree-09": "Decree 09/2019 cut-off (15th of the previous period to the 14th)",
    calendar: "calendar periods (first to last day)",
  },
  example: (p: Params) => `e.g. ${p.label}: ${p.from} – ${p.to}, due ${p.deadline}`,
  deadline: (p: Params) => `${p.days} ${p.working === "true" ? "working " : ""}days after the cut-off`,
  node: "Node.js",
  nodeOk: (p: Params) => `${p.version}`,
  nodeOld: (p: Params) => `${p.version} — Node 20 or later is required`,
  libreoffice: "LibreOffice (PDF export)",
  font: "Times New Roman font",
  fontFound: (p: Params) => `${p.name}`,
  fontMetric: (p: Params) => `${p.name} (metric-compatible with Times New Roman)`,
  fontMissing:
    "neither Times New Roman nor Liberation Serif found — PDF line breaks may differ; install `fonts-liberation2`",
  fontUnknown: "could not check (fc-list missing)",
  ok: "The workspace is valid.",
  storeTitle: "Store (doctor --store)",
  storeLedger: "Ledger",
  storeLedgerDetail: (p: Params) =>
    `${plural(p.entries, "line")}${p.torn ? `; line ${p.torn}, half-written (a crash?), ignored` : ""}`,
  storeArchives: "Archives",
  storeArchivesDetail: (p: Params) => `${p.checked} checked, ${p.damaged} damaged`,
  storeValues: "Values recorded at ingest",
  storeValuesDetail: (p: Params) =>
    `${p.recorded} recorded${Number(p.damaged) > 0 ? `, ${p.damaged} damaged (aggregate reads those forms again)` : ""}`,
  storeLock: "Lock (store/.lock)",
  storeLockHeld: (p: Params) =>
    `process ${p.pid} on ${p.host}, since ${p.since}${p.stale === "true" ? " — left behind; the next ingest takes it over" : ""}`,
  storeNoLock: "none",
  storeDamaged: (p: Params) =>
    `${p.archive} of ${p.unit}, period ${p.period} (received as ${p.file})${p.current === "true" ? ", the current submission" : ""}: ${p.problem}`,
  storeProblems: {
    missing: () => "no such file",
    unreadable: (p: Params) => `cannot be read (${p.code})`,
    size: (p: Params) => `${plural(p.actual, "byte")} instead of ${p.expected} (truncated or replaced)`,
    sha256: () => "not the content the ledger recorded (edited or copied over)",
  },
  storeFix: (p: Params) =>
    `    → ingest the file again to restore the archive: baocao ingest "${p.file}" --period ${p.period}`,
  storeUnchanged: (p: Params) => `  This check changed nothing in ${p.dir}.`,
  storeOk: "The store is intact: every archive matches the ledger.",
};

export const configEn: typeof configVi = {
  invalid: (p: Params) => `Configuration ${p.file} is invalid (${plural(p.count, "problem")}):`,
  location: (p: Params) => (p.line ? `${p.file}:${p.line}` : `${p.file}`),
  unknownKey: "key not allowed (a typo?)",
  required: "missing, required",
  oneOf: (p: { values: readonly string[] }) => `must be one of ${list(p.values)}`,
  expected: (p: Params) => `must be ${p.type}`,
  types: {
    string: "a text",
    number: "a number",
    boolean: "true or false",
    array: "a list",
    object: "a mapping of keys",
    record: "a mapping of keys",
  },
  // Our own words where the yaml library's would be technical; its text otherwise.
  yamlSyntax: (p: Params) => `YAML syntax error: ${yamlFaultsEn[p.code as string] ?? p.detail}`,
  duplicate: (p: Params) => `code "${p.value}" is duplicated (first at ${p.first})`,
  unknownReference: (p: Params) => `"${p.value}" is not in ${p.where}`,
  authority: 'must start with TM., KT., Q., TL. or TUQ. (e.g. "KT. CHỦ TỊCH")',
  code: "only unaccented capital letters, digits, '-' or '_'",
  isoDate: "must be a date written YYYY-MM-DD",
  issuerId: "an issuer id has only unaccented lower-case letters, digits or '-' (e.g. sotttt)",
  abbreviation: "only letters, digits or '&', no spaces (e.g. STTTT)",
  email: "must be an e-mail address, e.g. vanthu@hungyen.gov.vn",
  wholeNumber: "must be a whole number",
  tooSmall: (p: Bound) =>
    p.origin === "string"
      ? p.limit <= 1
        ? "must not be empty"
        : `must have at least ${p.limit} characters`
      : p.origin === "array"
        ? p.limit <= 1
          ? "must have at least one item"
          : `must have at least ${p.limit} items`
        : p.inclusive
          ? `must not be less than ${p.limit}`
          : `must be greater than ${p.limit}`,
  tooBig: (p: Bound) =>
    p.origin === "string"
      ? `too long, at most ${p.limit} characters`
      : p.origin === "array"
        ? `too many, at most ${p.limit} items`
        : p.inclusive
          ? `must not be greater than ${p.limit}`
          : `must be less than ${p.limit}`,
  invalidValue: "not a valid value",
  duplicateTopKey: (p: Params) => `key "${p.key}" is already in ${p.first}`,
  includePath: "an included file must be inside the workspace (no absolute path, no '..')",
  includeMissing: (p: Params) => `cannot read included file ${p.file}`,
  notMapping: "the file must be a YAML mapping (key: value)",
  version: (p: Params) => `configuration version ${p.value} is not supported (only 1)`,
};

export const workspaceErrorsEn: typeof workspaceErrorsVi = {
  "workspace/not-found": (p: Params) =>
    `No baocao.yaml in ${p.dir} or any parent folder. Create one with \`baocao init\` or point to it with -w <dir>.`,
  "workspace/not-a-dir": (p: Params) => `${p.dir} is a file; -w takes the folder that holds baocao.yaml.`,
  "workspace/dir-missing": (p: Params) => `Workspace folder ${p.dir} does not exist.`,
  "workspace/unreadable": (p: Params) => `Cannot read ${p.file}: ${fsReasonEn(p.code)}`,
  "init/exists": (p: Params) => `${p.file} already exists: baocao never overwrites a workspace. Choose another folder.`,
  "init/unknown-preset": (p: Params) => `No preset "${p.preset}". Presets: ${p.names}.`,
  "init/not-dir": (p: Params) => `${p.dir} is not a folder.`,
  "init/not-a-folder": (p: Params) =>
    `${p.file} exists but is not a folder, and the workspace needs a folder there. Rename or move it, or choose another folder; nothing was created.`,
  "init/unusable": (p: Params) => `Cannot use ${p.file}: ${fsReasonEn(p.code)}; nothing was created.`,
  "init/cancelled": () => "Cancelled; nothing was created.",
};
