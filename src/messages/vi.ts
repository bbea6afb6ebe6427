// Every user-facing sentence of baocao in Vietnamese, the default language. en.ts mirrors this shape
// (the type checker makes sure no message is missing there).

type Params = Record<string, string | number>;
const list = (items: readonly string[]) => items.join(", ");

export const vi = {
  cli: {
    description:
      "baocao — tổng hợp báo cáo công tác phối hợp phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông, ban hành báo cáo, công văn theo Nghị định 30/2020/NĐ-CP",
    version: "hiện số phiên bản",
    help: "hiện hướng dẫn sử dụng",
    helpCommand: "hiện hướng dẫn cho một lệnh",
    workspace: "thư mục làm việc (mặc định: thư mục gần nhất, từ thư mục hiện tại trở lên, có baocao.yaml)",
    json: "in kết quả dạng JSON (chỉ JSON, không có gì khác)",
    quiet: "chỉ in lỗi và kết quả chính",
    noColor: "không dùng màu",
    noInput: "không bao giờ hỏi, dùng giá trị mặc định",
    lang: "ngôn ngữ hiển thị: vi (mặc định) hoặc en",
    choices: "chọn một trong",
    debug: "hiện chi tiết kỹ thuật (stack) khi có lỗi",
    titles: {
      "Usage:": "Cách dùng:",
      "Options:": "Tùy chọn:",
      "Commands:": "Lệnh:",
      "Arguments:": "Tham số:",
      "Global Options:": "Tùy chọn chung:",
    } as Record<string, string>,
    usageErrors: {
      unknownOption: (p: Params) => `tùy chọn không hợp lệ: ${p.detail}`,
      unknownCommand: (p: Params) => `lệnh không tồn tại: ${p.detail}`,
      missingArgument: (p: Params) => `thiếu tham số: ${p.detail}`,
      missingOptionValue: (p: Params) => `tùy chọn cần một giá trị: ${p.detail}`,
      invalidArgument: (p: Params) => `giá trị không hợp lệ: ${p.detail}`,
      excessArguments: (p: Params) => `thừa tham số: ${p.detail}`,
      other: (p: Params) => `${p.detail}`,
    },
    usageHint: "Xem `baocao --help`.",
    errorPrefix: "Lỗi",
    warningPrefix: "Cảnh báo",
    internalError:
      "Lỗi nội bộ của baocao. Xin gửi báo lỗi kèm nội dung dưới đây và lệnh đã chạy (chạy lại với --debug để có đủ chi tiết).",
  },
  commands: {
    init: {
      description: "tạo một thư mục làm việc mới (baocao.yaml và các thư mục con)",
      dir: "thư mục sẽ tạo (mặc định: thư mục hiện tại)",
      preset: (_p: Params) => "cấu hình mẫu",
    },
    forms: {
      description: "tạo biểu mẫu Excel trống cho từng đơn vị báo cáo của một kỳ",
      period: "kỳ báo cáo, ví dụ 2023-H1",
      unit: "chỉ tạo cho đơn vị có mã này (có thể lặp lại)",
      out: "thư mục ghi biểu mẫu (mặc định: forms/<kỳ>/ trong thư mục làm việc)",
    },
    validate: {
      description: "kiểm tra các tệp biểu mẫu nhận được, chỉ rõ từng ô cần sửa",
      files: "tệp .xlsx hoặc thư mục (tìm cả thư mục con)",
      period: "kỳ báo cáo đang tổng hợp, ví dụ 2023-H1 hoặc \"6 tháng đầu năm 2023\"",
      annotate: "ghi vào thư mục này bản sao có tô màu và ghi chú các ô có vấn đề",
      maxIssues: "chỉ liệt kê tối đa N vấn đề mỗi tệp",
    },
    ingest: {
      description: "kiểm tra rồi lưu trữ các biểu mẫu đạt vào store/ và ghi sổ (ledger)",
      period: "kỳ báo cáo đang tổng hợp, ví dụ 2023-H1",
      strict: "không nhận cả tệp chỉ có cảnh báo",
    },
    status: {
      description: "đơn vị nào đã gửi, đạt, bị từ chối, còn thiếu, gửi muộn",
      period: "kỳ báo cáo, ví dụ 2023-H1",
    },
    doctor: {
      description: "kiểm tra thư mục làm việc (baocao.yaml) và máy tính (Node, LibreOffice, phông chữ)",
    },
  },
  init: {
    askPreset: "Chọn cấu hình mẫu",
    askProvince: "Tên tỉnh/thành phố",
    askPlace: "Địa danh ghi ở dòng ngày tháng của văn bản",
    askIssuerName: (p: Params) => `Tên đầy đủ của cơ quan ban hành "${p.id}"`,
    askSignerName: (p: Params) => `Họ và tên người ký (${p.title})`,
    askSignerTitle: (p: Params) => `Chức vụ người ký (hiện là ${p.title})`,
    created: (p: Params) => `Đã tạo thư mục làm việc ${p.dir} theo cấu hình mẫu ${p.preset}.`,
    files: "Các tệp đã tạo:",
    next: (p: Params) => `Bước tiếp theo: xem lại ${p.file}, rồi chạy \`baocao -w ${p.dir} doctor\`.`,
    defaultPreset: (p: Params) => `Không chỉ định --preset: dùng cấu hình mẫu ${p.preset}.`,
  },
  forms: {
    done: (p: Params) => `Đã tạo ${p.count} biểu mẫu ${p.label} trong ${p.dir}.`,
  },
  validate: {
    summary: (p: Params) =>
      `Đã kiểm tra ${p.files} tệp: ${p.accepted} đạt, ${p.rejected} bị từ chối, ${p.unreadable} không đọc được — ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
    byCode: "Theo loại vấn đề:",
    status: { accepted: "đạt", rejected: "bị từ chối", unreadable: "không đọc được" } as Record<string, string>,
    counts: (p: Params) => `${p.errors} lỗi, ${p.warnings} cảnh báo`,
    omitted: (p: Params) => `… và ${p.count} vấn đề khác (bỏ bớt do --max-issues)`,
    error: "Lỗi",
    warning: "Cảnh báo",
    row: (p: Params) => `dòng ${p.row}`,
    annotated: (p: Params) => `Bản sao có ghi chú: ${p.file}`,
    noFiles: "Không có tệp bảng tính nào để kiểm tra.",
  },
  ingest: {
    outcomes: {
      archived: "đã lưu, là bản hiện hành",
      "already-current": "đã có, không thay đổi",
      "duplicate-of-archived": "bản cũ đã được thay thế, bỏ qua",
      "already-recorded": "đã ghi nhận trước đó (bị từ chối)",
      rejected: "bị từ chối (có lỗi)",
      "refused-warnings": "không nhận (--strict, có cảnh báo)",
      unreadable: "không đọc được",
      "wrong-period": "sai kỳ báo cáo",
      "no-unit": "không xác định được đơn vị",
    } as Record<string, string>,
    supersedes: "(thay bản trước)",
    summary: (p: Params) => `Kỳ ${p.period}: ${p.files} tệp — ${p.detail}.`,
    torn: (p: Params) => `Cảnh báo: dòng ${p.line} cuối sổ ledger bị ghi dở (máy tắt đột ngột?) và đã được bỏ qua.`,
  },
  status: {
    title: (p: Params) => `Tình hình nộp báo cáo ${p.label} (hạn gửi ${p.deadline}):`,
    states: { accepted: "đạt", "accepted-with-warnings": "đạt (có cảnh báo)", rejected: "bị từ chối", missing: "chưa gửi" } as Record<string, string>,
    late: "gửi muộn",
    laterRejected: "bản gửi sau bị từ chối",
    unexpected: "(không có trong danh sách)",
    findings: (p: Params) => `${p.errors} lỗi, ${p.warnings} cảnh báo`,
    totals: (p: Params) => `Tổng: ${p.expected} đơn vị — ${p.accepted} đạt, ${p.rejected} bị từ chối, ${p.missing} chưa gửi, ${p.late} gửi muộn.`,
  },
  doctor: {
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
    deadline: (p: Params) =>
      `${p.days} ngày ${p.working === "true" ? "làm việc " : ""}sau ngày chốt số liệu`,
    node: "Node.js",
    nodeOk: (p: Params) => `${p.version}`,
    nodeOld: (p: Params) => `${p.version} — cần Node 20 trở lên`,
    libreoffice: "LibreOffice (xuất PDF)",
    libreofficeMissing:
      "không có — chỉ cần khi xuất PDF; cài bằng `apt-get install libreoffice-writer-nogui`",
    font: "Phông Times New Roman",
    fontFound: (p: Params) => `${p.name}`,
    fontMetric: (p: Params) => `${p.name} (cùng kích thước chữ với Times New Roman)`,
    fontMissing:
      "không thấy Times New Roman hoặc Liberation Serif — PDF có thể lệch dòng; cài `fonts-liberation2`",
    fontUnknown: "không kiểm tra được (thiếu fc-list)",
    ok: "Thư mục làm việc hợp lệ.",
  },
  config: {
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
    } as Record<string, string>,
    yamlSyntax: (p: Params) => `lỗi cú pháp YAML: ${p.detail}`,
    duplicate: (p: Params) => `mã "${p.value}" bị trùng (đã có ở ${p.first})`,
    unknownReference: (p: Params) => `"${p.value}" không có trong ${p.where}`,
    authority: "phải bắt đầu bằng TM., KT., Q., TL. hoặc TUQ. (ví dụ \"KT. CHỦ TỊCH\")",
    code: "chỉ gồm chữ in hoa không dấu, chữ số, '-' hoặc '_'",
    isoDate: "phải là ngày dạng YYYY-MM-DD",
    duplicateTopKey: (p: Params) => `khóa "${p.key}" đã có trong ${p.first}`,
    includePath: "tệp include phải nằm trong thư mục làm việc (không dùng đường dẫn tuyệt đối hoặc '..')",
    includeMissing: (p: Params) => `không đọc được tệp include ${p.file}`,
    notMapping: "tệp phải là một nhóm khóa YAML (key: value)",
    version: (p: Params) => `phiên bản cấu hình ${p.value} không được hỗ trợ (chỉ có 1)`,
  },
  errors: {
    "workspace/not-found": (p: Params) =>
      `Không tìm thấy baocao.yaml trong ${p.dir} hoặc các thư mục cha. Tạo mới bằng \`baocao init\` hoặc chỉ định bằng -w <thư mục>.`,
    "workspace/dir-missing": (p: Params) => `Thư mục làm việc ${p.dir} không tồn tại.`,
    "workspace/unreadable": (p: Params) => `Không đọc được ${p.file}: ${p.reason}`,
    "init/exists": (p: Params) =>
      `${p.file} đã tồn tại: baocao không ghi đè thư mục làm việc đã có. Chọn thư mục khác.`,
    "init/unknown-preset": (p: Params) => `Không có cấu hình mẫu "${p.preset}". Các mẫu có: ${p.names}.`,
    "init/not-dir": (p: Params) => `${p.dir} không phải là thư mục.`,
    "init/cancelled": () => "Đã hủy, không tạo gì.",
    "input/not-found": (p: Params) => `Không tìm thấy ${p.path}.`,
    "period/invalid-option": (p: Params) =>
      `Kỳ báo cáo "${p.value}" không hợp lệ. Ví dụ: 2023-H1, 2023-H2, 2023, 2023-Q3, 2023-07, "6 tháng đầu năm 2023".`,
    "annotate/inside-input": (p: Params) => `Không ghi bản sao vào ${p.dir}: sẽ đè lên tệp nhận được ${p.file}.`,
    "unit/unknown-option": (p: Params) => `Không có đơn vị mã "${p.code}". Các mã: ${p.codes}.`,
    "store/locked": (p: Params) =>
      `Kho lưu trữ đang được một lệnh khác dùng (${p.file}, tiến trình ${p.pid}). Chờ lệnh đó xong rồi chạy lại.`,
    "store/ledger-corrupt": (p: Params) =>
      `Sổ ${p.file} hỏng ở dòng ${p.line} (${p.problem}). Không sửa tay; sao lưu tệp và báo cho người quản trị.`,
    "store/changed-since-validation": (p: Params) => `Tệp ${p.file} vừa bị thay đổi trong khi kiểm tra. Chạy lại lệnh.`,
    "lang/unknown": (p: Params) => `Ngôn ngữ "${p.lang}" không được hỗ trợ, dùng vi hoặc en.`,
  } as Record<string, (p: Params) => string>,
};

export type Messages = typeof vi;
