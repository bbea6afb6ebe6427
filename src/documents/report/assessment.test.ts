import { describe, expect, it } from "vitest";
import { UserError } from "../../errors.js";
import { assessmentPart, parseAssessment } from "./assessment.js";

describe("the Sở's own assessment file (nhan-dinh/<period>.md)", () => {
  it("reads paragraphs and list items under the headings a clerk writes", () => {
    const parts = parseAssessment(
      [
        "\uFEFF# Đánh giá chung",
        "",
        "Công tác phối hợp được duy trì **thường xuyên**,",
        "hiệu quả hơn cùng kỳ",
        "",
        "## Tồn tại, hạn chế",
        "",
        "* Lực lượng chuyên trách còn mỏng;",
        "",
        "# Kiến nghị với UBND tỉnh",
        "",
        "1. Bố trí kinh phí lắp camera tại các trạm BTS trọng điểm.",
        "2. Chỉ đạo Công an tỉnh tăng cường tuần tra tuyến cáp",
      ].join("\n"),
      "nhan-dinh/2023-H1.md",
    );
    expect(parts.highlights).toEqual([
      { text: "Công tác phối hợp được duy trì thường xuyên, hiệu quả hơn cùng kỳ.", item: false },
    ]);
    expect(parts.shortcomings).toEqual([{ text: "Lực lượng chuyên trách còn mỏng;", item: true }]);
    expect(parts.proposals).toEqual([
      { text: "Bố trí kinh phí lắp camera tại các trạm BTS trọng điểm.", item: true },
      { text: "Chỉ đạo Công an tỉnh tăng cường tuần tra tuyến cáp.", item: true },
    ]);
    expect(parts.causes).toEqual([]);
    expect(parts.directions).toEqual([]);
  });

  it("maps headings by their words, accents optional", () => {
    expect(assessmentPart("Nguyên nhân của tồn tại")).toBe("causes");
    expect(assessmentPart("PHUONG HUONG, NHIEM VU")).toBe("directions");
    expect(assessmentPart("Đề xuất")).toBe("proposals");
    expect(assessmentPart("Kết quả nổi bật")).toBe("highlights");
    expect(assessmentPart("Ghi chú")).toBeNull();
  });

  it("refuses text it could not place, with the file and line", () => {
    const refused = (text: string) => {
      try {
        parseAssessment(text, "nhan-dinh/2023-H1.md");
      } catch (error) {
        return error;
      }
      return null;
    };
    expect(refused("# Đánh giá\n\nTốt.\n\n# Ghi chú\n\nx\n")).toEqual(
      new UserError("assessment/unknown-heading", { file: "nhan-dinh/2023-H1.md", line: 5, heading: "Ghi chú" }),
    );
    expect(refused("Trước mọi tiêu đề.\n\n# Đánh giá\n")).toEqual(
      new UserError("assessment/no-heading", { file: "nhan-dinh/2023-H1.md", line: 1 }),
    );
  });
});
