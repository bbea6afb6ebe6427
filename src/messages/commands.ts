// The help text of each command and its options.
import type { Params } from "./params.js";

export const commandsVi = {
  init: {
    examples: [
      "baocao init bao-cao-2023                       # hỏi tên tỉnh, cơ quan, người ký",
      "baocao init bao-cao-2025 --preset hung-yen-2025 --no-input",
    ],
    description: "tạo một thư mục làm việc mới (baocao.yaml và các thư mục con)",
    dir: "thư mục sẽ tạo (mặc định: thư mục hiện tại)",
    preset: (_p: Params) => "cấu hình mẫu",
  },
  forms: {
    examples: [
      "baocao forms --period 2023-H1",
      "baocao forms --period 2023-H1 --unit CAT VNPT      # chỉ hai đơn vị",
      'baocao forms --period "6 tháng cuối năm 2023" --out bieu-mau',
    ],
    description: "tạo biểu mẫu Excel trống cho từng đơn vị báo cáo của một kỳ",
    period: "kỳ báo cáo, ví dụ 2023-H1",
    unit: "chỉ tạo cho đơn vị có mã này (có thể lặp lại)",
    out: "thư mục ghi biểu mẫu (mặc định: forms/<kỳ>/ trong thư mục làm việc)",
  },
  validate: {
    examples: [
      "baocao validate inbox                              # cả thư mục (kể cả thư mục con)",
      "baocao validate inbox --period 2023-H1 --annotate tra-lai   # bản sao có ghi chú để gửi lại đơn vị",
      'baocao validate "inbox/2023-H1-CAT.xlsx"',
    ],
    description: "kiểm tra các tệp biểu mẫu nhận được, chỉ rõ từng ô cần sửa",
    files: "tệp .xlsx hoặc thư mục (tìm cả thư mục con)",
    period: 'kỳ báo cáo đang tổng hợp, ví dụ 2023-H1 hoặc "6 tháng đầu năm 2023"',
    annotate: "ghi vào thư mục này bản sao có tô màu và ghi chú các ô có vấn đề",
    maxIssues: "chỉ liệt kê tối đa N vấn đề mỗi tệp",
    force: "ghi đè bản sao có ghi chú đã có trong thư mục --annotate",
  },
  ingest: {
    examples: [
      "baocao ingest inbox --period 2023-H1",
      "baocao ingest inbox --period 2023-H1 --received 16/06/2023   # ngày nhận, để biết ai gửi muộn",
    ],
    description: "kiểm tra rồi lưu trữ các biểu mẫu đạt vào store/ và ghi sổ (ledger)",
    period: "kỳ báo cáo đang tổng hợp, ví dụ 2023-H1",
    received: "ngày nhận được các tệp (dd/mm/yyyy), để biết đơn vị nào gửi muộn; mặc định: hôm nay",
    strict: "không nhận cả tệp chỉ có cảnh báo",
    unlock: "nhận vào kỳ đã khóa (baocao lock), ghi lý do mở khóa vào sổ",
  },
  status: {
    examples: [
      "baocao status --period 2023-H1",
      'baocao status --period "6 tháng đầu năm 2023"',
      "baocao status --history --from 2022-H1 --to 2023-H1   # tiến độ nộp qua các kỳ",
    ],
    description: "đơn vị nào đã gửi, đạt, bị từ chối, còn thiếu, gửi muộn",
    period: "kỳ báo cáo, ví dụ 2023-H1 (không cần khi dùng --history)",
    history: "bảng đơn vị × kỳ: đúng hạn, muộn mấy ngày, bị từ chối, chưa gửi; tỷ lệ đúng hạn và tỷ lệ đã nộp",
    from: "với --history: từ kỳ này (mặc định: kỳ cũ nhất trong sổ)",
    to: "với --history: đến kỳ này (mặc định: kỳ mới nhất trong sổ)",
  },
  review: {
    examples: [
      'baocao review CAT --period 2023-H1 --accept --note "Đã gọi điện xác nhận số liệu"',
      'baocao review VNPT --period 2023-H1 --reject --note "Số liệu mục 2 không khớp với báo cáo quý"',
    ],
    description: "chấp nhận (kèm ghi chú) hoặc từ chối (kèm lý do) báo cáo đã nhận của một đơn vị",
    unit: "mã đơn vị, ví dụ CAT",
    period: "kỳ báo cáo, ví dụ 2023-H1",
    accept: "chấp nhận báo cáo (kể cả khi có cảnh báo)",
    reject: "từ chối báo cáo: không đưa vào tổng hợp cho tới khi đơn vị gửi bản khác",
    note: "ghi chú hoặc lý do (bắt buộc; lý do từ chối có trong văn bản gửi đơn vị)",
    unlock: "làm việc trên kỳ đã khóa, ghi lý do mở khóa vào sổ",
  },
  lock: {
    examples: ["baocao lock --period 2023-H1", 'baocao lock --period 2023-H1 --note "Đã gửi báo cáo lên UBND tỉnh"'],
    description: "khóa một kỳ: giữ nguyên các báo cáo đã nhận, từ chối ingest và review sau đó",
    period: "kỳ báo cáo, ví dụ 2023-H1",
    note: "ghi chú kèm theo (không bắt buộc)",
  },
  aggregate: {
    examples: [
      "baocao aggregate --period 2023-H1                  # out/2023-H1/aggregate.json, tong-hop.xlsx",
      "baocao aggregate --period 2023-H1 --out tong-hop",
    ],
    description:
      "tổng hợp số liệu các đơn vị (có so sánh cùng kỳ và nguồn của từng số), ghi aggregate.json và tong-hop.xlsx",
    period: "kỳ báo cáo, ví dụ 2023-H1",
    out: "thư mục ghi kết quả (mặc định: out/<kỳ>/)",
  },
  report: {
    examples: [
      "baocao report --period 2023-H1 --draft             # dự thảo: để trống số và ngày",
      "baocao report --period 2023-H1 --number 841 --date 03/07/2023 --pdf",
    ],
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
    examples: [
      "baocao directive --period 2023-H1 --report-number 841 --report-date 03/07/2023 --draft",
      "baocao directive --period 2023-H1 --report-number 841 --report-date 03/07/2023 --number 1234 --date 05/07/2023",
    ],
    description: "soạn công văn chỉ đạo của UBND tỉnh sau báo cáo của Sở (.docx theo Nghị định 30)",
    reportNumber: "số báo cáo của Sở được trả lời, ví dụ 841",
    reportDate: "ngày của báo cáo đó, ví dụ 03/07/2023",
  },
  letters: {
    examples: [
      "baocao letters de-nghi-bao-cao --period 2023-H1 --number-from 120 --date 10/06/2023",
      "baocao letters don-doc --missing --period 2023-H1 --draft          # đôn đốc đơn vị chưa có báo cáo đạt",
      'baocao letters "Thư mời.docx" --to danh-sach.xlsx --kind doanh-nghiep --draft --dry-run',
    ],
    description:
      "soạn cùng một công văn gửi nhiều nơi: đề nghị báo cáo, đôn đốc, thông báo kết quả kiểm tra, hoặc mẫu Word riêng",
    template:
      "mẫu thư: de-nghi-bao-cao, don-doc, ket-qua-kiem-tra, một mẫu trong templates/ của thư mục làm việc, hoặc một tệp .docx",
    to: "người nhận: units (các đơn vị trong baocao.yaml, mặc định) hoặc tệp .xlsx/.csv có dòng tiêu đề",
    kind: "chỉ gửi đơn vị thuộc loại này: co-quan (sở, ngành), dia-phuong (huyện, xã) hoặc doanh-nghiep; có dấu hay không đều được, hoặc agency, district, enterprise",
    kinds: "co-quan (sở, ngành), dia-phuong (huyện, xã), doanh-nghiep (hoặc agency, district, enterprise)",
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
    deadline:
      "thời hạn mới trong công văn đôn đốc, kết quả kiểm tra, dd/mm/yyyy (mặc định: 5 ngày làm việc sau ngày công văn)",
    ref: 'công văn đề nghị báo cáo được dẫn, "số/ký hiệu, dd/mm/yyyy" (mặc định: lấy từ đợt de-nghi-bao-cao trước)',
    dryRun: "chỉ liệt kê các công văn sẽ tạo và các trường còn thiếu, không ghi gì",
    force: "ghi đè các tệp đã có",
  },
  doctor: {
    examples: ["baocao doctor", "baocao doctor --store                              # kiểm tra cả kho lưu trữ"],
    description: "kiểm tra thư mục làm việc (baocao.yaml) và máy tính (Node, LibreOffice, phông chữ)",
    store:
      "kiểm tra cả kho lưu trữ: mọi bản lưu có đúng với sổ ledger (còn, đủ kích thước, đúng SHA-256); không sửa gì",
  },
};

