// Intake: forms, validate, ingest, status, and the store they write.
import { findingNamesEn, findingNamesVi } from "./finding-names.js";
import { fsReasonEn, fsReasonVi } from "./fs-reason.js";
import type { Params } from "./params.js";
import { plural } from "./params.js";

/** Why a file in a folder was not read (src/intake/collect-files.ts SkipReason). */
const skipReasonsVi: Record<string, string> = {
  hidden: "tệp hoặc thư mục ẩn",
  "lock-file": "tệp khóa tạm của Excel/LibreOffice (tệp gốc đang mở)",
  "annotated-copy": "bản sao có ghi chú do baocao tạo (--annotate)",
  "not-a-spreadsheet": "không phải bảng tính Excel",
  "special-file": "không phải tệp thường (FIFO, socket hoặc thiết bị)",
  "broken-link": "liên kết (symlink) trỏ tới tệp không còn",
  "link-loop": "liên kết (symlink) vòng lặp",
  "linked-folder": "liên kết (symlink) tới thư mục, không mở",
  unreadable: "không có quyền đọc",
};

/** What a path is when it is not a regular file (src/io/regular-file.ts FileKind). */
const fileKindsVi: Record<string, string> = {
  folder: "là một thư mục",
  fifo: "là một FIFO (ống dẫn), không phải tệp",
  socket: "là một socket, không phải tệp",
  device: "là một thiết bị, không phải tệp",
  "symlink-loop": "là một liên kết (symlink) vòng lặp",
  "broken-symlink": "là một liên kết (symlink) trỏ tới tệp không còn",
};

/** The kinds of damaged ledger line (store/ledger-entry.ts LineProblem), for people. */
const ledgerProblemsVi: Record<string, string> = {
  json: "dòng không đọc được",
  version: "phiên bản sổ không được hỗ trợ",
  schema: "dòng thiếu hoặc sai thông tin",
};

/** What to do about a missing or damaged archive: ingest the unit's file again (it restores the archive). */
const reingestVi = (p: Params) =>
  `Nhập lại tệp của đơn vị: baocao ingest "${p.file}" --period ${p.period} (nếu không còn tệp đó, đề nghị đơn vị gửi lại), rồi chạy lại lệnh.`;
const reingestEn = (p: Params) =>
  `Ingest the unit's file again: baocao ingest "${p.file}" --period ${p.period} (if that file is gone, ask the unit to send it again), then run the command again.`;

/** Mirrors skipReasonsVi. */
const skipReasonsEn: Record<string, string> = {
  hidden: "hidden file or folder",
  "lock-file": "a temporary lock file of Excel/LibreOffice (the original is open)",
  "annotated-copy": "an annotated copy made by baocao (--annotate)",
  "not-a-spreadsheet": "not an Excel spreadsheet",
  "special-file": "not a regular file (a FIFO, socket or device)",
  "broken-link": "a symbolic link to a file that no longer exists",
  "link-loop": "a symbolic link loop",
  "linked-folder": "a symbolic link to a folder, not followed",
  unreadable: "permission denied",
};

const fileKindsEn: Record<string, string> = {
  folder: "is a folder",
  fifo: "is a FIFO (pipe), not a file",
  socket: "is a socket, not a file",
  device: "is a device, not a file",
  "symlink-loop": "is a symbolic link loop",
  "broken-symlink": "is a symbolic link to a file that no longer exists",
};

const ledgerProblemsEn: Record<string, string> = {
  json: "the line cannot be read",
  version: "an unsupported ledger version",
  schema: "the line lacks or has wrong fields",
};

export const formsVi = {
  done: (p: Params) => `Đã tạo ${p.count} biểu mẫu ${p.label} trong ${p.dir}.`,
  progress: "Đang tạo biểu mẫu",
};

