import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AdminDocument } from "../model.js";
import { docxParts, paragraphsOf } from "../../../test/helpers/docx-inspect.js";
import { sampleLetter, sampleReport } from "../../../test/helpers/document-samples.js";
import { tempDir } from "../../../test/helpers/temp-dir.js";
import { renderCombined, shareHeaders } from "./combine.js";
import { renderDocument } from "./render.js";
import { convertWithLibreOffice } from "../../../test/helpers/libreoffice.js";

/** The sample letter to one recipient, its first paragraph naming it so the letters can be told apart. */
function letterTo(recipient: string, margins?: AdminDocument["meta"]["margins"]): AdminDocument {
  const base = sampleLetter();
  return {
    ...base,
    meta: { ...base.meta, recipients: [recipient], ...(margins === undefined ? {} : { margins }) },
    body: [{ type: "paragraph", content: [{ text: `Gửi ${recipient}: nội dung riêng.` }] }, ...base.body.slice(1)],
  };
}

const recipients = ["Sở Tư pháp", "Công an tỉnh", "Viettel Hưng Yên"];
let letters: AdminDocument[];
let combined: Buffer;
let parts: Map<string, string>;

beforeAll(async () => {
  letters = recipients.map((recipient, index) =>
    letterTo(recipient, index === 1 ? { top: 25, bottom: 25, left: 35, right: 20 } : undefined),
  );
  combined = await renderCombined(letters);
  parts = docxParts(combined);
});

const documentXml = () => parts.get("word/document.xml") ?? "";
const sectionsOf = (xml: string) => [...xml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/gs)].map((match) => match[0]);

describe("renderCombined", () => {
  it("gives each letter a section of its own, from a new page, with its margins", () => {
    const sections = sectionsOf(documentXml());
    expect(sections).toHaveLength(3);
    for (const section of sections) expect(section).toContain('<w:type w:val="nextPage"/>');
    expect(sections[0]).toContain('<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"');
    expect(sections[1]).toContain('<w:pgMar w:top="1417" w:right="1134" w:bottom="1417" w:left="1984"');
  });

  it("restarts the page numbers of every letter at 1 and leaves each letter's first page unnumbered", () => {
    const rels = parts.get("word/_rels/document.xml.rels") ?? "";
    const headerParts = [...parts.keys()].filter((name) => /^word\/header\d+\.xml$/.test(name));
    // Two header parts for the whole package, whatever the number of letters.
    expect(headerParts).toHaveLength(2);
    for (const section of sectionsOf(documentXml())) {
      expect(section).toContain('<w:pgNumType w:start="1"/>');
      expect(section).toContain("<w:titlePg/>");
      const defaultId = /<w:headerReference w:type="default" r:id="([^"]+)"\/>/.exec(section)?.[1];
      const firstId = /<w:headerReference w:type="first" r:id="([^"]+)"\/>/.exec(section)?.[1];
      const target = (id: string | undefined) =>
        new RegExp(`Id="${id}"[^>]*Target="(header\\d+\\.xml)"`).exec(rels)?.[1];
      const numbered = parts.get(`word/${target(defaultId)}`) ?? "";
      const empty = parts.get(`word/${target(firstId)}`) ?? "";
      expect(numbered).toContain("PAGE");
      expect(paragraphsOf(empty).map((p) => p.text)).toEqual([""]);
    }
  });

  it("holds every letter's paragraphs, in order", async () => {
    const texts = paragraphsOf(documentXml()).map((p) => p.text);
    const alone = await Promise.all(
      letters.map(async (letter) =>
        paragraphsOf(docxParts(await renderDocument(letter)).get("word/document.xml") ?? "").map((p) => p.text),
      ),
    );
    // docx closes each section but the last with an empty paragraph holding its w:sectPr.
    expect(texts).toEqual(alone.flatMap((letter, index) => (index < alone.length - 1 ? [...letter, ""] : letter)));
    const firsts = recipients.map((recipient) => texts.indexOf(`Gửi ${recipient}: nội dung riêng.`));
    expect(firsts.every((index) => index >= 0)).toBe(true);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
  });

  it("keeps a document's appendices after it, each numbered apart from 1", async () => {
    const parts = docxParts(
      await renderCombined([letters[0] as AdminDocument, sampleReport(), letters[2] as AdminDocument]),
    );
    const sections = sectionsOf(parts.get("word/document.xml") ?? "");
    expect(sections).toHaveLength(4);
    expect(sections.map((section) => section.includes('<w:pgNumType w:start="1"/>'))).toEqual([true, true, true, true]);
    expect(sections[2]).toContain('w:orient="landscape"');
    for (const section of sections) expect(section).toMatch(/^<w:sectPr><w:headerReference w:type="default"/);
    expect(parts.has("word/charts/chart1.xml")).toBe(true);
  });

  it("refuses an empty list", async () => {
    await expect(renderCombined([])).rejects.toThrow(RangeError);
  });

  it("points sections without headers at the first section's", () => {
    const refs = '<w:headerReference w:type="default" r:id="rId6"/><w:headerReference w:type="first" r:id="rId7"/>';
    const xml = `<w:p><w:pPr><w:sectPr>${refs}<w:titlePg/></w:sectPr></w:pPr></w:p><w:sectPr><w:titlePg/></w:sectPr>`;
    expect(shareHeaders(xml)).toBe(
      `<w:p><w:pPr><w:sectPr>${refs}<w:titlePg/></w:sectPr></w:pPr></w:p><w:sectPr>${refs}<w:titlePg/></w:sectPr>`,
    );
  });
});