export const commandsEn: typeof commandsVi = {
  init: {
    examples: [
      "baocao init bao-cao-2023                       # asks for the province, bodies, signers",
      "baocao init bao-cao-2025 --preset hung-yen-2025 --no-input",
    ],
    description: "create a new workspace (baocao.yaml and its folders)",
    dir: "folder to create (default: the current folder)",
    preset: (_p: Params) => "preset",
  },
  forms: {
    examples: [
      "baocao forms --period 2023-H1",
      "baocao forms --period 2023-H1 --unit CAT VNPT      # two units only",
      'baocao forms --period "6 tháng cuối năm 2023" --out bieu-mau',
    ],
    description: "write a blank Excel form for each reporting unit for a period",
    period: "the reporting period, e.g. 2023-H1",
    unit: "only for the unit with this code (repeatable)",
    out: "folder for the forms (default: forms/<period>/ in the workspace)",
  },
  validate: {
    examples: [
      "baocao validate inbox                              # a whole folder (subfolders too)",
      "baocao validate inbox --period 2023-H1 --annotate tra-lai   # annotated copies to send back",
      'baocao validate "inbox/2023-H1-CAT.xlsx"',
    ],
    description: "check received form files, cell by cell",
    files: ".xlsx files or folders (searched recursively)",
    period: 'the period being compiled, e.g. 2023-H1 or "6 tháng đầu năm 2023"',
    annotate: "write to this folder copies with the problem cells highlighted and noted",
    maxIssues: "list at most N problems per file",
    force: "overwrite annotated copies already in the --annotate folder",
  },
  ingest: {
    examples: [
      "baocao ingest inbox --period 2023-H1",
      "baocao ingest inbox --period 2023-H1 --received 16/06/2023   # the day received, to tell late ones",
    ],
    description: "validate, then archive accepted forms in store/ and record them in the ledger",
    period: "the period being compiled, e.g. 2023-H1",
    received: "the day the files were received (dd/mm/yyyy), to tell late submissions; default: today",
    strict: "refuse files that have warnings too",
    unlock: "ingest into a locked period (baocao lock), recording why in the ledger",
  },
  status: {
    examples: [
      "baocao status --period 2023-H1",
      'baocao status --period "6 tháng đầu năm 2023"',
      "baocao status --history --from 2022-H1 --to 2023-H1   # timeliness across periods",
    ],
    description: "which units have submitted, were accepted or rejected, are missing or late",
    period: "the reporting period, e.g. 2023-H1 (not needed with --history)",
    history: "a units × periods table: on time, late by N days, rejected, missing; on-time and completeness rates",
    from: "with --history: from this period (default: the oldest in the ledger)",
    to: "with --history: up to this period (default: the newest in the ledger)",
  },
  review: {
    examples: [
      'baocao review CAT --period 2023-H1 --accept --note "Confirmed the figures by phone"',
      'baocao review VNPT --period 2023-H1 --reject --note "Section 2 does not match the quarterly report"',
    ],
    description: "accept (with a note) or reject (with a reason) a unit's ingested report",
    unit: "the unit's code, e.g. CAT",
    period: "the reporting period, e.g. 2023-H1",
    accept: "accept the report (warnings included)",
    reject: "reject the report: left out of the aggregate until the unit sends another file",
    note: "the note or reason (required; a rejection's reason is quoted in the letter to the unit)",
    unlock: "work on a locked period, recording why in the ledger",
  },
  lock: {
    examples: ["baocao lock --period 2023-H1", 'baocao lock --period 2023-H1 --note "Report sent to the province"'],
    description: "lock a period: keep its accepted reports, refuse later ingest and review",
    period: "the reporting period, e.g. 2023-H1",
    note: "an optional note",
  },
  aggregate: {
    examples: [
      "baocao aggregate --period 2023-H1                  # out/2023-H1/aggregate.json, tong-hop.xlsx",
      "baocao aggregate --period 2023-H1 --out tong-hop",
    ],
    description:
      "aggregate the units' figures (with the same-period comparison and the source of every figure); writes aggregate.json and tong-hop.xlsx",
    period: "the reporting period, e.g. 2023-H1",
    out: "output folder (default: out/<period>/)",
  },
  report: {
    examples: [
      "baocao report --period 2023-H1 --draft             # a draft: number and day left blank",
      "baocao report --period 2023-H1 --number 841 --date 03/07/2023 --pdf",
    ],
    description:
      "write the Department's report to the provincial committee (.docx, Decree 30), with appendices and a chart",
    period: "the reporting period, e.g. 2023-H1",
    number: "document number, e.g. 841",
    date: "date of issue, dd/mm/yyyy or yyyy-mm-dd",
    draft: "draft: leave the number and day blank for the records office",
    pdf: "also write a PDF (needs LibreOffice)",
    out: ".docx file to write (default: out/<period>/…)",
    force: "overwrite an existing file",
  },
  directive: {
    examples: [
      "baocao directive --period 2023-H1 --report-number 841 --report-date 03/07/2023 --draft",
      "baocao directive --period 2023-H1 --report-number 841 --report-date 03/07/2023 --number 1234 --date 05/07/2023",
    ],
    description: "write the provincial committee's directive letter after the Department's report (.docx, Decree 30)",
    reportNumber: "number of the Department's report being answered, e.g. 841",
    reportDate: "date of that report, e.g. 03/07/2023",
  },
  letters: {
    examples: [
      "baocao letters de-nghi-bao-cao --period 2023-H1 --number-from 120 --date 10/06/2023",
      "baocao letters don-doc --missing --period 2023-H1 --draft          # reminders: no accepted report yet",
      'baocao letters "Thư mời.docx" --to danh-sach.xlsx --kind enterprise --draft --dry-run',
    ],
    description:
      "write the same letter to many recipients: report requests, reminders, validation feedback, or your own Word template",
    template:
      "letter template: de-nghi-bao-cao, don-doc, ket-qua-kiem-tra, a template in the workspace's templates/, or a .docx file",
    to: "recipients: units (the units of baocao.yaml, default) or an .xlsx/.csv file with a header row",
    kind: "only units of this kind: agency, district or enterprise (or in Vietnamese: co-quan, dia-phuong, doanh-nghiep)",
    kinds: "agency, district, enterprise (or co-quan, dia-phuong, doanh-nghiep)",
    group: "only units whose group contains this text (accent- and case-insensitive)",
    unit: "only the units with these codes",
    missing: "only units without an accepted submission for the period (missing or rejected); needs --period",
    rejected: "only units whose submission was rejected; needs --period",
    where: "only recipients whose field equals the value, as field=value (repeatable)",
    period: "reporting period, e.g. 2023-H1",
    out: "folder for the letters (default: out/<period>/thu/<template>/)",
    combine: "one .docx with every letter, each starting on a new page",
    numberFrom: "number of the first letter; the next letters take the following numbers",
    date: "date of issue, dd/mm/yyyy (default: today)",
    draft: "draft: number and day left blank for the records office",
    deadline:
      "the new deadline in reminder and feedback letters, dd/mm/yyyy (default: 5 working days after the letter's date)",
    ref: 'the request letter cited, "number/symbol, dd/mm/yyyy" (default: from the earlier de-nghi-bao-cao batch)',
    dryRun: "only list the letters that would be made and the missing fields; write nothing",
    force: "overwrite existing files",
  },
  doctor: {
    examples: ["baocao doctor", "baocao doctor --store                              # the store too"],
    description: "check the workspace (baocao.yaml) and the machine (Node, LibreOffice, fonts)",
    store:
      "also check the store: every archive matches its ledger line (exists, same size, same SHA-256); changes nothing",
  },
};
