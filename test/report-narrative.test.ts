// The report's sections III–V as a clerk would write them: the units' texts merged and grouped by kind of
// unit (no "Sở Tư pháp: Sở Tư pháp đã …"), nothing a unit wrote dropped, the completeness of the reports
// stated, and the Sở's own assessment from nhan-dinh/<period>.md.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { distance } from "fastest-levenshtein";
import { foldForCompare } from "../src/vn/normalize.js";
import { docxParts, paragraphsOf } from "./helpers/docx-inspect.js";
import { runBaocao } from "./helpers/run-cli.js";
import { SAMPLE_DIR, filledForm, goodData } from "./helpers/sample.js";
import { suiteTempDir } from "./helpers/temp-dir.js";

// Realistic variety: one sentence all units wrote, near-identical ones (a comma, a word apart), the unit's
// name as subject, one with its own subject, unit-specific ones with figures, and "Không".
const TEXTS: Record<string, { name: string; highlights: string; shortcomings: string; proposals: string }> = {
  STP: {
    name: "Sở Tư pháp",
    highlights:
      "Sở Tư pháp đã phối hợp tổ chức 3 hội nghị phổ biến pháp luật về an ninh mạng cho cán bộ cơ sở. Các văn bản quy phạm pháp luật mới được đăng tải kịp thời trên Cổng thông tin điện tử.",
    shortcomings: "Kinh phí cho công tác tuyên truyền còn hạn chế.",
    proposals: "Không",
  },
  SCT: {
    name: "Sở Công Thương",
    highlights:
      "Đã phối hợp kiểm tra 12 cơ sở kinh doanh thương mại điện tử, phát hiện 2 trường hợp vi phạm. Các văn bản quy phạm pháp luật mới được đăng tải kịp thời trên Cổng thông tin điện tử.",
    shortcomings: "Kinh phí cho công tác tuyên truyền còn hạn chế",
    proposals: "Đề nghị Sở Thông tin và Truyền thông tổ chức tập huấn kỹ năng nhận diện website lừa đảo.",
  },
  "UBND-VANLAM": {
    name: "UBND huyện Văn Lâm",
    highlights: "UBND huyện Văn Lâm đã chỉ đạo các xã, thị trấn tuyên truyền trên hệ thống loa truyền thanh cơ sở.",
    shortcomings: "Nhân lực làm công tác an toàn thông tin ở cấp xã còn thiếu, chủ yếu kiêm nhiệm.",
    proposals: "Đề nghị hỗ trợ kinh phí lắp camera giám sát tại 12 trạm BTS.",
  },
  "UBND-YENMY": {
    name: "UBND huyện Yên Mỹ",
    highlights: "Đã chỉ đạo các xã, thị trấn tuyên truyền trên hệ thống loa truyền thanh cơ sở",
    shortcomings: "Nhân lực làm công tác an toàn thông tin ở cấp xã còn thiếu; chủ yếu kiêm nhiệm.",
    proposals: "Đề nghị hỗ trợ kinh phí lắp camera giám sát tại 7 trạm BTS.",
  },
  VNPT: {
    name: "VNPT Hưng Yên",
    highlights: "VNPT Hưng Yên đã gửi 512.000 tin nhắn cảnh báo lừa đảo tới thuê bao trên địa bàn.",
    shortcomings: "Tuyến cáp treo qua khu công nghiệp thường xuyên bị cắt trộm.",
    proposals: "VNPT Hưng Yên đề nghị Công an các địa phương tăng cường tuần tra bảo vệ tuyến cáp.",
  },
  VIETTEL: {
    name: "Viettel Hưng Yên",
    highlights: "Đã gửi 640.000 tin nhắn cảnh báo lừa đảo tới thuê bao trên địa bàn.",
    shortcomings: "Trạm BTS ở vùng ven thiếu camera giám sát.",
    proposals: "Đề nghị Công an các địa phương tăng cường tuần tra, bảo vệ tuyến cáp.",
  },
};
const UNITS = Object.keys(TEXTS);