describe("renderCombined determinism", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("writes the same bytes on every run, whatever the clock says, stamped with the latest date", async () => {
    expect((await renderCombined(letters)).equals(combined)).toBe(true);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-02-03T04:05:06Z"));
    expect((await renderCombined(letters)).equals(combined)).toBe(true);
    vi.useRealTimers();
    const core =
      docxParts(await renderCombined([letters[0] as AdminDocument, sampleReport()])).get("docProps/core.xml") ?? "";
    expect(core).toContain(">2023-07-03T00:00:00Z</dcterms:modified>");
  });

  it("combines 200 one-letter documents in one pass (time reported, not asserted)", async ({ annotate }) => {
    const many = Array.from({ length: 200 }, (_, index) => letterTo(`Đơn vị số ${index + 1}`));
    const started = performance.now();
    const bytes = await renderCombined(many);
    const combinedMs = performance.now() - started;
    const one = performance.now();
    await renderDocument(many[0] as AdminDocument);
    const singleMs = performance.now() - one;
    expect(sectionsOf(docxParts(bytes).get("word/document.xml") ?? "")).toHaveLength(200);
    await annotate(
      `200 letters combined in ${Math.round(combinedMs)} ms (${(combinedMs / 200).toFixed(1)} ms a letter; one letter alone ${Math.round(singleMs)} ms), ${Math.round(bytes.length / 1024)} KiB`,
    );
  });
});

const hasTool = (command: string, flag: string) => spawnSync(command, [flag], { stdio: "ignore" }).status === 0;
const tools = hasTool("soffice", "--version") && hasTool("pdftotext", "-v") && hasTool("pdfinfo", "-v");

function toPdf(dir: string, files: readonly string[]): void {
  convertWithLibreOffice(files, "pdf", dir);
}

const pages = (pdf: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
const firstLine = (pdf: string, page: number) =>
  execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim())
    .find((line) => line !== "") ?? "";

describe.skipIf(!tools)("renderCombined in LibreOffice", () => {
  it("has as many pages as the letters alone, each letter numbered from its own page 2", async () => {
    const dir = tempDir();
    const files = letters.map((_, index) => join(dir, `letter-${index + 1}.docx`));
    await Promise.all(
      letters.map(async (letter, index) => writeFileSync(files[index] as string, await renderDocument(letter))),
    );
    const all = join(dir, "combined.docx");
    writeFileSync(all, combined);
    toPdf(dir, [...files, all]);

    const counts = files.map((file) => pages(file.replace(/\.docx$/, ".pdf")));
    const pdf = join(dir, "combined.pdf");
    expect(pages(pdf)).toBe(counts.reduce((sum, count) => sum + count, 0));
    let page = 1;
    for (const count of counts) {
      expect(firstLine(pdf, page)).toMatch(/ỦY BAN NHÂN DÂN/);
      for (let within = 2; within <= count; within += 1) expect(firstLine(pdf, page + within - 1)).toBe(String(within));
      page += count;
    }
  });
});