export const validateVi = {
  summary: (p: Params) =>
    `Đã kiểm tra ${p.files} tệp: ${p.accepted} đạt, ${p.rejected} bị từ chối, ${p.unreadable} không đọc được — ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
  byCode: "Theo loại vấn đề:",
  progress: "Đang kiểm tra",
  findingNames: findingNamesVi as Record<string, string>,
  status: { accepted: "đạt", rejected: "bị từ chối", unreadable: "không đọc được" } as Record<string, string>,
  counts: (p: Params) => `${p.errors} lỗi, ${p.warnings} cảnh báo`,
  omitted: (p: Params) => `… và ${p.count} vấn đề khác (bỏ bớt do --max-issues)`,
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Thông tin",
  converting: "Đang chuyển sang .xlsx (LibreOffice)",
  converted: (p: Params) =>
    `Đã chuyển ${p.count} tệp .xls/.ods/.xlsb sang .xlsx bằng LibreOffice, mất ${p.seconds} giây (mỗi tệp khởi động LibreOffice một lần, lần lượt từng tệp).`,
  row: (p: Params) => `dòng ${p.row}`,
  annotated: (p: Params) => `Bản sao có ghi chú: ${p.file}`,
  noFiles: "Không có tệp bảng tính nào để kiểm tra.",
  skipped: (p: Params) => `Bỏ qua ${p.count} tệp trong thư mục, không đọc:`,
  skipReasons: skipReasonsVi,
};

export const ingestVi = {
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
  moreReasons: (p: Params) => `… và ${p.count} vấn đề khác; xem tất cả: baocao validate "${p.file}"`,
  summary: (p: Params) => `Kỳ ${p.period}: ${p.files} tệp — ${p.detail}.`,
  written: (p: Params) =>
    `Đã lưu ${p.archived} tệp mới vào kho ${p.store}; mọi tệp đã nhận được ghi vào sổ ${p.ledger}.`,
  torn: (p: Params) => `Cảnh báo: dòng ${p.line} cuối sổ ledger bị ghi dở (máy tắt đột ngột?) và đã được bỏ qua.`,
  skipped: (p: Params) => `Bỏ qua ${p.count} tệp trong thư mục, không đọc:`,
  skipReasons: skipReasonsVi,
};

export const statusVi = {
  title: (p: Params) => `Tình hình nộp báo cáo ${p.label} (hạn gửi ${p.deadline}):`,
  states: {
    accepted: "đạt",
    "accepted-with-warnings": "đạt (có cảnh báo)",
    rejected: "bị từ chối",
    missing: "chưa gửi",
  } as Record<string, string>,
  late: "gửi muộn",
  laterRejected: "bản gửi sau bị từ chối",
  unexpected: "(không có trong danh sách)",
  findings: (p: Params) => `${p.errors} lỗi, ${p.warnings} cảnh báo`,
  totals: (p: Params) =>
    `Tổng: ${p.expected} đơn vị — ${p.accepted} đạt, ${p.rejected} bị từ chối, ${p.missing} chưa gửi, ${p.late} gửi muộn.`,
  history: {
    title: (p: Params) => `Tiến độ nộp báo cáo qua ${p.count} kỳ (${p.first} – ${p.last}):`,
    empty: "Sổ chưa ghi kỳ báo cáo nào. Nhận biểu mẫu bằng lệnh baocao ingest, hoặc chỉ ra kỳ bằng --from và --to.",
    unit: "Mã",
    name: "Tên đơn vị",
    unitRate: "Đúng hạn",
    states: {
      "on-time": "đúng hạn",
      late: "muộn",
      rejected: "bị từ chối",
      missing: "chưa gửi",
    } as Record<string, string>,
    late: (p: Params) => `muộn ${p.days} ngày`,
    completeness: "Đã nộp",
    onTime: "Đúng hạn",
    hidden: (p: Params) =>
      `${p.count} kỳ cũ hơn không vừa màn hình (từ ${p.first}); xem bằng --from, hoặc toàn bộ bằng --json.`,
    deadline: "Hạn gửi",
    legend: [
      "Đúng hạn: tệp đạt đầu tiên nhận được trước hết ngày hạn gửi.",
      "Đã nộp: số đơn vị có báo cáo đạt trên số đơn vị phải nộp.",
    ],
  },
};

export const intakeErrorsVi = {
  "annotate/inside-input": (p: Params) => `Không ghi bản sao vào ${p.dir}: sẽ đè lên tệp nhận được ${p.file}.`,
  "annotate/exists": (p: Params) =>
    `${p.file} đã có (${p.count} bản sao có ghi chú sẽ bị ghi đè). Không ghi gì. Chọn thư mục --annotate khác, hoặc dùng --force để ghi đè.`,
  "input/not-regular": (p: Params) =>
    `Không đọc ${p.file}: ${fileKindsVi[p.kind as string] ?? p.kind}. Chỉ đọc được tệp thường; hãy chỉ ra đúng tệp.`,
  "input/unreadable": (p: Params) => `Không đọc được ${p.file}: ${fsReasonVi(p.code)}.`,
  "input/not-utf8": (p: Params) =>
    `${p.file} không phải văn bản UTF-8 (dòng ${p.line}; có lẽ được lưu kiểu ANSI/Windows-1258). Mở tệp trong Notepad, chọn Tệp → Lưu thành (“File → Save As”), mục Mã hóa (“Encoding”) chọn UTF-8, rồi chạy lại.`,
  "store/locked": (p: Params) =>
    `Kho lưu trữ đang được một lệnh khác dùng (${p.file}: tiến trình ${p.pid} trên máy ${p.host}, từ ${p.since}). Nếu lệnh đó còn chạy, chờ nó xong rồi chạy lại. Nếu trên máy ${p.host} không còn lệnh baocao nào chạy (xem Task Manager hoặc \`ps\`), khóa này bị bỏ lại: xóa tệp ${p.file} rồi chạy lại.`,
  "store/lock-not-a-file": (p: Params) =>
    `${p.file} phải là tệp khóa của baocao nhưng lại là một thư mục (hoặc không phải tệp thường); baocao không tự xóa nó. Nếu không có lệnh baocao nào đang chạy, xóa ${p.file} rồi chạy lại.`,
  "store/unwritable": (p: Params) =>
    `Không ghi được vào kho lưu trữ (${p.file}): ${fsReasonVi(p.code)}. Kiểm tra quyền ghi vào thư mục store/ và các tệp trong đó (và ổ đĩa còn chỗ) rồi chạy lại; chưa có gì được ghi vào sổ.`,
  "store/unreadable": (p: Params) =>
    `Không đọc được ${p.file} trong kho lưu trữ: ${fsReasonVi(p.code)}. Kiểm tra quyền đọc tệp đó (nó phải là một tệp, không phải thư mục) rồi chạy lại.`,
  "store/ledger-corrupt": (p: Params) =>
    `Sổ ${p.file} hỏng ở dòng ${p.line} (${ledgerProblemsVi[p.problem as string] ?? p.problem}). Không sửa tay; sao lưu tệp và báo cho người quản trị.`,
  "store/changed-since-validation": (p: Params) => `Tệp ${p.file} vừa bị thay đổi trong khi kiểm tra. Chạy lại lệnh.`,
  "store/archive-missing": (p: Params) =>
    `Không tìm thấy bản lưu ${p.archive} của ${p.unit} (tệp nhận: ${p.file}). ${reingestVi(p)}`,
  "store/archive-unreadable": (p: Params) =>
    `Không đọc được bản lưu ${p.archive} của ${p.unit} (tệp nhận: ${p.file}): ${p.code === "ENOTFILE" ? "không phải là một tệp thường" : fsReasonVi(p.code)}. ${reingestVi(p)}`,
  "store/archive-damaged": (p: Params) =>
    `Bản lưu ${p.archive} của ${p.unit} (tệp nhận: ${p.file}) đã bị hỏng hoặc bị thay đổi${p.actual === undefined ? "" : ` (${p.actual} byte thay vì ${p.expected})`}: không còn đúng tệp đã ghi trong sổ ledger, nên không dùng được. ${reingestVi(p)}`,
  "forms/would-overwrite": (p: Params) =>
    `Các tệp sau đã có và khác biểu mẫu trống (có thể là bản đơn vị đã điền): ${p.files}. Dùng --out để ghi chỗ khác, hoặc --force để ghi đè.`,
};

export const formsEn: typeof formsVi = {
  done: (p: Params) => `Wrote ${plural(p.count, "form")} for ${p.label} in ${p.dir}.`,
  progress: "Writing forms",
};

export const validateEn: typeof validateVi = {
  summary: (p: Params) =>
    `Checked ${plural(p.files, "file")}: ${p.accepted} accepted, ${p.rejected} rejected, ${p.unreadable} unreadable — ${plural(p.errors, "error")}, ${plural(p.warnings, "warning")}.`,
  byCode: "By kind of problem:",
  progress: "Checking",
  findingNames: findingNamesEn,
  status: { accepted: "accepted", rejected: "rejected", unreadable: "unreadable" },
  counts: (p: Params) => `${plural(p.errors, "error")}, ${plural(p.warnings, "warning")}`,
  omitted: (p: Params) => `… and ${p.count} more (cut by --max-issues)`,
  error: "Error",
  warning: "Warning",
  info: "Note",
  converting: "Converting to .xlsx (LibreOffice)",
  converted: (p: Params) =>
    `Converted ${plural(p.count, "file")} from .xls/.ods/.xlsb to .xlsx with LibreOffice in ${p.seconds} s (LibreOffice starts once per file, one file after another).`,
  row: (p: Params) => `row ${p.row}`,
  annotated: (p: Params) => `Annotated copy: ${p.file}`,
  noFiles: "No spreadsheet files to check.",
  skipped: (p: Params) => `Skipped ${plural(p.count, "file")} in the folders, not read:`,
  skipReasons: skipReasonsEn,
};

export const ingestEn: typeof ingestVi = {
  outcomes: {
    archived: "archived, now current",
    "already-current": "already current, nothing changed",
    "duplicate-of-archived": "an older, superseded copy; ignored",
    "already-recorded": "already recorded (rejected)",
    rejected: "rejected (errors)",
    "refused-warnings": "refused (--strict, warnings)",
    unreadable: "unreadable",
    "wrong-period": "wrong period",
    "no-unit": "no unit identified",
  },
  supersedes: "(replaces the earlier file)",
  written: (p: Params) =>
    `Stored ${plural(p.archived, "new file", "new files")} in ${p.store}; every file received is recorded in ${p.ledger}.`,
  moreReasons: (p: Params) =>
    `… and ${plural(p.count, "more problem", "more problems")}; see them all: baocao validate "${p.file}"`,
  summary: (p: Params) => `Period ${p.period}: ${plural(p.files, "file")} — ${p.detail}.`,
  torn: (p: Params) => `Warning: the last ledger line (${p.line}) was half-written (a crash?) and was ignored.`,
  skipped: (p: Params) => `Skipped ${plural(p.count, "file")} in the folders, not read:`,
  skipReasons: skipReasonsEn,
};

export const statusEn: typeof statusVi = {
  title: (p: Params) => `Submissions for ${p.label} (due ${p.deadline}):`,
  states: {
    accepted: "accepted",
    "accepted-with-warnings": "accepted (warnings)",
    rejected: "rejected",
    missing: "missing",
  },
  late: "late",
  laterRejected: "a later file was rejected",
  unexpected: "(not in the list)",
  findings: (p: Params) => `${plural(p.errors, "error")}, ${plural(p.warnings, "warning")}`,
  totals: (p: Params) =>
    `Total: ${plural(p.expected, "unit")} — ${p.accepted} accepted, ${p.rejected} rejected, ${p.missing} missing, ${p.late} late.`,
  history: {
    title: (p: Params) => `Timeliness over ${plural(p.count, "period")} (${p.first} – ${p.last}):`,
    empty:
      "The ledger has no reporting period yet. Receive forms with baocao ingest, or name periods with --from and --to.",
    unit: "Code",
    name: "Unit",
    unitRate: "On time",
    states: {
      "on-time": "on time",
      late: "late",
      rejected: "rejected",
      missing: "missing",
    },
    late: (p: Params) => `${plural(p.days, "day")} late`,
    completeness: "Submitted",
    onTime: "On time",
    hidden: (p: Params) =>
      `${plural(p.count, "older period")} did not fit the screen (from ${p.first}); see them with --from, or all with --json.`,
    deadline: "Deadline",
    legend: [
      "On time: the first accepted file arrived by the end of the deadline day.",
      "Submitted: units with an accepted report out of the units expected.",
    ],
  },
};

export const intakeErrorsEn: typeof intakeErrorsVi = {
  "annotate/inside-input": (p: Params) =>
    `Not writing copies to ${p.dir}: it would overwrite the received file ${p.file}.`,
  "annotate/exists": (p: Params) =>
    `${p.file} already exists (${plural(p.count, "annotated copy", "annotated copies")} would be overwritten). Nothing was written. Choose another --annotate folder, or use --force to overwrite.`,
  "input/not-regular": (p: Params) =>
    `Not reading ${p.file}: it ${fileKindsEn[p.kind as string] ?? p.kind}. Only regular files are read; name the right file.`,
  "input/unreadable": (p: Params) => `Cannot read ${p.file}: ${fsReasonEn(p.code)}.`,
  "input/not-utf8": (p: Params) =>
    `${p.file} is not UTF-8 text (line ${p.line}; perhaps saved as ANSI/Windows-1258). Open it in Notepad, choose File → Save As, Encoding: UTF-8, and run again.`,
  "store/locked": (p: Params) =>
    `The store is in use by another command (${p.file}: process ${p.pid} on ${p.host}, since ${p.since}). If that command is still running, wait for it to finish and run again. If no baocao command is running on ${p.host} (see the Task Manager or \`ps\`), the lock was left behind: delete ${p.file} and run again.`,
  "store/lock-not-a-file": (p: Params) =>
    `${p.file} should be baocao's lock file but is a folder (or not a regular file); baocao does not remove it. If no baocao command is running, delete ${p.file} and run again.`,
  "store/unwritable": (p: Params) =>
    `Cannot write to the store (${p.file}): ${fsReasonEn(p.code)}. Check that the store/ folder and its files can be written (and that the disk has room), then run again; nothing was recorded in the ledger.`,
  "store/unreadable": (p: Params) =>
    `Cannot read ${p.file} in the store: ${fsReasonEn(p.code)}. Check that it can be read (it must be a file, not a folder), then run again.`,
  "store/ledger-corrupt": (p: Params) =>
    `Ledger ${p.file} is damaged at line ${p.line} (${ledgerProblemsEn[p.problem as string] ?? p.problem}). Do not edit it by hand; back it up and tell the administrator.`,
  "store/changed-since-validation": (p: Params) =>
    `File ${p.file} changed while it was being checked. Run the command again.`,
  "store/archive-missing": (p: Params) =>
    `The archived copy ${p.archive} of ${p.unit} (received as ${p.file}) is missing. ${reingestEn(p)}`,
  "store/archive-unreadable": (p: Params) =>
    `Cannot read the archived copy ${p.archive} of ${p.unit} (received as ${p.file}): ${p.code === "ENOTFILE" ? "it is not a regular file" : fsReasonEn(p.code)}. ${reingestEn(p)}`,
  "store/archive-damaged": (p: Params) =>
    `The archived copy ${p.archive} of ${p.unit} (received as ${p.file}) is damaged or was changed${p.actual === undefined ? "" : ` (${plural(p.actual, "byte")} instead of ${p.expected})`}: it is no longer the file the ledger recorded, so it cannot be used. ${reingestEn(p)}`,
  "forms/would-overwrite": (p: Params) =>
    `These files exist and are not the blank form (perhaps filled in by a unit): ${p.files}. Use --out to write elsewhere, or --force to overwrite.`,
};
