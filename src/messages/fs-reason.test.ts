import { describe, expect, it } from "vitest";
import { fsErrorCode, fsReason } from "./fs-reason.js";
import { messages } from "./index.js";

describe("fsReason", () => {
  it("words the common errno codes in Vietnamese and English", () => {
    expect(fsReason("ENOENT", "vi")).toBe("không có tệp hoặc thư mục này");
    expect(fsReason("ENOENT", "en")).toBe("no such file or folder");
    for (const code of ["ENOENT", "EACCES", "EPERM", "EISDIR", "ENOTDIR", "EMFILE", "ENOSPC", "EROFS"]) {
      expect(fsReason(code, "vi")).not.toBe(code);
      expect(fsReason(code, "en")).not.toBe(code);
    }
  });

  it("names a file open in another program (EBUSY) and what to do", () => {
    expect(fsReason("EBUSY", "vi")).toContain("đóng tệp rồi chạy lại");
    expect(fsReason("EBUSY", "en")).toContain("close it and run again");
  });

  it("shows any other code as it is", () => {
    expect(fsReason("ELOOP", "vi")).toBe("ELOOP");
    expect(fsReason("ELOOP", "en")).toBe("ELOOP");
  });

  it("takes the code of a Node error, else its message", () => {
    const error = Object.assign(new Error("ENOENT: no such file or directory, open 'x'"), { code: "ENOENT" });
    expect(fsErrorCode(error)).toBe("ENOENT");
    expect(fsErrorCode(new Error("boom"))).toBe("boom");
    expect(fsErrorCode("x")).toBe("unknown");
  });

  it("is what the unreadable-file messages say", () => {
    expect(messages("vi").errors["template/unreadable"]!({ file: "t.hbs", code: "EACCES" })).toBe(
      "Không đọc được mẫu t.hbs: không có quyền truy cập",
    );
    expect(messages("en").errors["workspace/unreadable"]!({ file: "a.yaml", code: "EISDIR" })).toBe(
      "Cannot read a.yaml: it is a folder, not a file",
    );
    expect(messages("vi").errors["letters/write-failed"]!({ file: "out", code: "ENOSPC" })).toMatch(
      /^Không ghi được out: ổ đĩa đầy\./,
    );
  });

  it("names a file in use by its name, the program its kind opens in, and the whole path (output/in-use)", () => {
    const vi = messages("vi").errors["output/in-use"]!;
    const en = messages("en").errors["output/in-use"]!;
    expect(vi({ file: "tong-hop.xlsx" })).toBe(
      "Không ghi được tong-hop.xlsx: tệp đang mở trong Excel? Đóng tệp rồi chạy lại.",
    );
    expect(vi({ file: "output/2023-H1/bao-cao.docx" })).toBe(
      "Không ghi được bao-cao.docx: tệp đang mở trong Word? Đóng tệp rồi chạy lại. (output/2023-H1/bao-cao.docx)",
    );
    expect(vi({ file: "C:\\ws\\bao-cao.pdf" })).toContain("bao-cao.pdf: tệp đang mở trong trình đọc PDF?");
    expect(vi({ file: "cong-van/manifest.csv" })).toContain("đang mở trong Excel?");
    expect(vi({ file: "aggregate.json" })).toContain("đang mở trong một chương trình khác?");
    expect(en({ file: "bao-cao.pdf" })).toBe(
      "Cannot write bao-cao.pdf: is it open in a PDF reader? Close it and run again.",
    );
  });
});
