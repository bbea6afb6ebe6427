import { beforeAll, describe, expect, it } from "vitest";
import { docxParts, paragraphsOf } from "../../../test/helpers/docx-inspect.js";
import type { ParagraphInfo } from "../../../test/helpers/docx-inspect.js";
import { sampleLetter, sampleReport } from "../../../test/helpers/document-samples.js";
import { renderCombined } from "./combine.js";
import { renderDocument } from "./render.js";

let report: Map<string, string>;
let letter: Map<string, string>;

beforeAll(async () => {
  report = docxParts(await renderDocument(sampleReport()));
  letter = docxParts(await renderDocument(sampleLetter()));
});

const stylesOf = (parts: Map<string, string>) => parts.get("word/styles.xml") ?? "";
const bodyOf = (parts: Map<string, string>) => parts.get("word/document.xml") ?? "";

/** The w:style element of a paragraph style, or "" when there is none. */
function style(parts: Map<string, string>, id: string): string {
  const all = [...stylesOf(parts).matchAll(/<w:style [^>]*w:styleId="([^"]*)"[^>]*>.*?<\/w:style>/gs)];
  const found = all.filter((match) => match[1] === id);
  expect(found.length, `style ${id}`).toBeLessThanOrEqual(1);
  return found[0]?.[0] ?? "";
}

const styleOf = (p: ParagraphInfo) => /<w:pStyle w:val="([^"]*)"\/>/.exec(p.xml)?.[1] ?? "Normal";
const find = (parts: Map<string, string>, text: string) => {
  const found = paragraphsOf(bodyOf(parts)).find((p) => p.text === text);
  if (found === undefined) throw new Error(`no paragraph "${text}"`);
  return found;
};

