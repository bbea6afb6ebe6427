// The command-line shell: global options, usage errors, the errors of options shared by commands.
import type { Params } from "./params.js";
import { fileInUseEn, fileInUseVi } from "./fs-reason.js";

export const cliVi = {
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
  /** commander's help words and the placeholders of arguments and option values (src/cli/usage.ts). */
  terms: {
    options: "tùy chọn",
    command: "lệnh",
    dir: "thư mục",
    period: "kỳ",
    name: "tên",
    code: "mã",
    n: "số",
    date: "ngày",
    file: "tệp",
    files: "tệp",
    template: "mẫu",
    recipients: "người nhận",
    kind: "loại",
    text: "chữ",
    "field=value": "trường=giá trị",
    lang: "ngôn ngữ",
    unit: "đơn vị",
  } as Record<string, string>,
  usageErrors: {
    unknownOption: (p: Params) => `không có tùy chọn ${p.option}${p.suggestion ? `; có phải ${p.suggestion}?` : "."}`,
    unknownCommand: (p: Params) => `không có lệnh "${p.command}"${p.suggestion ? `; có phải ${p.suggestion}?` : "."}`,
    missingArgument: (p: Params) => `${p.command} cần ${p.argument}${p.description ? `: ${p.description}` : ""}.`,
    missingOption: (p: Params) =>
      p.option === "--period"
        ? "thiếu --period: ghi kỳ báo cáo, ví dụ --period 2023-H1."
        : `thiếu tùy chọn bắt buộc ${p.option}.`,
    missingOptionValue: (p: Params) => `tùy chọn ${p.option} cần một giá trị ngay sau nó.`,
    invalidValue: (p: Params) => `giá trị "${p.value}" của ${p.option} không hợp lệ${p.detail ? `: ${p.detail}` : ""}.`,
    choices: (p: Params) => `chọn một trong ${p.choices}`,
    positiveInteger: "cần một số nguyên từ 1 trở lên",
    excessArguments: (p: Params) => `${p.command} không nhận thêm ${p.arguments} (có cần đặt trong ngoặc kép?).`,
    noCommand: "cần ghi một lệnh, ví dụ baocao doctor (các lệnh ở trên).",
    other: (p: Params) => `${p.detail}`,
    hint: (p: Params) => `Xem \`${p.command} --help\`.`,
  },
  examplesTitle: "Ví dụ:",
  /** The reporting round, at the end of `baocao --help`. */
  examples: [
    "baocao init bao-cao-2023                                 # tạo thư mục làm việc (hỏi tên tỉnh, người ký …)",
    "baocao forms --period 2023-H1                            # biểu mẫu Excel gửi các đơn vị",
    "baocao ingest inbox --period 2023-H1                     # kiểm tra và lưu các tệp nhận được",
    "baocao report --period 2023-H1 --draft                   # báo cáo dự thảo (.docx)",
    "baocao help report                                       # hướng dẫn một lệnh",
  ],
  periodFormats:
    'Kỳ báo cáo (--period): 2023-H1 (6 tháng đầu năm), 2023-H2 (6 tháng cuối năm), 2023 (cả năm), 2023-Q3 (quý III), 2023-07 (tháng 7); hoặc ghi bằng chữ trong ngoặc kép: "6 tháng đầu năm 2023", "quý III năm 2023", "tháng 7/2023".',
  errorPrefix: "Lỗi",
  warningPrefix: "Cảnh báo",
  receivedInFuture: (p: Params) =>
    `Cảnh báo: ngày nhận --received ${p.received} sau hôm nay (${p.today}); các tệp được ghi vào sổ lần này vẫn mang ngày đó. Kiểm tra lại nếu gõ nhầm.`,
  internalError:
    "Lỗi nội bộ của baocao. Xin gửi báo lỗi kèm nội dung dưới đây và lệnh đã chạy (chạy lại với --debug để có đủ chi tiết).",
};

