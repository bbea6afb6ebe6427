// Every user-facing sentence of baocao in Vietnamese, the default language. en.ts mirrors this shape
// (the type checker makes sure no message is missing there).

import type { TemplateProblemCode } from "../domain/template-problem.js";
import { formatNumber } from "../vn/numbers.js";
import type { Finding, FindingCode } from "../domain/findings.js";
import { fsReasonVi } from "./fs-reason.js";
import { findingsVi } from "./findings-vi.js";

type Params = Record<string, string | number>;
/** A bound of the workspace schema (a text length, a list size, a number). */
type Bound = { origin: string; limit: number; inclusive: boolean };
const list = (items: readonly string[]) => items.join(", ");

/** Why a file in a folder was not read (src/intake/collect-files.ts SkipReason). */
const skipReasonsVi: Record<string, string> = {
  hidden: "tệp hoặc thư mục ẩn",
  "lock-file": "tệp khóa tạm của Excel/LibreOffice (tệp gốc đang mở)",
  "annotated-copy": "bản sao có ghi chú do baocao tạo (--annotate)",
  "not-a-spreadsheet": "không phải bảng tính Excel",
};

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
      missingOption: (p: Params) => `thiếu tùy chọn bắt buộc: ${p.detail}`,
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
      received: "ngày nhận được các tệp (dd/mm/yyyy), để biết đơn vị nào gửi muộn; mặc định: hôm nay",
      strict: "không nhận cả tệp chỉ có cảnh báo",
    },
    status: {
      description: "đơn vị nào đã gửi, đạt, bị từ chối, còn thiếu, gửi muộn",
      period: "kỳ báo cáo, ví dụ 2023-H1",
    },
    aggregate: {
      description: "tổng hợp số liệu các đơn vị (có so sánh cùng kỳ và nguồn của từng số), ghi aggregate.json và tong-hop.xlsx",
      period: "kỳ báo cáo, ví dụ 2023-H1",
      out: "thư mục ghi kết quả (mặc định: out/<kỳ>/)",
    },
    report: {
      description: "soạn báo cáo của Sở gửi UBND tỉnh (.docx theo Nghị định 30), có phụ lục và biểu đồ",
      period: "kỳ báo cáo, ví dụ 2023-H1",
      number: "số văn bản, ví dụ 841",
      date: "ngày ban hành, dd/mm/yyyy hoặc yyyy-mm-dd",
      draft: "bản dự thảo: để trống số và ngày cho văn thư điền khi phát hành",
      pdf: "xuất thêm PDF (cần LibreOffice)",
      out: "tệp .docx ghi ra (mặc định: out/<kỳ>/…)",
      force: "ghi đè tệp đã có",
    },
    directive: {
      description: "soạn công văn chỉ đạo của UBND tỉnh sau báo cáo của Sở (.docx theo Nghị định 30)",
      reportNumber: "số báo cáo của Sở được trả lời, ví dụ 841",
      reportDate: "ngày của báo cáo đó, ví dụ 03/07/2023",
    },
    letters: {
      description: "soạn cùng một công văn gửi nhiều nơi: đề nghị báo cáo, đôn đốc, thông báo kết quả kiểm tra, hoặc mẫu Word riêng",
      template: "mẫu thư: de-nghi-bao-cao, don-doc, ket-qua-kiem-tra, một mẫu trong templates/ của thư mục làm việc, hoặc một tệp .docx",
      to: "người nhận: units (các đơn vị trong baocao.yaml, mặc định) hoặc tệp .xlsx/.csv có dòng tiêu đề",
      kind: "chỉ gửi đơn vị thuộc loại này",
      group: "chỉ gửi đơn vị có nhóm chứa chữ này (không phân biệt dấu, hoa thường)",
      unit: "chỉ gửi đơn vị có mã này (có thể ghi nhiều mã)",
      missing: "chỉ gửi đơn vị chưa có báo cáo đạt của kỳ (chưa gửi hoặc bị từ chối); cần --period",
      rejected: "chỉ gửi đơn vị có báo cáo bị từ chối; cần --period",
      where: "chỉ gửi người nhận có trường bằng giá trị này, dạng truong=giá trị (có thể lặp lại)",
      period: "kỳ báo cáo, ví dụ 2023-H1",
      out: "thư mục ghi các công văn (mặc định: out/<kỳ>/thu/<mẫu>/)",
      combine: "gộp tất cả vào một tệp .docx, mỗi công văn bắt đầu trang mới",
      numberFrom: "số của công văn đầu tiên; các công văn sau lấy số tiếp theo",
      date: "ngày ban hành, dd/mm/yyyy (mặc định: hôm nay)",
      draft: "bản dự thảo: để trống số và ngày cho văn thư điền",
      dryRun: "chỉ liệt kê các công văn sẽ tạo và các trường còn thiếu, không ghi gì",
      force: "ghi đè các tệp đã có",
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
    skipped: (p: Params) => `Bỏ qua ${p.count} tệp trong thư mục, không đọc:`,
    skipReasons: skipReasonsVi,
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
    skipped: (p: Params) => `Bỏ qua ${p.count} tệp trong thư mục, không đọc:`,
    skipReasons: skipReasonsVi,
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
  aggregate: {
    title: (p: Params) => `Tổng hợp ${p.label}: ${p.submitted}/${p.expected} đơn vị có báo cáo đạt.`,
    missing: (p: Params) => `Chưa có số liệu của: ${p.units}.`,
    incidents: (p: Params) => `Vụ việc: ${p.count} vụ, thiệt hại ${p.damage} đồng, tiền phạt ${p.fines} đồng.`,
    previousDisagree: (p: Params) => `Cảnh báo: số cùng kỳ của ${p.indicator} trong biểu mẫu khác số đã lưu kỳ trước (${p.units}); dùng số đã lưu.`,
    previousIncomplete: (p: Params) =>
      `Cảnh báo: ${p.indicator} không so sánh được với cùng kỳ vì chưa có số liệu cùng kỳ của: ${p.units} (ghi cột "Cùng kỳ năm trước" hoặc nhập báo cáo kỳ trước).`,
    unitNotInConfig: (p: Params) => `Cảnh báo: bỏ qua báo cáo của đơn vị không còn trong baocao.yaml: ${p.units}.`,
    written: (p: Params) => `Đã ghi ${p.json} và ${p.workbook}.`,
  },
  documents: {
    askNumber: "Số văn bản",
    askDate: "Ngày ban hành (dd/mm/yyyy)",
    askReportNumber: "Số báo cáo của Sở",
    askReportDate: "Ngày của báo cáo (dd/mm/yyyy)",
    template: (p: Params) => `Mẫu: ${p.file}`,
    written: (p: Params) => `Đã ghi ${p.file}.`,
    aggregateRecomputed: {
      damaged: (p: Params) => `Lưu ý: ${p.file} bị hỏng (không đọc được, có thể bị ghi dở): tính lại số liệu tổng hợp từ kho.`,
      shape: (p: Params) => `Lưu ý: ${p.file} không đúng cấu trúc của phiên bản baocao này: tính lại số liệu tổng hợp từ kho.`,
      period: (p: Params) => `Lưu ý: ${p.file} là số liệu của kỳ khác: tính lại số liệu tổng hợp từ kho.`,
      config: (p: Params) => `Lưu ý: cấu hình (baocao.yaml, chi-tieu.yaml …) đã thay đổi từ khi lập ${p.file}: tính lại số liệu tổng hợp từ kho.`,
      ledger: (p: Params) => `Lưu ý: kho đã tiếp nhận thêm tệp từ khi lập ${p.file}: tính lại số liệu tổng hợp từ kho.`,
    },
    incidentListCapped: (p: Params) =>
      `Phụ lục III liệt kê ${p.listed}/${p.total} vụ việc (giới hạn report.incidentListLimit trong baocao.yaml) và tổng hợp theo đơn vị, theo hành vi; danh sách đầy đủ ở trang tính "${p.sheet}" của ${p.file}.`,
  },
  letters: {
    none: "Không có người nhận nào phù hợp: không tạo công văn nào.",
    dryRunTitle: (p: Params) => `Chạy thử (không ghi gì): sẽ tạo ${p.ok}/${p.total} công văn trong ${p.dir}.`,
    number: (p: Params) => `số ${p.number}`,
    failed: (p: Params) => `Công văn ${p.index} (${p.recipient}): ${p.error}`,
    written: (p: Params) => `Đã tạo ${p.count} công văn trong ${p.dir}.`,
    combined: (p: Params) => `Đã gộp ${p.count} công văn vào ${p.file}.`,
    failedTotal: (p: Params) => `${p.failed}/${p.total} công văn không tạo được (xem lỗi ở trên).`,
    manifest: (p: Params) => `Danh sách: ${p.file}`,
    progress: "Đang soạn công văn",
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
      record: "một nhóm khóa",
    } as Record<string, string>,
    // The yaml library's own text is English; its error code says enough to name the fault.
    yamlSyntax: (p: Params) => `lỗi cú pháp YAML: ${yamlFaultsVi[p.code as string] ?? yamlFaultsVi.OTHER}`,
    duplicate: (p: Params) => `mã "${p.value}" bị trùng (đã có ở ${p.first})`,
    unknownReference: (p: Params) => `"${p.value}" không có trong ${p.where}`,
    authority: "phải bắt đầu bằng TM., KT., Q., TL. hoặc TUQ. (ví dụ \"KT. CHỦ TỊCH\")",
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
  },
  errors: {
    "workspace/not-found": (p: Params) =>
      `Không tìm thấy baocao.yaml trong ${p.dir} hoặc các thư mục cha. Tạo mới bằng \`baocao init\` hoặc chỉ định bằng -w <thư mục>.`,
    "workspace/not-a-dir": (p: Params) => `${p.dir} là một tệp; -w cần thư mục chứa baocao.yaml.`,
    "workspace/dir-missing": (p: Params) => `Thư mục làm việc ${p.dir} không tồn tại.`,
    "workspace/unreadable": (p: Params) => `Không đọc được ${p.file}: ${fsReasonVi(p.code)}`,
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
      `Sổ ${p.file} hỏng ở dòng ${p.line} (${ledgerProblemsVi[p.problem as string] ?? p.problem}). Không sửa tay; sao lưu tệp và báo cho người quản trị.`,
    "store/changed-since-validation": (p: Params) => `Tệp ${p.file} vừa bị thay đổi trong khi kiểm tra. Chạy lại lệnh.`,
    "received/invalid-option": (p: Params) => `Ngày nhận "${p.value}" không hợp lệ; ghi dạng dd/mm/yyyy, ví dụ 16/06/2023.`,
    "aggregate/no-submissions": (p: Params) =>
      `Chưa có báo cáo nào đạt của kỳ ${p.period}. ${
        p.held ? `Kho chỉ có số liệu các kỳ: ${p.held}.` : "Kho lưu trữ chưa có báo cáo nào đạt."
      } Chạy \`baocao ingest <thư mục> --period ${p.period}\` trước, hoặc kiểm tra lại --period.`,
    "document/missing-metadata": (p: Params) =>
      `Thiếu ${p.missing}. Ghi rõ các tùy chọn này, hoặc dùng --draft để để trống số và ngày cho văn thư.`,
    "document/bad-number": (p: Params) => `Số văn bản "${p.value}" không hợp lệ: chỉ ghi phần số, ví dụ 841.`,
    "document/exists": (p: Params) => `${p.file} đã có (có thể đã được sửa bằng Word). Dùng --out để ghi tệp khác, hoặc --force để ghi đè.`,
    "document/no-issuer": (p: Params) => `${p.file}: chưa có cơ quan ban hành (documents.${p.kind}.issuer trong baocao.yaml).`,
    "document/no-signer": (p: Params) => `${p.file}: không có người ký "${p.signer}" của ${p.issuer}.`,
    "date/invalid-option": (p: Params) => `${p.option} "${p.value}" không phải là ngày; ghi dd/mm/yyyy, ví dụ 03/07/2023.`,
    "pdf/no-libreoffice": (p: Params) =>
      `Đã ghi ${p.file} nhưng không xuất được PDF: máy chưa có LibreOffice (apt-get install libreoffice-writer-nogui).`,
    "pdf/failed": (p: Params) => `LibreOffice không chuyển được ${p.file} sang PDF: ${p.detail}`,
    "template/error": (p: Params) =>
      `Lỗi trong mẫu văn bản ${p.location}: ${p.helper ? `helper "${p.helper}": ` : ""}${
        p.section === "front-matter" ? "phần đầu (front matter): " : ""
      }${templateProblemsVi()[p.problem as TemplateProblemCode]?.(p) ?? p.problem}`,
    "template/bad-name": (p: Params) => `Tên mẫu "${p.name}" không hợp lệ (chỉ chữ thường không dấu, số, "-").`,
    "template/not-found": (p: Params) => `Không có mẫu "${p.name}" (đã tìm: ${p.searched}).`,
    "template/unreadable": (p: Params) => `Không đọc được mẫu ${p.file}: ${fsReasonVi(p.code)}`,
    "template/front-matter": (p: Params) => `Mẫu ${p.file}: phần đầu (front matter) "${p.path}" không hợp lệ: ${p.detail}`,
    "letters/needs-period": (p: Params) => `${p.option} cần kỳ báo cáo: thêm --period, ví dụ --period 2023-H1.`,
    "letters/number-and-draft": () => "Chỉ dùng một trong --number-from (số văn bản) hoặc --draft (dự thảo, để trống số).",
    "letters/no-number": () => "Thiếu --number-from (số của công văn đầu tiên). Hoặc dùng --draft để để trống số và ngày cho văn thư.",
    "letters/combine-word": () => "--combine chỉ dùng với mẫu .hbs; với mẫu Word, mỗi người nhận một tệp.",
    "letters/exists": (p: Params) =>
      `${p.file} đã có (${p.count} tệp sẽ bị ghi đè). Không ghi gì. Dùng --out để ghi vào thư mục khác, hoặc --force để ghi đè.`,
    "letters/csv-encoding": (p: Params) => `${p.file} không phải văn bản UTF-8. Trong Excel, lưu lại bằng "CSV UTF-8 (Comma delimited)".`,
    "letters/csv-invalid": (p: Params) => `Không đọc được ${p.file} như tệp CSV: ${p.detail}`,
    "letters/xlsx-invalid": (p: Params) => `Không mở được ${p.file} như bảng tính .xlsx: ${p.detail}`,
    "letters/xlsx-refused": (p: Params) => `Không mở ${p.file}: ${findingsVi[p.finding as FindingCode].message(asFinding(p))}`,
    "letters/no-header": (p: Params) => `${p.file} không có dòng tiêu đề (tên các trường) ở trang tính đầu tiên.`,
    "letters/bad-recipients-file": (p: Params) => `Danh sách người nhận ${p.file} phải là tệp .xlsx hoặc .csv (hoặc ghi --to units).`,
    "letters/bad-where": (p: Params) => `--where "${p.value}" không hợp lệ: ghi dạng truong=giá trị, ví dụ --where tinh="Hưng Yên".`,
    "letters/unknown-field": (p: Params) => `--where: không có trường "${p.field}". Các trường: ${p.fields}.`,
    "letters/word-template": (p: Params) => `Không dùng được mẫu Word ${p.file}: ${p.detail}`,
    "letters/word-template-too-large": (p: Params) =>
      `Không mở mẫu Word ${p.file}: nội dung khi giải nén vượt giới hạn an toàn (500 MB, hoặc một phần nén bất thường). Đây không phải văn bản Word thông thường; hãy mở mẫu trong Word và lưu lại.`,
    "letters/write-failed": (p: Params) => `Không ghi được ${p.file}: ${fsReasonVi(p.code)}. Đã dừng; các công văn đã ghi vẫn còn trong thư mục.`,
    "letters/missing-fields": (p: Params) => `thiếu trường ${p.fields}`,
    "letters/no-name": () => "người nhận không có tên (cột ten, name hoặc Tên đơn vị)",
    "letters/unexpected": (p: Params) => `lỗi không lường trước khi soạn công văn: ${p.detail}`,
    "store/archive-missing": (p: Params) =>
      `Không tìm thấy bản lưu ${p.archive} của ${p.unit} (tệp nhận: ${p.file}). Nhập lại tệp đó bằng \`baocao ingest\`.`,
    "output/unwritable": (p: Params) => {
      const reasons: Record<string, string> = {
        EISDIR: "đó là một thư mục, cần ghi tên tệp",
        ENOTDIR: "một phần của đường dẫn là tệp, không phải thư mục",
        EEXIST: "một phần của đường dẫn là tệp, không phải thư mục",
        EACCES: "không có quyền ghi",
        EPERM: "không có quyền ghi",
        EROFS: "ổ đĩa chỉ đọc",
        ENOSPC: "ổ đĩa đầy",
        ENAMETOOLONG: "tên quá dài",
      };
      return `Không ghi được ${p.file}: ${reasons[String(p.code)] ?? p.code}. Chọn tệp hoặc thư mục khác.`;
    },
    "forms/would-overwrite": (p: Params) =>
      `Các tệp sau đã có và khác biểu mẫu trống (có thể là bản đơn vị đã điền): ${p.files}. Dùng --out để ghi chỗ khác, hoặc --force để ghi đè.`,
    "input/no-files": (p: Params) =>
      p.skipped ? `Không có tệp .xlsx nào để xử lý (đã bỏ qua: ${p.skipped}).` : "Không có tệp .xlsx nào để xử lý.",
    "lang/unknown": (p: Params) => `Ngôn ngữ "${p.lang}" không được hỗ trợ, dùng vi hoặc en.`,
  } as Record<string, (p: Params) => string>,
  /** What is wrong in a template (src/domain/template-problem.ts TemplateProblem). */
  templateProblems: templateProblemsVi(),
};