const key = (text: string) =>
  foldForCompare(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The sentence is in the text, or one differing from it only as near-identical sentences do. */
function carried(sentence: string, text: string): boolean {
  const own = key(sentence);
  if (text.includes(own)) return true;
  for (let start = 0; start + own.length <= text.length + 5; start += 1) {
    if (start > 0 && text[start - 1] !== " ") continue;
    const window = text.slice(start, start + own.length + 3);
    if (1 - distance(window, own) / own.length >= 0.85) return true;
  }
  return false;
}

function documentText(file: string): string[] {
  const parts = docxParts(readFileSync(file));
  return paragraphsOf(parts.get("word/document.xml")!)
    .map((p) => p.text.normalize("NFC").replace(/\s+/g, " ").trim())
    .filter((t) => t !== "");
}

/** Sections III to V: from "III. ĐÁNH GIÁ CHUNG" to the closing "Trên đây …". */
function assessmentSections(text: string[]): string[] {
  const start = text.findIndex((p) => p.startsWith("III. ĐÁNH GIÁ CHUNG"));
  const end = text.findIndex((p) => p.startsWith("Trên đây là báo cáo"));
  expect(start).toBeGreaterThan(0);
  return text.slice(start, end);
}

describe("the report's narrative (CLI)", () => {
  const suite = suiteTempDir();
  let ws: string;
  beforeAll(async () => {
    ws = join(suite(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    const inbox = join(ws, "inbox-narrative");
    mkdirSync(inbox);
    for (const unit of UNITS) {
      const { name: _name, ...assessment } = TEXTS[unit]!;
      writeFileSync(
        join(inbox, `2023-H1-${unit}.xlsx`),
        await filledForm(unit, goodData(unit, { assessment: { ...assessment, causes: "Không" } })),
      );
    }
    const ingest = await runBaocao(["-w", ws, "ingest", inbox, "--period", "2023-H1", "--received", "16/06/2023"]);
    expect(ingest.status, ingest.stderr).toBe(0);
  });

  const report = async (out: string) => {
    const run = await runBaocao(["-w", ws, "report", "--period", "2023-H1", "--draft", "--out", join(ws, out)]);
    return { run, text: () => documentText(join(ws, out)) };
  };

  it("merges, groups and attributes the units' sentences, keeps each unit's substance, states completeness", async () => {
    rmSync(join(ws, "nhan-dinh"), { recursive: true, force: true });
    const { run, text } = await report("plain.docx");
    expect(run.status, run.stderr).toBe(0);
    const body = text();
    const sections = assessmentSections(body);
    const all = key(sections.join(" "));

    // Nothing dropped: every sentence of every unit is there (or one near-identical to it).
    for (const unit of UNITS) {
      const { name, ...parts } = TEXTS[unit]!;
      for (const part of Object.values(parts)) {
        for (const sentence of part.split(/(?<=\.)\s+/u)) {
          if (sentence === "Không") continue;
          const bare = sentence.replace(new RegExp(`^${name}\\s*`, "u"), "");
          expect(carried(bare, all), `${unit}: ${sentence}`).toBe(true);
        }
      }
    }
    // Never "Unit: Unit đã …", and no unit name directly followed by a colon.
    for (const paragraph of sections) {
      for (const unit of UNITS) expect(paragraph).not.toContain(`${TEXTS[unit]!.name}:`);
    }
    // Near-identical sentences once, with the units named in parentheses after their group.
    expect(sections).toContain(
      "- Các doanh nghiệp viễn thông, CNTT (VNPT Hưng Yên, Viettel Hưng Yên) đề nghị Công an các địa phương tăng cường tuần tra, bảo vệ tuyến cáp.",
    );
    expect(sections).toContain(
      "- UBND các huyện, thị xã, thành phố (UBND huyện Văn Lâm, UBND huyện Yên Mỹ) đã chỉ đạo các xã, thị trấn tuyên truyền trên hệ thống loa truyền thanh cơ sở.",
    );
    expect(sections.filter((p) => p.includes("Kinh phí cho công tác tuyên truyền còn hạn chế"))).toEqual([
      "- Kinh phí cho công tác tuyên truyền còn hạn chế (Sở Công Thương, Sở Tư pháp).",
    ]);
    // Different figures stay apart; "Không" is not an item.
    expect(sections.some((p) => p.includes("12 trạm BTS"))).toBe(true);
    expect(sections.some((p) => p.includes("7 trạm BTS"))).toBe(true);
    expect(sections.some((p) => /^- Không\.?$/u.test(p))).toBe(false);
    expect(sections).toContain("Các cơ quan, đơn vị chưa nêu nguyên nhân.");

    const opening = body.find((p) => p.includes("đơn vị đã gửi báo cáo"));
    expect(opening).toContain("Đến nay, 6/22 đơn vị đã gửi báo cáo; còn 16 đơn vị chưa gửi hoặc chưa đạt: ");
    expect(opening).toContain("Sở Giáo dục và Đào tạo");
  });

  it("puts the Sở's own assessment from nhan-dinh/<period>.md before the units' synthesis", async () => {
    mkdirSync(join(ws, "nhan-dinh"), { recursive: true });
    writeFileSync(
      join(ws, "nhan-dinh", "2023-H1.md"),
      [
        "# Đánh giá",
        "",
        "Công tác phối hợp giữa các cơ quan, đơn vị được duy trì **thường xuyên**, hiệu quả hơn cùng kỳ.",
        "",
        "# Kiến nghị",
        "",
        "- Đề nghị UBND tỉnh bố trí kinh phí lắp đặt camera giám sát tại các trạm BTS trọng điểm",
        "- Đề nghị UBND tỉnh chỉ đạo Công an tỉnh tăng cường tuần tra các tuyến cáp quang.",
        "",
      ].join("\n"),
    );
    const { run, text } = await report("with-own.docx");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toMatch(/Nhận định, kiến nghị của Sở: .*nhan-dinh[\\/]2023-H1\.md/u);
    const sections = assessmentSections(text());
    const at = (p: string) => sections.indexOf(p);
    const own = at("Công tác phối hợp giữa các cơ quan, đơn vị được duy trì thường xuyên, hiệu quả hơn cùng kỳ.");
    expect(own).toBe(at("1. Kết quả nổi bật") + 1);
    const proposals = at("V. ĐỀ XUẤT, KIẾN NGHỊ");
    expect(sections[proposals + 1]).toBe(
      "- Đề nghị UBND tỉnh bố trí kinh phí lắp đặt camera giám sát tại các trạm BTS trọng điểm.",
    );
    expect(sections[proposals + 2]).toBe(
      "- Đề nghị UBND tỉnh chỉ đạo Công an tỉnh tăng cường tuần tra các tuyến cáp quang.",
    );
    expect(sections.slice(proposals + 3).some((p) => p.includes("12 trạm BTS"))).toBe(true);
  });

  it("refuses a heading that names no section, naming the file and line", async () => {
    mkdirSync(join(ws, "nhan-dinh"), { recursive: true });
    writeFileSync(join(ws, "nhan-dinh", "2023-H1.md"), "# Đánh giá\n\nTốt.\n\n# Ghi chú riêng\n\nx\n");
    const { run } = await report("refused.docx");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("2023-H1.md, dòng 5");
    expect(run.stderr).toContain('"Ghi chú riêng"');
    expect(run.stderr).not.toMatch(/Lỗi nội bộ|at .*\.js/u);
    const en = await runBaocao([
      "--lang",
      "en",
      "-w",
      ws,
      "report",
      "--period",
      "2023-H1",
      "--draft",
      "--out",
      join(ws, "refused.docx"),
    ]);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain("line 5: the heading");
    rmSync(join(ws, "nhan-dinh"), { recursive: true, force: true });
  });
});
