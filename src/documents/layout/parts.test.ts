import { describe, expect, it } from "vitest";
import { withDash, withEndMark } from "./body.js";
import { copyLines } from "./closing.js";
import { columnWidths } from "./data-table.js";
import { makeDeterministic } from "./deterministic.js";
import { cleanText } from "./fonts.js";
import { letterSummaryLine, numberLine } from "./header-table.js";
import { textWidth, widestLine } from "./metrics.js";
import { DEFAULT_MARGINS_MM, mmToTwips, pageGeometry, resolveMargins } from "./page.js";
import { recipientLines } from "./recipients.js";
import { readZipEntries as readZip } from "../../../test/helpers/zip.js";
import { writeZip } from "../../zip/index.js";

const text = (value: string) => value;

describe("page geometry", () => {
  it("converts the decree's millimetres to twips", () => {
    expect([20, 25, 30, 35, 15].map(mmToTwips)).toEqual([1134, 1417, 1701, 1984, 850]);
  });

  it("defaults to 20/20/30/15 mm and accepts the ranges' ends", () => {
    expect(resolveMargins(undefined)).toEqual(DEFAULT_MARGINS_MM);
    expect(resolveMargins({ top: 25, bottom: 25, left: 35, right: 20 })).toEqual({
      top: 25,
      bottom: 25,
      left: 35,
      right: 20,
    });
    expect(() => resolveMargins({ top: 25.5, bottom: 20, left: 30, right: 15 })).toThrow(/top margin must be 20–25 mm/);
  });

  it("gives the text width of portrait and landscape pages", () => {
    expect(pageGeometry(DEFAULT_MARGINS_MM).textWidth).toBe(11906 - 1701 - 850);
    const landscape = pageGeometry(DEFAULT_MARGINS_MM, true);
    expect([landscape.width, landscape.height, landscape.textWidth]).toEqual([16838, 11906, 16838 - 1701 - 850]);
  });
});

describe("lines", () => {
  it("writes the number, zero-padding one digit, leaving six spaces in a draft", () => {
    expect(numberLine({ value: "841", symbol: "BC-STTTT" })).toBe("Số: 841/BC-STTTT");
    expect(numberLine({ value: "5", symbol: "UBND-KGVX" })).toBe("Số: 05/UBND-KGVX");
    expect(numberLine({ value: "12", symbol: "UBND-KGVX" })).toBe("Số: 12/UBND-KGVX");
    expect(numberLine({ value: null, symbol: "UBND-KGVX" })).toBe("Số:      /UBND-KGVX");
    expect(letterSummaryLine(" tăng cường ")).toBe("V/v tăng cường");
  });

  it("punctuates the recipients", () => {
    expect(recipientLines([])).toEqual([]);
    expect(recipientLines(["Ủy ban nhân dân tỉnh Hưng Yên"])).toEqual(["Ủy ban nhân dân tỉnh Hưng Yên."]);
    expect(recipientLines(["Bộ Nội vụ;"])).toEqual(["Bộ Nội vụ."]);
    expect(recipientLines(["A", "B;", "C."])).toEqual(["- A;", "- B;", "- C."]);
  });

  it("punctuates Nơi nhận, whatever the input already has", () => {
    expect(copyLines(["Như trên", "- Chủ tịch;", "Lưu: VT, KGVX."])).toEqual([
      "- Như trên;",
      "- Chủ tịch;",
      "- Lưu: VT, KGVX.",
    ]);
    expect(copyLines([" ", ""])).toEqual([]);
  });

  it('ends the content with "./." once', () => {
    const join = (content: readonly { text: string }[]) => content.map((inline) => inline.text).join("");
    expect(join(withEndMark([{ text: text("hoạt động") }]))).toBe("hoạt động./.");
    expect(join(withEndMark([{ text: "hoạt động." }]))).toBe("hoạt động./.");
    expect(join(withEndMark([{ text: "hoạt động./." }]))).toBe("hoạt động./.");
    expect(join(withEndMark([{ text: "a " }, { text: "b", bold: true }, { text: "  " }]))).toBe("a b./.");
  });

  it("adds the bullet dash unless the text has one", () => {
    expect(withDash([{ text: "Tăng cường" }]).map((i) => i.text)).toEqual(["- ", "Tăng cường"]);
    expect(withDash([{ text: "- Tăng cường" }]).map((i) => i.text)).toEqual(["- Tăng cường"]);
  });

  it("splits table widths by weight, summing exactly", () => {
    expect(columnWidths(3, 100)).toEqual([33, 33, 34]);
    expect(columnWidths(3, 100, [1, 2, 1])).toEqual([25, 50, 25]);
    expect(columnWidths(2, 100, [0, Number.NaN])).toEqual([50, 50]);
  });
});

describe("text", () => {
  it("normalises line ends, NFD and characters XML cannot hold", () => {
    expect(cleanText("a\r\nb\rc")).toBe("a\nb\nc");
    expect(cleanText("Vie\u0302\u0323t")).toBe("Việt");
    expect(cleanText("a\u0000b\u001Fc\uFFFF")).toBe("a\uFFFDb\uFFFDc\uFFFD");
    expect(cleanText("x\uD800y")).toBe("x\uFFFDy");
    expect(cleanText("😀")).toBe("😀");
    expect(cleanText("tab\there")).toBe("tab\there");
  });
});

describe("metrics", () => {
  it("measures Vietnamese letters by their base letter, the horn letters apart", () => {
    expect(textWidth("ấ", 14, false)).toBe(textWidth("a", 14, false));
    expect(textWidth("Ừ", 14, true)).toBe(textWidth("Ư", 14, true));
    expect(textWidth("Ư", 14, true)).toBeGreaterThan(textWidth("U", 14, true));
    expect(textWidth("ờ", 14, false)).toBe(textWidth("ơ", 14, false));
    expect(textWidth("Việt", 14, false)).toBe(textWidth("Vie\u0302\u0323t", 14, false));
  });

  it("gives the widths Times New Roman has", () => {
    // 14 pt bold: "Độc lập - Tự do - Hạnh phúc" is about 6 cm in Word.
    const motto = textWidth("Độc lập - Tự do - Hạnh phúc", 14, true);
    expect(motto / 567).toBeGreaterThan(5.8);
    expect(motto / 567).toBeLessThan(6.2);
    expect(textWidth("M", 10, false)).toBe(Math.round((1821 / 2048) * 200));
    expect(widestLine("a\nbbb", 12, false)).toBe(textWidth("bbb", 12, false));
  });
});

describe("makeDeterministic", () => {
  it("renames random relationship ids and stamps dates", async () => {
    const zip = writeZip([
      { name: "word/_rels/document.xml.rels", data: Buffer.from('<R Id="rId1"/><R Id="rIdk3x_9-q"/>') },
      { name: "word/document.xml", data: Buffer.from('<c r:id="rIdk3x_9-q"/><wp:docPr id="7"/>') },
      {
        name: "docProps/core.xml",
        data: Buffer.from('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T10:00:00.123Z</dcterms:created>'),
      },
    ]);
    const out = readZip(await makeDeterministic(zip, { year: 2023, month: 7, day: 3 }));
    const byName = new Map(out.map((entry) => [entry.name, entry.data.toString("utf8")]));
    expect(byName.get("word/_rels/document.xml.rels")).toBe('<R Id="rId1"/><R Id="rIdP1"/>');
    expect(byName.get("word/document.xml")).toBe('<c r:id="rIdP1"/><wp:docPr id="1"/>');
    expect(byName.get("docProps/core.xml")).toContain(">2023-07-03T00:00:00Z<");
  });
});