export type Messages = typeof vi;

/** Codes of the yaml library's errors (yaml 2, `YAMLError.code`) a clerk is likely to meet. */
const yamlFaultsVi: Record<string, string> = {
  BAD_INDENT: "thụt lề không đúng (các khóa cùng cấp phải thẳng cột)",
  TAB_AS_INDENT: "dùng phím Tab để thụt lề; hãy dùng dấu cách",
  MISSING_CHAR: "thiếu dấu đóng (], }, \" hoặc ')",
  DUPLICATE_KEY: "một khóa được viết hai lần",
  UNEXPECTED_TOKEN: "có ký tự không đúng chỗ",
  MULTILINE_IMPLICIT_KEY: "khóa bị ngắt sang nhiều dòng (thiếu dấu ':' hoặc thụt lề sai)",
  BLOCK_AS_IMPLICIT_KEY: "thiếu dấu ':' sau khóa hoặc thụt lề sai",
  BAD_SCALAR_START: "giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt nó trong dấu nháy kép",
  BAD_DQ_ESCAPE: "ký tự '\\' không hợp lệ trong chuỗi nháy kép",
  BAD_ALIAS: "tham chiếu (*) không hợp lệ",
  MULTIPLE_DOCS: "tệp chỉ được có một tài liệu YAML (bỏ dòng '---' thứ hai)",
  RESOURCE_EXHAUSTION: "tệp có quá nhiều tham chiếu (*) lồng nhau",
  OTHER: "kiểm tra thụt lề, dấu ':' sau mỗi khóa và các dấu ngoặc ở dòng này",
};

/** The kinds of damaged ledger line (store/ledger-entry.ts LineProblem), for people. */
const ledgerProblemsVi: Record<string, string> = {
  json: "dòng không đọc được",
  version: "phiên bản sổ không được hỗ trợ",
  schema: "dòng thiếu hoặc sai thông tin",
};

/** A value a helper was given, as describeValue (src/documents/template/escape.ts) names it. */
const gotVi = (got: string | number | undefined): string =>
  got === "<undefined>" ? "không có giá trị" : got === "<list>" ? "một danh sách" : got === "<object>" ? "một nhóm trường (object)" : `${got}`;

/** Handlebars' token names (its parser's), as the template author wrote them. */
const tokensVi: Record<string, string> = {
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
  INVALID: "ký tự không hợp lệ",
};

function templateProblemsVi(): Record<TemplateProblemCode, (p: Params) => string> {
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

/** A file-level finding (file/too-large, file/zip-bomb …) from an error's params, to reuse its message. */
export function asFinding(p: Params): Finding {
  return { severity: "error", code: p.finding as FindingCode, sheet: null, cell: null, row: null, column: null, value: null, params: p };
}
