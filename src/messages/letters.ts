// Batch letters: recipients, filters, writing the letters.
import type { Finding, FindingCode } from "../domain/findings.js";
import { findingsEn } from "./findings-en.js";
import { findingsVi } from "./findings-vi.js";
import { fsReasonEn, fsReasonVi } from "./fs-reason.js";
import type { Params } from "./params.js";
import { plural } from "./params.js";

/** A file-level finding (file/too-large, file/zip-bomb …) from an error's params, to reuse its message. */
export function asFinding(p: Params): Finding {
  return {
    severity: "error",
    code: p.finding as FindingCode,
    sheet: null,
    cell: null,
    row: null,
    column: null,
    value: null,
    params: p,
  };
}

/** What csv-parse found wrong (recipient-table's CSV_FAULTS), in our words. */
const csvFaultsVi: Record<string, string> = {
  "opening-quote":
    'có dấu nháy kép (") ở giữa một ô; một ô có dấu nháy phải được đặt cả trong dấu nháy, và mỗi dấu nháy bên trong viết thành hai ("")',
  "closing-quote": 'sau dấu nháy kép (") đóng ô còn có chữ; mỗi dấu nháy bên trong ô phải viết thành hai ("")',
  "quote-not-closed": 'một dấu nháy kép (") mở ô nhưng không được đóng đến hết tệp',
  other: 'cấu trúc CSV không đúng; hãy mở tệp trong Excel và lưu lại bằng "CSV UTF-8 (Comma delimited)"',
};

const csvFaultsEn: Record<string, string> = {
  "opening-quote":
    'a double quote (") in the middle of a cell; a cell holding quotes must be quoted whole, each quote inside written twice ("")',
  "closing-quote":
    'text follows the double quote (") that closes a cell; each quote inside a cell must be written twice ("")',
  "quote-not-closed": 'a double quote (") opens a cell but is never closed before the end of the file',
  other: 'the CSV structure is wrong; open the file in Excel and save it again as "CSV UTF-8 (Comma delimited)"',
};

/** A fault of xml-check (word-template/xml-check.ts), in our words. */
function xmlFaultVi(p: Params): string {
  switch (p.fault) {
    case "unclosed":
      return `thẻ <${p.name}> không được đóng`;
    case "mismatch":
      return p.open === "" ? `thẻ đóng </${p.name}> thừa` : `thẻ đóng </${p.name}> không khớp thẻ mở <${p.open}>`;
    case "entity":
      return `"${p.token}" không phải ký hiệu (&…;) hợp lệ`;
    case "character":
      return `có ký tự ${p.token}, XML không cho phép`;
    default:
      return `thẻ bị cắt hoặc viết sai gần "${p.token}"`;
  }
}

function xmlFaultEn(p: Params): string {
  switch (p.fault) {
    case "unclosed":
      return `the element <${p.name}> is not closed`;
    case "mismatch":
      return p.open === ""
        ? `the closing tag </${p.name}> closes nothing`
        : `the closing tag </${p.name}> does not match <${p.open}>`;
    case "entity":
      return `"${p.token}" is not a valid reference (&…;)`;
    case "character":
      return `it holds the character ${p.token}, which XML does not allow`;
    default:
      return `a tag is cut off or malformed near "${p.token}"`;
  }
}

export const lettersVi = {
  none: "Không có người nhận nào phù hợp: không tạo công văn nào.",
  dryRunTitle: (p: Params) => `Chạy thử (không ghi gì): sẽ tạo ${p.ok}/${p.total} công văn trong ${p.dir}.`,
  number: (p: Params) => `số ${p.number}`,
  failed: (p: Params) => `Công văn ${p.index} (${p.recipient}): ${p.error}`,
  written: (p: Params) => `Đã tạo ${p.count} công văn trong ${p.dir}.`,
  combined: (p: Params) => `Đã gộp ${p.count} công văn vào ${p.file}.`,
  failedTotal: (p: Params) => `${p.failed}/${p.total} công văn không tạo được (xem lỗi ở trên).`,
  manifest: (p: Params) => `Danh sách: ${p.file}`,
  progress: "Đang soạn công văn",
  earlierBatch: (p: Params) =>
    `${p.earlier} đã có một đợt công văn trước (giữ nguyên); đợt này ghi vào ${p.dir}. Muốn ghi đè đợt trước: thêm --force.`,
  /** manifest.csv, for Excel: its column headers and the status of each row (manifest.json keeps the codes). */
  manifestColumns: ["STT", "Mã đơn vị", "Tên người nhận", "Tệp", "Số văn bản", "Kết quả", "Lỗi", "Trường còn thiếu"],
  manifestStatus: { ok: "đã tạo", failed: "không tạo được" } as Record<"ok" | "failed", string>,
};

