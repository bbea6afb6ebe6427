// `baocao review`, `baocao lock`, `--unlock` and the ledger's chain (doctor --store): Vietnamese and English.
import type { Params } from "./params.js";

export const reviewVi = {
  accepted: (p: Params) =>
    `Đã chấp nhận báo cáo của ${p.unit} kỳ ${p.period} (${p.file}, ${p.warnings} cảnh báo), ghi chú: “${p.note}”. Người quyết định: ${p.by}.`,
  rejected: (p: Params) =>
    `Đã từ chối báo cáo của ${p.unit} kỳ ${p.period} (${p.file}), lý do: “${p.note}”. Người quyết định: ${p.by}. Báo cáo này không được tổng hợp cho tới khi đơn vị gửi bản khác; lý do sẽ có trong văn bản thông báo kết quả kiểm tra.`,
  unlocked: (p: Params) => `Kỳ ${p.period} đã khóa; đã mở khóa với lý do “${p.reason}” (ghi vào sổ).`,
  locked: (p: Params) =>
    `Đã khóa kỳ ${p.period}: ${p.count} báo cáo đã nhận được giữ nguyên. Từ nay lệnh ingest và review cho kỳ này bị từ chối, trừ khi thêm --unlock "lý do".`,
  alreadyLocked: (p: Params) => `Kỳ ${p.period} đã được ${p.by} khóa lúc ${p.time}; không ghi thêm gì.`,
  lockedUnit: (p: Params) => `  ${p.unit}  ${p.file}`,
  /** status: the clerk's decision under a unit's row. */
  statusAccepted: (p: Params) => `chấp nhận (${p.by}): “${p.note}”`,
  statusRejected: (p: Params) => `từ chối (${p.by}): “${p.note}”`,
  statusLocked: (p: Params) => `Kỳ này đã khóa (${p.by}, ${p.time}).`,
};

export const reviewEn: typeof reviewVi = {
  accepted: (p: Params) =>
    `Accepted the report of ${p.unit} for ${p.period} (${p.file}, ${p.warnings} warnings), note: “${p.note}”. Decided by: ${p.by}.`,
  rejected: (p: Params) =>
    `Rejected the report of ${p.unit} for ${p.period} (${p.file}), reason: “${p.note}”. Decided by: ${p.by}. It is left out of the aggregate until the unit sends another file; the reason appears in the feedback letter.`,
  unlocked: (p: Params) =>
    `Period ${p.period} was locked; unlocked with the reason “${p.reason}” (recorded in the ledger).`,
  locked: (p: Params) =>
    `Locked period ${p.period}: ${p.count} accepted reports frozen. From now on ingest and review for this period are refused unless given --unlock "reason".`,
  alreadyLocked: (p: Params) => `Period ${p.period} was already locked by ${p.by} at ${p.time}; nothing written.`,
  lockedUnit: (p: Params) => `  ${p.unit}  ${p.file}`,
  statusAccepted: (p: Params) => `accepted (${p.by}): “${p.note}”`,
  statusRejected: (p: Params) => `rejected (${p.by}): “${p.note}”`,
  statusLocked: (p: Params) => `This period is locked (${p.by}, ${p.time}).`,
};

export const reviewErrorsVi = {
  "store/period-locked": (p: Params) =>
    `Kỳ ${p.period} đã bị khóa (${p.by}, lúc ${p.time}): không nhận thêm và không thay đổi báo cáo của kỳ này. Nếu thật sự cần, chạy lại lệnh với --unlock "lý do" (lý do và người mở khóa được ghi vào sổ).`,
  "review/no-note": () =>
    `Cần ghi chú cho quyết định: thêm --note "…" (với --reject là lý do từ chối, sẽ có trong văn bản gửi đơn vị).`,
  "review/unknown-unit": (p: Params) =>
    `Không có đơn vị mã ${p.unit} trong baocao.yaml. Xem danh sách mã bằng lệnh: baocao status --period <kỳ>.`,
  "review/no-submission": (p: Params) =>
    `${p.unit} chưa có báo cáo nào được nhận cho kỳ ${p.period}, nên không có gì để xem xét. Nhận báo cáo trước: baocao ingest <tệp> --period ${p.period}.`,
  "review/choose": () => `Chọn một quyết định: --accept (chấp nhận) hoặc --reject (từ chối).`,
};

export const reviewErrorsEn: typeof reviewErrorsVi = {
  "store/period-locked": (p: Params) =>
    `Period ${p.period} is locked (${p.by}, at ${p.time}): its reports can be neither added nor changed. If you really must, run the command again with --unlock "reason" (the reason and who unlocked are recorded).`,
  "review/no-note": () =>
    `A decision needs a note: add --note "…" (with --reject it is the reason, quoted in the letter to the unit).`,
  "review/unknown-unit": (p: Params) =>
    `No unit with code ${p.unit} in baocao.yaml. See the codes with: baocao status --period <period>.`,
  "review/no-submission": (p: Params) =>
    `${p.unit} has no accepted report for ${p.period}, so there is nothing to review. Ingest one first: baocao ingest <file> --period ${p.period}.`,
  "review/choose": () => `Choose one decision: --accept or --reject.`,
};

export const chainVi = {
  storeChain: "Chuỗi kiểm tra của sổ",
  chainDetail: (p: Params) =>
    `${p.lines} dòng${Number(p.unchained) > 0 ? `; ${p.unchained} dòng đầu ghi từ phiên bản cũ, chưa có chuỗi nên không kiểm tra được` : ""}`,
  problem: {
    link: (p: Params) => `dòng ${p.line} không khớp với dòng trước nó: dòng trước đã bị sửa, xóa hoặc đổi chỗ`,
    unlinked: (p: Params) => `dòng ${p.line} thiếu mã kiểm tra (thêm bằng tay hoặc bởi phiên bản cũ)`,
    unreadable: (p: Params) => `dòng ${p.line} không đọc được (đã bị sửa)`,
    shorter: (p: Params) => `sổ còn ${p.lines} dòng, lẽ ra có ${p.expected}: các dòng cuối đã bị xóa`,
    last: (p: Params) => `dòng ${p.line} (dòng cuối đã ghi) đã bị sửa`,
    "head-missing": () => `thiếu tệp store/ledger.head nên không kiểm tra được dòng cuối`,
    "head-damaged": () => `tệp store/ledger.head bị hỏng`,
  } as Record<string, (p: Params) => string>,
  chainFix:
    "    → Không sửa tay; sao lưu thư mục store/ và báo cho người quản trị (so với bản sao lưu để biết dòng nào đổi).",
};

export const chainEn: typeof chainVi = {
  storeChain: "Ledger chain",
  chainDetail: (p: Params) =>
    `${p.lines} lines${Number(p.unchained) > 0 ? `; the first ${p.unchained} were written by an older version, before the chain, and cannot be checked` : ""}`,
  problem: {
    link: (p: Params) => `line ${p.line} does not match the line before it: that line was edited, removed or moved`,
    unlinked: (p: Params) => `line ${p.line} has no chain link (added by hand or by an older version)`,
    unreadable: (p: Params) => `line ${p.line} cannot be read (it was edited)`,
    shorter: (p: Params) =>
      `the ledger has ${p.lines} lines where it had ${p.expected}: lines were removed from its end`,
    last: (p: Params) => `line ${p.line} (the last one written) was edited`,
    "head-missing": () => `store/ledger.head is missing, so the last line cannot be checked`,
    "head-damaged": () => `store/ledger.head is damaged`,
  },
  chainFix:
    "    → Do not edit it by hand; back up the store/ folder and tell the administrator (compare with a backup to see which line changed).",
};