export const cliErrorsVi = {
  "input/not-found": (p: Params) => `Không tìm thấy ${p.path}.`,
  "period/invalid-option": (p: Params) =>
    `Kỳ báo cáo "${p.value}" không hợp lệ. Ví dụ: 2023-H1, 2023-H2, 2023, 2023-Q3, 2023-07, "6 tháng đầu năm 2023".`,
  "period/from-after-to": (p: Params) =>
    `--from ${p.from} là kỳ sau --to ${p.to}: không có kỳ nào ở giữa. Đổi chỗ hai kỳ rồi chạy lại.`,
  "unit/unknown-option": (p: Params) => `Không có đơn vị mã "${p.code}". Các mã: ${p.codes}.`,
  "received/invalid-option": (p: Params) =>
    `Ngày nhận "${p.value}" không hợp lệ; ghi dạng dd/mm/yyyy, ví dụ 16/06/2023.`,
  "date/invalid-option": (p: Params) =>
    `${p.option} "${p.value}" không phải là ngày; ghi dd/mm/yyyy, ví dụ 03/07/2023.`,
  "number/zero-option": (p: Params) =>
    `${p.option} "${p.value}" không hợp lệ: số văn bản bắt đầu từ 1; ghi số đã lấy ở văn thư, ví dụ 841.`,
  "output/unwritable": (p: Params) => {
    const reasons: Record<string, string> = {
      EISDIR: "đó là một thư mục, cần ghi tên tệp",
      ENOTDIR: "một phần của đường dẫn là tệp, không phải thư mục",
      EEXIST: "một phần của đường dẫn là tệp, không phải thư mục",
      EACCES: "không có quyền ghi",
      EPERM: "không có quyền ghi",
      READONLY: "tệp được đánh dấu chỉ đọc",
      EROFS: "ổ đĩa chỉ đọc",
      ENOSPC: "ổ đĩa đầy",
      EDQUOT: "đã hết dung lượng được cấp trên ổ đĩa",
      ENAMETOOLONG: "tên quá dài",
      EBUSY: "tệp đang mở trong chương trình khác (Word, Excel); đóng tệp rồi chạy lại",
      EXDEV: "không chuyển được tệp tạm sang ổ đĩa chứa tệp",
      EIO: "lỗi đọc ghi ổ đĩa",
    };
    const todo: Record<string, string> = {
      ENOSPC: "Giải phóng chỗ trên ổ đĩa rồi chạy lại.",
      EDQUOT: "Giải phóng chỗ trên ổ đĩa rồi chạy lại.",
      EBUSY: "",
      EIO: "Kiểm tra ổ đĩa rồi chạy lại.",
      READONLY: 'Bỏ chọn ô "Chỉ đọc" ("Read-only") trong "Thuộc tính" ("Properties") của tệp rồi chạy lại.',
    };
    const next = todo[String(p.code)] ?? "Chọn tệp hoặc thư mục khác.";
    return `Không ghi được ${p.file}: ${reasons[String(p.code)] ?? p.code}.${next === "" ? "" : ` ${next}`}`;
  },
  "output/in-use": (p: Params) => fileInUseVi(String(p.file)),
  "input/no-files": (p: Params) =>
    p.skipped ? `Không có tệp .xlsx nào để xử lý (đã bỏ qua: ${p.skipped}).` : "Không có tệp .xlsx nào để xử lý.",
  "lang/unknown": (p: Params) => `Ngôn ngữ "${p.lang}" không được hỗ trợ, dùng vi hoặc en.`,
};