export const letterErrorsVi = {
  "letters/needs-period": (p: Params) => `${p.option} cần kỳ báo cáo: thêm --period, ví dụ --period 2023-H1.`,
  "letters/number-and-draft": () =>
    "Chỉ dùng một trong --number-from (số văn bản) hoặc --draft (dự thảo, để trống số).",
  "letters/no-number": () =>
    "Thiếu --number-from (số của công văn đầu tiên). Hoặc dùng --draft để để trống số và ngày cho văn thư.",
  "letters/bad-ref": (p: Params) =>
    `--ref "${p.value}" chưa đúng dạng. Ghi số và ký hiệu, ngày của công văn đề nghị báo cáo, ví dụ --ref "120/STTTT-TTr, 05/6/2023".`,
  "letters/deadline-not-after": (p: Params) =>
    `Thời hạn mới ${p.deadline} (--deadline) phải sau ngày của công văn (${p.date}). Chọn một ngày sau ngày ${p.date}.`,
  "letters/combine-word": () => "--combine chỉ dùng với mẫu .hbs; với mẫu Word, mỗi người nhận một tệp.",
  "letters/exists": (p: Params) =>
    `${p.file} đã có (${p.count} tệp sẽ bị ghi đè). Không ghi gì. Dùng --out để ghi vào thư mục khác, hoặc --force để ghi đè.`,
  "letters/csv-encoding": (p: Params) =>
    `${p.file} không phải văn bản UTF-8. Trong Excel, lưu lại bằng "CSV UTF-8 (Comma delimited)".`,
  "letters/csv-invalid": (p: Params) =>
    `Không đọc được ${p.file} như tệp CSV${p.line ? ` (dòng ${p.line})` : ""}: ${csvFaultsVi[p.fault as string] ?? csvFaultsVi.other}.`,
  "letters/too-many-recipients": (p: Params) =>
    `${p.file} có ${p.count} người nhận, quá giới hạn ${p.limit} người nhận của một lần chạy. Không tạo công văn nào. Hãy chia danh sách thành nhiều tệp, mỗi tệp tối đa ${p.limit} dòng.`,
  // `detail` (the reader's English) is kept in the error for --debug, not shown.
  "letters/xlsx-invalid": (p: Params) =>
    `Không mở được ${p.file} như bảng tính .xlsx: tệp bị hỏng hoặc có cấu trúc không đúng. Hãy mở tệp trong Excel và lưu lại dạng "Excel Workbook (*.xlsx)".`,
  "letters/xlsx-refused": (p: Params) =>
    `Không mở ${p.file}: ${findingsVi[p.finding as FindingCode].message(asFinding(p))}`,
  "letters/no-header": (p: Params) => `${p.file} không có dòng tiêu đề (tên các trường) ở trang tính đầu tiên.`,
  "letters/bad-recipients-file": (p: Params) =>
    `Danh sách người nhận ${p.file} phải là tệp .xlsx hoặc .csv (hoặc ghi --to units).`,
  "letters/bad-where": (p: Params) =>
    `--where "${p.value}" không hợp lệ: ghi dạng truong=giá trị, ví dụ --where tinh="Hưng Yên".`,
  "letters/unknown-field": (p: Params) => `--where: không có trường "${p.field}". Các trường: ${p.fields}.`,
  "letters/not-a-file": (p: Params) =>
    `${p.file} ${p.folder ? "là một thư mục, không phải tệp" : "không phải tệp thông thường (có thể là FIFO hay thiết bị)"}. ${p.role === "template" ? "Ghi đường dẫn tới tệp mẫu Word (.docx)." : "Ghi --to là đường dẫn tới tệp danh sách người nhận (.xlsx hoặc .csv)."}`,
  "letters/unreadable": (p: Params) => `Không đọc được ${p.file}: ${fsReasonVi(p.code)}`,
  "letters/word-template": (p: Params) => `Không dùng được mẫu Word ${p.file}: ${p.detail}`,
  "letters/word-template-not-zip": (p: Params) =>
    `Không dùng được mẫu Word ${p.file}: đây không phải tệp .docx (không phải gói zip). Hãy mở mẫu trong Word và lưu lại dạng "Word Document (*.docx)".`,
  "letters/word-template-no-document": (p: Params) =>
    `Không dùng được mẫu Word ${p.file}: đây không phải văn bản Word (không có word/document.xml). Hãy mở mẫu trong Word và lưu lại dạng "Word Document (*.docx)".`,
  "letters/word-template-malformed-xml": (p: Params) =>
    `Không dùng được mẫu Word ${p.file}: phần ${p.part} (dòng ${p.line}) không phải XML hợp lệ: ${xmlFaultVi(p)}. Tệp đã bị sửa hỏng bên ngoài Word; hãy mở mẫu trong Word và lưu lại, hoặc dùng bản mẫu còn tốt.`,
  "letters/word-template-placeholders": (p: Params) =>
    `Không dùng được mẫu Word ${p.file}: không đọc được trường ${p.placeholders} (Word đã tách trường thành nhiều đoạn định dạng khác nhau). Trong Word, xóa từng trường đó và gõ lại liền một lần.`,
  "letters/word-template-reserved-characters": (p: Params) =>
    `Không dùng được mẫu Word ${p.file}: phần ${p.part} chứa ký tự dành riêng U+E000/U+E001 mà baocao dùng để đánh dấu trường; hãy xóa chúng.`,
  "letters/word-template-unreadable": (p: Params) =>
    `Không dùng được mẫu Word ${p.file}: cấu trúc bên trong không đúng của một văn bản Word. Hãy mở mẫu trong Word và lưu lại dạng "Word Document (*.docx)".`,
  "letters/word-template-too-large": (p: Params) =>
    `Không mở mẫu Word ${p.file}: nội dung khi giải nén vượt giới hạn an toàn (500 MB, hoặc một phần nén bất thường). Đây không phải văn bản Word thông thường; hãy mở mẫu trong Word và lưu lại.`,
  "letters/write-failed": (p: Params) =>
    `Không ghi được ${p.file}: ${fsReasonVi(p.code)}. Đã dừng; các công văn đã ghi vẫn còn trong thư mục.`,
  "letters/missing-fields": (p: Params) => `thiếu trường ${p.fields}`,
  "letters/no-name": () => "người nhận không có tên (cột ten, name hoặc Tên đơn vị)",
  "letters/unexpected": (p: Params) => `lỗi không lường trước khi soạn công văn: ${p.detail}`,
};

