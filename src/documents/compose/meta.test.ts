import { describe, expect, it } from "vitest";
import { sampleConfig } from "../../../test/helpers/sample.js";
import { UserError } from "../../errors.js";
import { messages } from "../../messages/index.js";
import { composeMeta } from "./meta.js";

const numbering = { number: "841", date: { year: 2023, month: 7, day: 3 } };

function frontMatterError(front: Record<string, unknown>): { vi: string; en: string } {
  try {
    composeMeta(sampleConfig, "report", front, numbering, "templates/bao-cao.hbs");
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const render = (lang: "vi" | "en") =>
      (messages(lang).errors as Record<string, (p: UserError["params"]) => string>)[error.code]!(error.params);
    return { vi: render("vi"), en: render("en") };
  }
  throw new Error("no error");
}

describe("composeMeta front matter", () => {
  it("describes a bad value in our words and the user's language, not zod's", () => {
    expect(frontMatterError({ kind: "typed", summary: "Báo cáo", urgency: "GẤP" })).toEqual({
      vi: 'Mẫu templates/bao-cao.hbs: phần đầu (front matter) "urgency" không hợp lệ: phải là một trong KHẨN, THƯỢNG KHẨN, HỎA TỐC',
      en: 'Template templates/bao-cao.hbs: front matter "urgency" is not valid: must be one of KHẨN, THƯỢNG KHẨN, HỎA TỐC',
    });
    expect(frontMatterError({ kind: "typed", summary: "" }).vi).toBe(
      'Mẫu templates/bao-cao.hbs: phần đầu (front matter) "summary" không hợp lệ: không được để trống',
    );
    expect(frontMatterError({ kind: "typed", summary: "x", copy: [] }).vi).toBe(
      'Mẫu templates/bao-cao.hbs: phần đầu (front matter) "copy" không hợp lệ: khóa không được phép (gõ sai tên?)',
    );
  });
});