export const cliEn: typeof cliVi = {
  description:
    "baocao — compile the report on coordination against crime in the information and communications field, and issue its reports and letters in the Decree 30/2020/NĐ-CP layout",
  version: "show the version number",
  help: "show help",
  helpCommand: "show help for a command",
  workspace: "workspace folder (default: the nearest folder upward holding baocao.yaml)",
  json: "print the result as JSON (nothing else on stdout)",
  quiet: "print only errors and the main result",
  noColor: "do not use colours",
  noInput: "never ask questions; use defaults",
  lang: "language: vi (default) or en",
  choices: "choices",
  debug: "show technical details (stack traces) on errors",
  titles: {},
  terms: {},
  usageErrors: {
    unknownOption: (p: Params) => `unknown option ${p.option}${p.suggestion ? `; did you mean ${p.suggestion}?` : "."}`,
    unknownCommand: (p: Params) =>
      `unknown command "${p.command}"${p.suggestion ? `; did you mean ${p.suggestion}?` : "."}`,
    missingArgument: (p: Params) => `${p.command} needs ${p.argument}${p.description ? `: ${p.description}` : ""}.`,
    missingOption: (p: Params) =>
      p.option === "--period"
        ? "missing --period: give the reporting period, e.g. --period 2023-H1."
        : `missing required option ${p.option}.`,
    missingOptionValue: (p: Params) => `option ${p.option} needs a value right after it.`,
    invalidValue: (p: Params) => `"${p.value}" is not a valid value for ${p.option}${p.detail ? `: ${p.detail}` : ""}.`,
    choices: (p: Params) => `choose one of ${p.choices}`,
    positiveInteger: "a whole number from 1 is needed",
    excessArguments: (p: Params) => `${p.command} takes no further ${p.arguments} (does it need quotes?).`,
    noCommand: "a command is needed, e.g. baocao doctor (the commands are listed above).",
    other: (p: Params) => `${p.detail}`,
    hint: (p: Params) => `See \`${p.command} --help\`.`,
  },
  examplesTitle: "Examples:",
  examples: [
    "baocao init bao-cao-2023                                 # create a workspace (asks for the province, signers …)",
    "baocao forms --period 2023-H1                            # Excel forms to send to the units",
    "baocao ingest inbox --period 2023-H1                     # check and archive the files received",
    "baocao report --period 2023-H1 --draft                   # the draft report (.docx)",
    "baocao help report                                       # help on one command",
  ],
  periodFormats:
    'Periods (--period): 2023-H1 (first half), 2023-H2 (second half), 2023 (year), 2023-Q3 (quarter), 2023-07 (month); or in Vietnamese words, quoted: "6 tháng đầu năm 2023", "quý III năm 2023", "tháng 7/2023".',
  errorPrefix: "Error",
  warningPrefix: "Warning",
  receivedInFuture: (p: Params) =>
    `Warning: the received date --received ${p.received} is after today (${p.today}); the files entered in the ledger this time carry it as given. Check it if it was a typo.`,
  internalError:
    "Internal error in baocao. Please file a bug report with the text below and the command you ran (run again with --debug for full details).",
};

export const cliErrorsEn: typeof cliErrorsVi = {
  "input/not-found": (p: Params) => `${p.path} not found.`,
  "period/invalid-option": (p: Params) =>
    `Period "${p.value}" is not valid. Examples: 2023-H1, 2023-H2, 2023, 2023-Q3, 2023-07, "6 tháng đầu năm 2023".`,
  "period/from-after-to": (p: Params) =>
    `--from ${p.from} comes after --to ${p.to}: no period lies between. Swap the two and run again.`,
  "unit/unknown-option": (p: Params) => `No unit with code "${p.code}". Codes: ${p.codes}.`,
  "received/invalid-option": (p: Params) =>
    `Received date "${p.value}" is not valid; write dd/mm/yyyy, e.g. 16/06/2023.`,
  "date/invalid-option": (p: Params) => `${p.option} "${p.value}" is not a date; write dd/mm/yyyy, e.g. 03/07/2023.`,
  "number/zero-option": (p: Params) =>
    `${p.option} "${p.value}" is not valid: document numbers start at 1; give the number from the records office, e.g. 841.`,
  "output/unwritable": (p: Params) => {
    const reasons: Record<string, string> = {
      EISDIR: "it is a folder; give a file name",
      ENOTDIR: "part of the path is a file, not a folder",
      EEXIST: "part of the path is a file, not a folder",
      EACCES: "permission denied",
      EPERM: "permission denied",
      READONLY: "the file is marked read-only",
      EROFS: "read-only disk",
      ENOSPC: "disk full",
      EDQUOT: "disk quota exceeded",
      ENAMETOOLONG: "name too long",
      EBUSY: "the file is open in another program (Word, Excel); close it and run again",
      EXDEV: "the temporary file could not be moved to the file's disk",
      EIO: "disk input/output error",
    };
    const todo: Record<string, string> = {
      ENOSPC: "Free some disk space and run again.",
      EDQUOT: "Free some disk space and run again.",
      EBUSY: "",
      EIO: "Check the disk and run again.",
      READONLY: "Clear its Read-only box in the file's Properties, then run again.",
    };
    const next = todo[String(p.code)] ?? "Choose another file or folder.";
    return `Cannot write ${p.file}: ${reasons[String(p.code)] ?? p.code}.${next === "" ? "" : ` ${next}`}`;
  },
  "output/in-use": (p: Params) => fileInUseEn(String(p.file)),
  "input/no-files": (p: Params) =>
    p.skipped ? `No .xlsx file to process (skipped: ${p.skipped}).` : "No .xlsx file to process.",
  "lang/unknown": (p: Params) => `Language "${p.lang}" is not supported; use vi or en.`,
};