export const lettersEn: typeof lettersVi = {
  none: "No recipient matches: no letter was made.",
  dryRunTitle: (p: Params) => `Dry run (nothing written): would make ${p.ok}/${plural(p.total, "letter")} in ${p.dir}.`,
  number: (p: Params) => `number ${p.number}`,
  failed: (p: Params) => `Letter ${p.index} (${p.recipient}): ${p.error}`,
  written: (p: Params) => `Made ${plural(p.count, "letter")} in ${p.dir}.`,
  combined: (p: Params) => `Combined ${plural(p.count, "letter")} into ${p.file}.`,
  failedTotal: (p: Params) => `${p.failed}/${plural(p.total, "letter")} could not be made (see the errors above).`,
  manifest: (p: Params) => `Manifest: ${p.file}`,
  progress: "Writing letters",
  earlierBatch: (p: Params) =>
    `${p.earlier} already holds an earlier batch (kept); this one goes to ${p.dir}. To write over the earlier batch: add --force.`,
  /** manifest.csv, for Excel: its column headers and the status of each row (manifest.json keeps the codes). */
  manifestColumns: ["index", "code", "name", "file", "number", "status", "error", "missing"],
  manifestStatus: { ok: "ok", failed: "failed" },
};

export const letterErrorsEn: typeof letterErrorsVi = {
  "letters/needs-period": (p: Params) => `${p.option} needs a reporting period: add --period, e.g. --period 2023-H1.`,
  "letters/number-and-draft": () =>
    "Use either --number-from (document numbers) or --draft (numbers left blank), not both.",
  "letters/no-number": () =>
    "Missing --number-from (the first letter's number). Or use --draft to leave numbers and day blank for the records office.",
  "letters/bad-ref": (p: Params) =>
    `--ref "${p.value}" is not a letter reference. Give the request letter's number and date, e.g. --ref "120/STTTT-TTr, 05/6/2023".`,
  "letters/deadline-not-after": (p: Params) =>
    `The new deadline ${p.deadline} (--deadline) must be after the letter's date (${p.date}). Choose a day after ${p.date}.`,
  "letters/combine-word": () =>
    "--combine works with .hbs templates only; a Word template gives one file per recipient.",
  "letters/exists": (p: Params) =>
    `${p.file} already exists (${plural(p.count, "file")} would be overwritten). Nothing was written. Use --out for another folder, or --force to overwrite.`,
  "letters/csv-encoding": (p: Params) =>
    `${p.file} is not UTF-8 text. In Excel, save it again as "CSV UTF-8 (Comma delimited)".`,
  "letters/csv-invalid": (p: Params) =>
    `Cannot read ${p.file} as CSV${p.line ? ` (line ${p.line})` : ""}: ${csvFaultsEn[p.fault as string] ?? csvFaultsEn.other}.`,
  "letters/too-many-recipients": (p: Params) =>
    `${p.file} holds ${plural(p.count, "recipient")}, over the limit of ${p.limit} recipients per run. No letter was made. Split the list into several files of at most ${p.limit} rows each.`,
  "letters/xlsx-invalid": (p: Params) =>
    `Cannot open ${p.file} as an .xlsx workbook: the file is damaged or not structured as a workbook. Open it in Excel and save it again as "Excel Workbook (*.xlsx)".`,
  "letters/xlsx-refused": (p: Params) =>
    `Not opening ${p.file}: ${findingsEn[p.finding as FindingCode].message(asFinding(p))}`,
  "letters/no-header": (p: Params) => `${p.file} has no header row (field names) on its first sheet.`,
  "letters/bad-recipients-file": (p: Params) =>
    `The recipient list ${p.file} must be an .xlsx or .csv file (or write --to units).`,
  "letters/bad-where": (p: Params) =>
    `--where "${p.value}" is not valid: write field=value, e.g. --where province="Hưng Yên".`,
  "letters/unknown-field": (p: Params) => `--where: there is no field "${p.field}". Fields: ${p.fields}.`,
  "letters/not-a-file": (p: Params) =>
    `${p.file} is ${p.folder ? "a folder, not a file" : "not a regular file (a FIFO or a device?)"}. ${p.role === "template" ? "Give the path of a Word template file (.docx)." : "Give --to the path of a recipient list file (.xlsx or .csv)."}`,
  "letters/unreadable": (p: Params) => `Cannot read ${p.file}: ${fsReasonEn(p.code)}`,
  "letters/word-template": (p: Params) => `Cannot use the Word template ${p.file}: ${p.detail}`,
  "letters/word-template-not-zip": (p: Params) =>
    `Cannot use the Word template ${p.file}: it is not a .docx file (not a zip archive). Open the template in Word and save it again as "Word Document (*.docx)".`,
  "letters/word-template-no-document": (p: Params) =>
    `Cannot use the Word template ${p.file}: it is not a Word document (no word/document.xml). Open the template in Word and save it again as "Word Document (*.docx)".`,
  "letters/word-template-malformed-xml": (p: Params) =>
    `Cannot use the Word template ${p.file}: its part ${p.part} (line ${p.line}) is not well-formed XML: ${xmlFaultEn(p)}. The file was damaged outside Word; open the template in Word and save it again, or use a good copy.`,
  "letters/word-template-placeholders": (p: Params) =>
    `Cannot use the Word template ${p.file}: cannot read the placeholder(s) ${p.placeholders} (Word split them into runs of different formatting). In Word, delete each and retype it in one go.`,
  "letters/word-template-reserved-characters": (p: Params) =>
    `Cannot use the Word template ${p.file}: its part ${p.part} holds the private-use characters U+E000/U+E001 that baocao uses to mark placeholders; delete them.`,
  "letters/word-template-unreadable": (p: Params) =>
    `Cannot use the Word template ${p.file}: its inner structure is not a Word document's. Open the template in Word and save it again as "Word Document (*.docx)".`,
  "letters/word-template-too-large": (p: Params) =>
    `Not opening the Word template ${p.file}: once unpacked it would exceed the safety limit (500 MB, or a part compressed abnormally). This is not an ordinary Word document; open the template in Word and save it again.`,
  "letters/write-failed": (p: Params) =>
    `Cannot write ${p.file}: ${fsReasonEn(p.code)}. Stopped; the letters already written are still in the folder.`,
  "letters/missing-fields": (p: Params) => `missing field ${p.fields}`,
  "letters/no-name": () => "the recipient has no name (column ten, name or Tên đơn vị)",
  "letters/unexpected": (p: Params) => `unexpected error while making the letter: ${p.detail}`,
};
