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

/** The file's own name, without its folder (either separator: the path may come from Windows). */
function fileName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

/** The program that holds a file of this kind open, as the clerk knows it; null for others. */
function holderOf(path: string, lang: "vi" | "en"): string | null {
  const extension = /\.([^.\\/]+)$/.exec(path)?.[1]?.toLowerCase() ?? "";
  if (["xlsx", "xlsm", "xls", "csv"].includes(extension)) return "Excel";
  if (["docx", "doc"].includes(extension)) return "Word";
  if (extension === "pdf") return lang === "vi" ? "trình đọc PDF" : "a PDF reader";
  return null;
}

/**
 * A file that could not be replaced because another program holds it open (output/in-use): its name first,
 * the program guessed from the extension, what to do, and the whole path when it says more than the name.
 */
export function fileInUseVi(path: string): string {
  const name = fileName(path);
  const holder = holderOf(path, "vi");
  const where = name === path ? "" : ` (${path})`;
  return `Không ghi được ${name}: tệp đang mở trong ${holder ?? "một chương trình khác"}? Đóng tệp rồi chạy lại.${where}`;
}

export function fileInUseEn(path: string): string {
  const name = fileName(path);
  const holder = holderOf(path, "en");
  const where = name === path ? "" : ` (${path})`;
  return `Cannot write ${name}: is it open in ${holder ?? "another program"}? Close it and run again.${where}`;
}
