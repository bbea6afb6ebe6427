import { describe, expect, it } from "vitest";
import { docxParts } from "../../../test/helpers/docx-inspect.js";
import { sampleLetter, sampleReport } from "../../../test/helpers/document-samples.js";
import type { AdminDocument } from "../model.js";
import { renderCombined } from "./combine.js";
import { documentProperties, withCoreProperties } from "./properties.js";
import { renderDocument } from "./render.js";

const core = async (doc: AdminDocument) => docxParts(await renderDocument(doc)).get("docProps/core.xml") ?? "";

describe("document properties (docProps/core.xml)", () => {
  it("title = trích yếu, subject = type, author = issuing body, keywords = số và ký hiệu", async () => {
    const base = sampleReport();
    const report = {
      ...base,
      meta: { ...base.meta, issuer: { ...base.meta.issuer, name: "Sở Thông tin và Truyền thông" } },
    };
    const xml = await core(report);
    // On one line: the summary's line break becomes a space.
    expect(xml).toContain(`<dc:title>${report.meta.summary.replace(/\s+/g, " ")}</dc:title>`);
    expect(xml).toContain("<dc:subject>Báo cáo</dc:subject>");
    expect(xml).toContain("<dc:creator>Sở Thông tin và Truyền thông</dc:creator>");
    expect(xml).toContain("<cp:keywords>841/BC-STTTT</cp:keywords>");
    expect(xml).toContain("<cp:lastModifiedBy>baocao</cp:lastModifiedBy>");
    expect(xml.match(/<dc:title>/g)).toHaveLength(1);
    expect(xml.match(/<dc:creator>/g)).toHaveLength(1);
  });

  it("a draft letter: subject Công văn, the header lines as author when no name is given, the ký hiệu alone", async () => {
    const xml = await core(sampleLetter());
    expect(xml).toContain("<dc:subject>Công văn</dc:subject>");
    expect(xml).toContain("<dc:creator>ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN</dc:creator>");
    expect(xml).toContain("<cp:keywords>UBND-KGVX</cp:keywords>");
    expect(xml).toContain("<dc:title>tăng cường công tác phối hợp");
  });

  it("pads a number below 10 and escapes text", () => {
    const base = sampleLetter().meta;
    const properties = documentProperties({
      ...base,
      summary: "A & B <C>",
      number: { value: "5", symbol: "UBND-KGVX" },
    });
    expect(properties.keywords).toBe("05/UBND-KGVX");
    const xml = withCoreProperties(
      '<cp:coreProperties xmlns:cp="x"><dc:title>old</dc:title><dc:creator>baocao</dc:creator></cp:coreProperties>',
      properties,
    );
    expect(xml).toBe(
      '<cp:coreProperties xmlns:cp="x"><dc:title>A &amp; B &lt;C&gt;</dc:title><dc:subject>Công văn</dc:subject>' +
        "<dc:creator>ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN</dc:creator><cp:keywords>05/UBND-KGVX</cp:keywords></cp:coreProperties>",
    );
  });

  it("a combined batch lists every letter's number in its keywords", async () => {
    const letter = sampleLetter();
    const numbered = (value: string): AdminDocument => ({
      ...letter,
      meta: { ...letter.meta, number: { value, symbol: "STTTT-TTBCXB" } },
    });
    const xml = docxParts(await renderCombined([numbered("120"), numbered("121")])).get("docProps/core.xml") ?? "";
    expect(xml).toContain("<cp:keywords>120/STTTT-TTBCXB, 121/STTTT-TTBCXB</cp:keywords>");
  });
});
