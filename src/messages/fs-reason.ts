// Why a file could not be read or written, in the user's language: Node's error text ("ENOENT: no such
// file or directory, open '…'") is English and repeats the path. The common errno codes get a short
// phrase; any other is shown as its code.

const REASONS_VI: Record<string, string> = {
  ENOENT: "không có tệp hoặc thư mục này",
  EACCES: "không có quyền truy cập",
  EPERM: "không được phép (không có quyền)",
  EISDIR: "đó là một thư mục, không phải tệp",
  ENOTDIR: "một phần của đường dẫn là tệp, không phải thư mục",
  EMFILE: "đang mở quá nhiều tệp cùng lúc; chạy lại lệnh",
  ENOSPC: "ổ đĩa đầy",
  EROFS: "ổ đĩa chỉ đọc",
  EDQUOT: "đã hết dung lượng được cấp trên ổ đĩa",
  EBUSY: "tệp đang mở trong chương trình khác (Word, Excel); đóng tệp rồi chạy lại",
  EXDEV: "không chuyển được tệp tạm sang ổ đĩa chứa tệp",
  EIO: "lỗi đọc ghi ổ đĩa",
};

const REASONS_EN: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "it is a folder, not a file",
  ENOTDIR: "part of the path is a file, not a folder",
  EMFILE: "too many files open at once; run the command again",
  ENOSPC: "the disk is full",
  EROFS: "the disk is read-only",
  EDQUOT: "the disk quota is exceeded",
  EBUSY: "the file is open in another program (Word, Excel); close it and run again",
  EXDEV: "the temporary file could not be moved to the file's disk",
  EIO: "disk input/output error",
};

/** The errno code of a file-system error ("ENOENT"…); for anything else, its message (or "unknown"). */
export function fsErrorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code !== "") return code;
  if (error instanceof Error && error.message !== "") return error.message;
  return "unknown";
}

export function fsReasonVi(code: string | number | undefined): string {
  return REASONS_VI[String(code)] ?? String(code);
}

export function fsReasonEn(code: string | number | undefined): string {
  return REASONS_EN[String(code)] ?? String(code);
}

/** The phrase for an errno code in a language; an unknown code is shown as it is. */
export function fsReason(code: string | number | undefined, lang: "vi" | "en"): string {
  return lang === "en" ? fsReasonEn(code) : fsReasonVi(code);
}
