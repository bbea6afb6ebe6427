import { distance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import { foldForCompare } from "../vn/normalize.js";
import type { NarrativeSource, NarrativeUnit } from "./narrative.js";
import { SIMILARITY, splitSentences, synthesizeNarrative } from "./narrative.js";

const agency = (code: string, name: string, label = name): NarrativeUnit => ({
  code,
  name,
  label,
  kind: "agency",
  group: "Các sở, ban, ngành tỉnh",
});
const district = (code: string, name: string): NarrativeUnit => ({
  code,
  name,
  label: name,
  kind: "district",
  group: "UBND huyện, thị xã, thành phố",
});
const enterprise = (code: string, name: string, label: string): NarrativeUnit => ({
  code,
  name,
  label,
  kind: "enterprise",
  group: "Các doanh nghiệp viễn thông",
});

const UNITS: NarrativeUnit[] = [
  agency("STP", "Sở Tư pháp"),
  agency("SCT", "Sở Công Thương"),
  agency("CAT", "Công an tỉnh Hưng Yên", "Công an tỉnh"),
  district("UBND-VANLAM", "UBND huyện Văn Lâm"),
  district("UBND-YENMY", "UBND huyện Yên Mỹ"),
  district("UBND-MYHAO", "UBND thị xã Mỹ Hào"),
  enterprise("VNPT", "VNPT Hưng Yên", "VNPT"),
  enterprise("VIETTEL", "Viettel Hưng Yên", "Viettel"),
  enterprise("MOBIFONE", "MobiFone Hưng Yên", "MobiFone"),
  enterprise("FPT", "FPT chi nhánh Hưng Yên", "FPT"),
];
const ALL = UNITS.map((unit) => unit.code);

// Realistic variety: the same sentence from several units, near-identical ones (a word or a comma apart),
// sentences with the unit's name as their subject, one with its own subject, and unit-specific ones.
const PROPOSALS: NarrativeSource[] = [
  { unit: "VNPT", text: "VNPT Hưng Yên đề nghị Công an các địa phương tăng cường tuần tra bảo vệ tuyến cáp." },
  { unit: "VIETTEL", text: "Đề nghị Công an các địa phương tăng cường tuần tra, bảo vệ tuyến cáp." },
  { unit: "MOBIFONE", text: "Đề nghị Công an các địa phương tăng cường tuần tra bảo vệ các tuyến cáp." },
  {
    unit: "FPT",
    text: "Đề nghị Công an các địa phương tăng cường tuần tra bảo vệ tuyến cáp. Đề nghị Sở Thông tin và Truyền thông sớm ban hành quy trình phối hợp xử lý sự cố cáp quang.",
  },
  { unit: "STP", text: "Sở Tư pháp: đề nghị bổ sung kinh phí tuyên truyền pháp luật về an ninh mạng." },
  { unit: "UBND-VANLAM", text: "Đề nghị hỗ trợ kinh phí lắp camera giám sát tại 12 trạm BTS." },
  { unit: "UBND-YENMY", text: "Đề nghị hỗ trợ kinh phí lắp camera giám sát tại 7 trạm BTS." },
];

const DIRECTIONS: NarrativeSource[] = ALL.map((unit) => ({
  unit,
  text: "Tiếp tục tuyên truyền, tăng cường kiểm tra, phối hợp xử lý nghiêm các vi phạm trong 6 tháng cuối năm 2023.",
}));

describe("the report's narrative, synthesised as a clerk would", () => {
  it("merges near-identical sentences and names the units in parentheses after their group", () => {
    const items = synthesizeNarrative(PROPOSALS, UNITS, ALL).map((item) => item.text);
    expect(items).toContain(
      "Các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone, FPT) đề nghị Công an các địa phương tăng cường tuần tra, bảo vệ tuyến cáp.",
    );
    expect(items).toContain(
      "FPT đề nghị Sở Thông tin và Truyền thông sớm ban hành quy trình phối hợp xử lý sự cố cáp quang.",
    );
    expect(items).toContain("Sở Tư pháp đề nghị bổ sung kinh phí tuyên truyền pháp luật về an ninh mạng.");
    // Different figures are different substance: not merged.
    expect(items).toContain("UBND huyện Văn Lâm đề nghị hỗ trợ kinh phí lắp camera giám sát tại 12 trạm BTS.");
    expect(items).toContain("UBND huyện Yên Mỹ đề nghị hỗ trợ kinh phí lắp camera giám sát tại 7 trạm BTS.");
    expect(items).toHaveLength(5);
  });

  it("names the units of a group when only some of them wrote it", () => {
    const items = synthesizeNarrative(PROPOSALS.slice(0, 2), UNITS, ALL).map((item) => item.text);
    expect(items).toEqual([
      "Các doanh nghiệp viễn thông (VNPT, Viettel) đề nghị Công an các địa phương tăng cường tuần tra, bảo vệ tuyến cáp.",
    ]);
  });

  it("never repeats the unit's name after a colon, and groups by kind of unit", () => {
    const items = synthesizeNarrative(PROPOSALS, UNITS, ALL);
    for (const item of items) expect(item.text).not.toMatch(/^[^:]+: /u);
    expect(items.map((item) => item.kind)).toEqual(["agency", "district", "district", "enterprise", "enterprise"]);
  });

  it("writes a sentence every reporting unit sent once, with no list of names", () => {
    expect(synthesizeNarrative(DIRECTIONS, UNITS, ALL).map((item) => item.text)).toEqual([
      "Các cơ quan, đơn vị, doanh nghiệp tiếp tục tuyên truyền, tăng cường kiểm tra, phối hợp xử lý nghiêm các vi phạm trong 6 tháng cuối năm 2023.",
    ]);
  });

  it("names the units after a sentence that has its own subject", () => {
    const items = synthesizeNarrative(
      [
        { unit: "UBND-VANLAM", text: "Nhân lực làm công tác an toàn thông tin ở cấp xã còn thiếu." },
        { unit: "UBND-MYHAO", text: "Nhân lực làm công tác an toàn thông tin ở cấp xã còn thiếu" },
      ],
      UNITS,
      ALL,
    );
    expect(items.map((item) => item.text)).toEqual([
      "Nhân lực làm công tác an toàn thông tin ở cấp xã còn thiếu (UBND huyện Văn Lâm, UBND thị xã Mỹ Hào).",
    ]);
  });

  it("keeps every unit's substance: each distinct sentence appears, or one near-identical to it", () => {
    const sources = [...PROPOSALS, ...DIRECTIONS];
    const items = synthesizeNarrative(sources, UNITS, ALL);
    const key = (text: string) =>
      foldForCompare(text)
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
    for (const source of sources) {
      const unit = UNITS.find((u) => u.code === source.unit)!;
      for (const sentence of splitSentences(source.text)) {
        const own = key(sentence.replace(new RegExp(`^(${unit.name}|${unit.label})[:,]?\\s*`, "u"), ""));
        const carried = items.some((item) => {
          if (!item.units.includes(unit.code)) return false;
          const text = key(item.text);
          return (
            text.includes(own) ||
            [...text.matchAll(/\S+/gu)].some(
              (m) => 1 - distance(text.slice(m.index, m.index + own.length), own) / own.length >= SIMILARITY,
            )
          );
        });
        expect(carried, `${unit.code}: ${sentence}`).toBe(true);
      }
    }
  });

  it("leaves out a unit's 'nothing to report'", () => {
    const items = synthesizeNarrative(
      [
        { unit: "STP", text: "Không" },
        { unit: "SCT", text: "Không có kiến nghị." },
        { unit: "VNPT", text: "Đề nghị tăng cường tuần tra." },
      ],
      UNITS,
      ALL,
    );
    expect(items.map((item) => item.text)).toEqual(["VNPT đề nghị tăng cường tuần tra."]);
  });

  it("cuts a text into sentences at full stops before a capital and at line breaks", () => {
    expect(splitSentences("Đã phối hợp tốt. Còn thiếu nhân lực; kinh phí hạn chế.\n- Đề nghị hỗ trợ")).toEqual([
      "Đã phối hợp tốt.",
      "Còn thiếu nhân lực; kinh phí hạn chế.",
      "Đề nghị hỗ trợ",
    ]);
    // "3.5 triệu" or "TP. Hưng Yên" are not sentence ends.
    expect(splitSentences("Thu 3.500.000 đồng tại TP. Hưng Yên.")).toEqual(["Thu 3.500.000 đồng tại TP. Hưng Yên."]);
  });
});