describe("styles", () => {
  it("makes Normal the body: 14 pt, justified, 1 cm first line, 6 pt after, 1.15 lines", () => {
    for (const parts of [report, letter]) {
      const normal = style(parts, "Normal");
      expect(normal).toContain('w:default="1"');
      expect(normal).toContain('<w:jc w:val="both"/>');
      expect(normal).toContain('<w:ind w:firstLine="567"/>');
      expect(normal).toMatch(/<w:spacing w:before="0" w:after="120" w:line="276" w:lineRule="auto"\/>/);
      expect(normal).toContain('<w:sz w:val="28"/>');
    }
  });

  it("declares Vietnamese (w:lang vi-VN) in the document defaults and Normal", () => {
    const defaults = /<w:rPrDefault>.*?<\/w:rPrDefault>/s.exec(stylesOf(report))?.[0] ?? "";
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
    expect(style(report, "Normal")).toContain('<w:lang w:val="vi-VN"/>');
  });

  it("makes Heading 1/2/3 black Times New Roman 14 pt bold (3: bold italic) outline levels, not the library's blue", () => {
    for (const [id, level] of [
      ["Heading1", 0],
      ["Heading2", 1],
      ["Heading3", 2],
    ] as const) {
      const heading = style(report, id);
      expect(heading).toContain('<w:basedOn w:val="Normal"/>');
      expect(heading).toContain(`<w:outlineLvl w:val="${level}"/>`);
      expect(heading).toContain("<w:keepNext/>");
      expect(heading).toContain("<w:b/>");
      expect(heading).toContain('<w:color w:val="000000"/>');
      expect(heading).toContain('<w:sz w:val="28"/>');
      if (level === 2) expect(heading).toContain("<w:i/>");
      else expect(heading).not.toContain("<w:i/>");
      expect(heading).not.toContain("w:rFonts");
    }
    // The library's heading blues are gone from every heading style (Heading 4–6 included).
    expect(stylesOf(report)).not.toMatch(/2E74B5|1F4D78/);
    for (const id of ["Heading4", "Heading5", "Heading6", "Title"]) expect(style(report, id)).toContain('"000000"');
  });

  it("defines Title, the header block, Kính gửi, Nơi nhận, signature, table and appendix styles", () => {
    const title = style(report, "Title");
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain("<w:b/>");
    expect(title).toContain('<w:sz w:val="28"/>');
    expect(title).toContain('<w:ind w:firstLine="0"/>');
    const expected: Record<string, readonly string[]> = {
      Plain: ['<w:basedOn w:val="Normal"/>', '<w:ind w:firstLine="0"/>', '<w:jc w:val="left"/>', 'w:after="0"'],
      HeaderBlock: ['<w:basedOn w:val="Plain"/>', '<w:jc w:val="center"/>', '<w:sz w:val="26"/>'],
      Recipients: ['<w:basedOn w:val="Plain"/>', "<w:keepNext/>", '<w:sz w:val="28"/>'],
      Copies: ['<w:basedOn w:val="Plain"/>', "<w:keepLines/>", '<w:sz w:val="22"/>'],
      Signature: ['<w:basedOn w:val="Plain"/>', '<w:jc w:val="center"/>', "<w:b/>", '<w:sz w:val="28"/>'],
      TableText: ['<w:basedOn w:val="Plain"/>', '<w:sz w:val="26"/>'],
      AppendixHeading: ['<w:basedOn w:val="Plain"/>', '<w:jc w:val="center"/>', "<w:keepNext/>"],
    };
    for (const [id, parts] of Object.entries(expected)) {
      const xml = style(report, id);
      for (const expectedPart of parts) expect(xml, id).toContain(expectedPart);
    }
  });

  it("has the paragraphs use the styles instead of repeating direct formatting", () => {
    const paragraphs = paragraphsOf(bodyOf(report));
    // Headings by level.
    expect(styleOf(find(report, "I. KẾT QUẢ THỰC HIỆN"))).toBe("Heading1");
    expect(styleOf(find(report, "1. Công tác tuyên truyền, phổ biến pháp luật"))).toBe("Heading2");
    expect(styleOf(find(report, "a) Kết quả thanh tra, kiểm tra"))).toBe("Heading3");
    expect(styleOf(find(letter, "2. Sở Thông tin và Truyền thông"))).toBe("Heading2");
    // The title block, header, recipients, closing.
    expect(styleOf(find(report, "BÁO CÁO"))).toBe("Title");
    expect(styleOf(find(report, "SỞ THÔNG TIN"))).toBe("HeaderBlock");
    expect(styleOf(find(report, "Số: 841/BC-STTTT"))).toBe("HeaderBlock");
    expect(styleOf(find(letter, "Nơi nhận:"))).toBe("Copies");
    expect(styleOf(find(letter, "- Như trên;"))).toBe("Copies");
    expect(styleOf(find(letter, "Nguyễn Duy Hưng"))).toBe("Signature");
    expect(
      paragraphsOf(bodyOf(letter))
        .filter((p) => p.text.startsWith("Kính gửi:"))
        .map(styleOf),
    ).toEqual(["Recipients"]);
    expect(styleOf(find(report, "Lĩnh vực"))).toBe("TableText");
    expect(styleOf(find(report, "Phụ lục I"))).toBe("AppendixHeading");
    // Body paragraphs and headings carry no alignment, indent, spacing, font or size of their own.
    const body = paragraphs.filter((p) => ["Normal", "Heading1", "Heading2", "Heading3"].includes(styleOf(p)));
    expect(body.length).toBeGreaterThanOrEqual(10);
    for (const p of body) {
      expect(p.xml, p.text).not.toMatch(/<w:(jc|ind|spacing) /);
      expect(p.xml, p.text).not.toMatch(/<w:(rFonts|sz) /);
    }
    // Heading runs do not repeat the bold of their style.
    expect(find(report, "I. KẾT QUẢ THỰC HIỆN").xml).not.toContain("<w:b/>");
    // No run anywhere names the font: the document defaults do.
    expect(bodyOf(report)).not.toContain("<w:rFonts");
  });

  it("gives a combined batch of letters the same styles", async () => {
    const combined = docxParts(await renderCombined([sampleLetter(), sampleLetter()]));
    expect(style(combined, "Normal")).toBe(style(letter, "Normal"));
    expect(style(combined, "Heading2")).toBe(style(letter, "Heading2"));
  });
});
