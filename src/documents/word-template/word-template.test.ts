import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document, Footer, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { docxParts, paragraphsOf } from "../../../test/helpers/docx-inspect.js";
import { tempDir } from "../../../test/helpers/temp-dir.js";
import { readZipEntries as readZip } from "../../../test/helpers/zip.js";
import { writeZip } from "../../zip/index.js";
import { MissingFieldsError, prepareWordTemplate, WordTemplateError } from "./index.js";
import type { WordData, WordTemplate } from "./index.js";
import { convertWithLibreOffice } from "../../../test/helpers/libreoffice.js";

const cell = (...runs: TextRun[]) => new TableCell({ children: [new Paragraph({ children: runs })] });

/** A template as a clerk would make it in Word, with the placeholder Word split over two runs. */
async function templateBytes(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun("Số: {{so}}/UBND")] })] }) },
        footers: {
          default: new Footer({ children: [new Paragraph({ children: [new TextRun("Gửi {{ten_don_vi}}")] })] }),
        },
        children: [
          new Paragraph({ children: [new TextRun("Kính gửi: {{ten_"), new TextRun({ text: "don_vi}}", bold: true })] }),
          new Paragraph({ children: [new TextRun({ text: "Số tiền: {{so_tien}} đồng", italics: true })] }),
          new Paragraph({ children: [new TextRun("Ghi chú: {{ ghi_chu }}")] }),
          new Table({
            rows: [
              new TableRow({ children: [cell(new TextRun("STT")), cell(new TextRun("Nội dung"))] }),
              new TableRow({ children: [cell(new TextRun("{{dong.stt}}")), cell(new TextRun("{{dong.noi_dung}}"))] }),
            ],
          }),
          new Paragraph({ children: [new TextRun("Người nhận: {{recipient.name}}")] }),
          new Paragraph({ children: [new TextRun("Lặp: {{so}}, {{so}}.")] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The package with `edit` applied to word/document.xml. */
function editDocument(bytes: Buffer, edit: (xml: string) => string): Buffer {
  return writeZip(
    readZip(bytes).map((entry) =>
      entry.name === "word/document.xml"
        ? { name: entry.name, data: Buffer.from(edit(entry.data.toString("utf8")), "utf8") }
        : entry,
    ),
  );
}

const data: WordData = {
  ten_don_vi: "Sở Tư pháp",
  so_tien: 1250000,
  ghi_chu: "không",
  so: 15,
  "recipient.name": "Nguyễn Văn A",
  dong: [
    { stt: 1, noi_dung: "Rà soát thuê bao" },
    { stt: 2, noi_dung: "Gỡ bỏ tin xấu, độc" },
    { stt: 3, noi_dung: "Báo cáo kết quả" },
  ],
};

let source: Buffer;
let template: WordTemplate;
let filled: Buffer;
let parts: Map<string, string>;

beforeAll(async () => {
  source = await templateBytes();
  template = await prepareWordTemplate(source, "templates/thu-moi.docx");
  filled = await template.fill(data);
  parts = docxParts(filled);
});

const part = (parts: Map<string, string>, prefix: string) =>
  [...parts]
    .filter(([name]) => name.startsWith(prefix))
    .map(([, xml]) => xml)
    .join("");
const texts = (parts: Map<string, string>, prefix = "word/document.xml") =>
  paragraphsOf(part(parts, prefix)).map((p) => p.text);

describe("prepareWordTemplate", () => {
  it("lists the placeholders of the body, the headers and the footers once each, in document order", () => {
    expect(template.file).toBe("templates/thu-moi.docx");
    expect(template.placeholders).toEqual([
      "ten_don_vi",
      "so_tien",
      "ghi_chu",
      "dong.stt",
      "dong.noi_dung",
      "recipient.name",
      "so",
    ]);
  });

  it("refuses a file that is not a Word document", async () => {
    await expect(prepareWordTemplate(Buffer.from("not a zip"), "x.docx")).rejects.toMatchObject({ reason: "not-zip" });
    await expect(prepareWordTemplate(writeZip([{ name: "a.txt", data: Buffer.from("a") }]), "x.docx")).rejects.toThrow(
      /no word\/document.xml/,
    );
  });

  it("refuses a template whose XML is not well-formed, naming the part, the line and the fault (not docx's error)", async () => {
    const good = await templateBytes();
    const cases: [(xml: string) => string, Record<string, unknown>][] = [
      [(xml) => xml.replace("Kính gửi", "Kính &#1114112; gửi"), { fault: "entity", token: "&#1114112;" }],
      [(xml) => xml.replace("</w:body>", ""), { fault: "mismatch", name: "w:document", open: "w:body" }],
      [(xml) => xml.replace("</w:document>", ""), { fault: "unclosed", name: "w:document" }],
      [(xml) => xml.replace("Kính gửi", "Kính & gửi"), { fault: "entity", token: "&" }],
      [(xml) => xml.replace("Kính gửi", "Kính \u0001 gửi"), { fault: "character", token: "U+0001" }],
    ];
    for (const [edit, params] of cases) {
      const refused = await prepareWordTemplate(editDocument(good, edit), "mau.docx").catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(WordTemplateError);
      expect(refused).toMatchObject({
        file: "mau.docx",
        reason: "malformed-xml",
        params: { part: "word/document.xml", ...params },
      });
    }
  });

  it("refuses, before unzipping it, a template that expands past the limits of a received workbook (a zip bomb)", async () => {
    const bomb = writeZip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "word/document.xml", data: Buffer.alloc(20 * 1024 * 1024, 0x20) },
    ]);
    const refused = await prepareWordTemplate(bomb, "bomb.docx").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(WordTemplateError);
    expect(refused).toMatchObject({ file: "bomb.docx", reason: "too-large" });
  });

  it("refuses a placeholder docx cannot reach, rather than printing it in every letter", async () => {
    const hidden = editDocument(await templateBytes(), (xml) =>
      xml.replace(
        "</w:body>",
        '<w:p><w:moveFrom w:id="90" w:author="a"><w:r><w:t>{{an}}</w:t></w:r></w:moveFrom></w:p></w:body>',
      ),
    );
    await expect(prepareWordTemplate(hidden, "x.docx")).rejects.toThrow(/cannot read the placeholder\(s\) \{\{an\}\}/);
    // With a reason and its parameters, so the letters command words it in the user's language.
    await expect(prepareWordTemplate(hidden, "x.docx")).rejects.toMatchObject({
      reason: "placeholders",
      params: { placeholders: "{{an}}" },
    });
    const reserved = editDocument(await templateBytes(), (xml) => xml.replace("Kính gửi", "Kính \uE000 gửi"));
    await expect(prepareWordTemplate(reserved, "x.docx")).rejects.toMatchObject({
      reason: "reserved-characters",
      params: { part: "word/document.xml" },
    });
  });
});

describe("fill", () => {
  it("replaces each placeholder with its value's text, in the body, the header and the footer", () => {
    const body = texts(parts);
    expect(body).toContain("Kính gửi: Sở Tư pháp");
    expect(body).toContain("Số tiền: 1250000 đồng");
    expect(body).toContain("Ghi chú: không");
    expect(body).toContain("Người nhận: Nguyễn Văn A");
    expect(body).toContain("Lặp: 15, 15.");
    expect(texts(parts, "word/header")).toEqual(["Số: 15/UBND"]);
    expect(texts(parts, "word/footer")).toEqual(["Gửi Sở Tư pháp"]);
    for (const xml of parts.values()) expect(xml).not.toMatch(/\{\{|\uE000|\uE001/);
  });

  it("gives the value the formatting of the run its placeholder starts in", () => {
    const paragraphs = paragraphsOf(part(parts, "word/document.xml"));
    const amount = paragraphs.find((p) => p.text.startsWith("Số tiền"))?.runs.find((run) => run.text === "1250000");
    expect(amount?.italic).toBe(true);
    // "{{ten_" is upright and "don_vi}}" bold: the value takes the first run's formatting.
    const name = paragraphs.find((p) => p.text.startsWith("Kính gửi"))?.runs.find((run) => run.text === "Sở Tư pháp");
    expect(name?.bold).toBe(false);
  });

  it("repeats the table row once per item of the list, keeping the header row", () => {
    const table = /<w:tbl>.*<\/w:tbl>/s.exec(part(parts, "word/document.xml"))?.[0] ?? "";
    const rows = [...table.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((row) => paragraphsOf(row[0]).map((p) => p.text));
    expect(rows).toEqual([
      ["STT", "Nội dung"],
      ["1", "Rà soát thuê bao"],
      ["2", "Gỡ bỏ tin xấu, độc"],
      ["3", "Báo cáo kết quả"],
    ]);
  });

  it("removes the row for an empty list", async () => {
    const rows = texts(docxParts(await template.fill({ ...data, dong: [] })));
    expect(rows).toContain("STT");
    expect(rows).not.toContain("1");
    expect(rows.some((text) => text.includes("{{"))).toBe(false);
  });

  it("writes hostile values literally: markup, entities, other placeholders, control characters", async () => {
    const hostile = '<w:p>& "x" </w:t> {{so_tien}} \uE000so\uE001';
    const parts = docxParts(
      await template.fill({ ...data, ten_don_vi: hostile, dong: [{ stt: "<b>1</b>", noi_dung: "a\u0001b\nc" }] }),
    );
    const body = texts(parts);
    expect(body).toContain(`Kính gửi: <w:p>& "x" </w:t> {{so_tien}} \uFFFDso\uFFFD`);
    expect(body).toContain("<b>1</b>");
    // A line break in a value is a line break in the cell, never a new paragraph.
    expect(body).toContain("a\uFFFDb\nc");
    expect(texts(parts, "word/footer")).toEqual([`Gửi ${hostile.replace(/[\uE000\uE001]/g, "\uFFFD")}`]);
  });

  it("names every missing field at once, with the file", async () => {
    const { so_tien: _amount, ...rest } = data;
    const incomplete: WordData = { ...rest, dong: [{ stt: 1, noi_dung: "a" }, { stt: 2 }] };
    expect(template.missingFields(incomplete)).toEqual(["so_tien", "dong.noi_dung"]);
    const error = await template.fill(incomplete).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingFieldsError);
    expect(error).toMatchObject({ file: "templates/thu-moi.docx", fields: ["so_tien", "dong.noi_dung"] });
    expect(template.missingFields({})).toEqual(template.placeholders);
    expect(template.missingFields(data)).toEqual([]);
  });

  it("refuses a list where text goes and text where a list item's field goes", async () => {
    await expect(template.fill({ ...data, so_tien: [] })).rejects.toThrow(TypeError);
    await expect(template.fill({ ...data, so_tien: Number.NaN })).rejects.toThrow(TypeError);
    // A value that is not a list for {{dong.…}}: the row fields are then looked up by their whole name.
    expect(template.missingFields({ ...data, dong: "x" })).toEqual(["dong.stt", "dong.noi_dung"]);
  });

  it("copies the template's other parts (styles, theme, settings…) byte for byte", () => {
    const before = new Map(readZip(source).map((entry) => [entry.name, entry.data]));
    const after = new Map(readZip(filled).map((entry) => [entry.name, entry.data]));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const name of [
      "word/styles.xml",
      "word/theme/theme1.xml",
      "word/settings.xml",
      "word/numbering.xml",
      "docProps/core.xml",
    ]) {
      expect(after.get(name)?.equals(before.get(name) ?? Buffer.alloc(0)), name).toBe(true);
    }
    expect(readZip(filled)[0]?.name).toBe("[Content_Types].xml");
  });

  it("makes a document of a .dotx template", async () => {
    const dotx = writeZip(
      readZip(await templateBytes()).map((entry) =>
        entry.name === "[Content_Types].xml"
          ? {
              name: entry.name,
              data: Buffer.from(entry.data.toString("utf8").replace("document.main+xml", "template.main+xml"), "utf8"),
            }
          : entry,
      ),
    );
    const types =
      docxParts(await (await prepareWordTemplate(dotx, "x.dotx")).fill(data)).get("[Content_Types].xml") ?? "";
    expect(types).toContain("wordprocessingml.document.main+xml");
    expect(types).not.toContain("template.main+xml");
  });

  it("fills a placeholder Word split with spelling marks and a bookmark between its runs", async () => {
    const split = editDocument(await templateBytes(), (xml) =>
      xml.replace(
        "{{ten_</w:t></w:r>",
        '{{ten_</w:t></w:r><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="7" w:name="b"/>',
      ),
    );
    const parts = docxParts(await (await prepareWordTemplate(split, "x.docx")).fill(data));
    expect(texts(parts)).toContain("Kính gửi: Sở Tư pháp");
    expect(part(parts, "word/document.xml")).toContain('<w:bookmarkStart w:id="7" w:name="b"/>');
  });
});

describe("a compiled template (a letter as a string join, compiled.ts)", () => {
  /** The test template without its table-row list: every placeholder takes text, so it compiles. */
  async function scalarTemplate(): Promise<Buffer> {
    return editDocument(await templateBytes(), (xml) => {
      const table = /<w:tbl>.*<\/w:tbl>/s.exec(xml)?.[0] ?? "";
      expect(table).toContain("{{dong.stt}}");
      // A table row with placeholders that are not a list's stays a table of text; two in one run, too.
      return xml.replace(
        table,
        table.replace("{{dong.stt}}", "{{so}}{{ghi_chu}}").replace("{{dong.noi_dung}}", "x {{ten_don_vi}} y"),
      );
    });
  }

  const values: (string | number)[] = [
    "Sở Tư pháp",
    "",
    " ",
    "  hai  đầu  ",
    "<w:p>& \"x\" 'y' </w:t> {{so_tien}} \uE000so\uE001 \uE002 0 \uE003",
    "&amp;&lt;&#65; ]]>",
    "a\u0001b\nc",
    "dòng 1\ndòng 2\n\ndòng 4\n",
    "\n",
    "tab\tở giữa\r\nCR LF\rCR",
    "\uFFFF\uD800 e\u0301 \u00A0\u3000",
    0,
    -1.5,
    1e21,
    1250000,
  ];

  it("writes the bytes patchDocument writes, for every kind of value", async () => {
    const bytes = await scalarTemplate();
    const compiled = await prepareWordTemplate(bytes, "mau.docx");
    const patched = await prepareWordTemplate(bytes, "mau.docx", { compile: false });
    expect(compiled.compiled).toBe(true);
    expect(patched.compiled).toBe(false);
    expect(compiled.placeholders).toEqual(patched.placeholders);
    for (const [index, value] of values.entries()) {
      // Each value in every slot, next to others (a different value in each placeholder).
      const data = Object.fromEntries(
        compiled.placeholders.map((name, slot) => [name, values[(index + slot) % values.length] as string | number]),
      );
      const options = { date: { year: 2023, month: 7, day: 3 } };
      const expected = await patched.fill(data, options);
      expect((await compiled.fill(data, options)).equals(expected), JSON.stringify(value)).toBe(true);
    }
  });

  it("reports missing fields and wrong values as patchDocument's path does", async () => {
    const compiled = await prepareWordTemplate(await scalarTemplate(), "mau.docx");
    const { so_tien: _amount, ...rest } = data;
    expect(compiled.missingFields(rest)).toEqual(["so_tien"]);
    await expect(compiled.fill(rest)).rejects.toMatchObject({ name: "MissingFieldsError", fields: ["so_tien"] });
    await expect(compiled.fill({ ...data, so_tien: [] })).rejects.toThrow("takes text, but its value is a list");
    await expect(compiled.fill({ ...data, so_tien: Number.NaN })).rejects.toThrow(TypeError);
    expect(() => compiled.missingFields({ ...data, so_tien: Number.NaN })).toThrow(TypeError);
  });

  it("fills table-row lists of any length as patchDocument does, compiled once per list length", async () => {
    const compiled = await prepareWordTemplate(source, "mau.docx");
    const patched = await prepareWordTemplate(source, "mau.docx", { compile: false });
    expect(compiled.compiled).toBe(true);
    const lists: WordData["dong"][] = [
      [],
      [{ stt: 1, noi_dung: "a" }],
      [
        { stt: "<1>", noi_dung: "hai\ndòng" },
        { stt: "", noi_dung: 2 },
      ],
      [
        { stt: 1, noi_dung: "x" },
        { stt: 2, noi_dung: " " },
        { stt: 3, noi_dung: "&amp;" },
      ],
      [{ stt: 1, noi_dung: "lại một" }],
    ];
    for (const [index, dong] of lists.entries()) {
      const filled = { ...data, ten_don_vi: values[index % values.length] as string, dong };
      expect((await compiled.fill(filled)).equals(await patched.fill(filled)), JSON.stringify(dong)).toBe(true);
    }
    // Not a list: the row's names are fields of their own, another shape.
    const flat = { ...data, dong: "x", "dong.stt": "a\nb", "dong.noi_dung": 7 };
    expect((await compiled.fill(flat)).equals(await patched.fill(flat))).toBe(true);
    // Every one of those letters was a string join, none a patchDocument run.
    expect(compiled.compiled).toBe(true);
    expect(patched.compiled).toBe(false);
  });

  it("is not used for a template holding the probe's private-use characters", async () => {
    const marked = await prepareWordTemplate(
      editDocument(await scalarTemplate(), (xml) => xml.replace("Kính gửi", "Kính \uE002 gửi")),
      "x.docx",
    );
    expect(marked.compiled).toBe(false);
    expect(texts(docxParts(await marked.fill(data)))).toContain("Kính \uE002 gửi: Sở Tư pháp");
  });
});

describe("fill determinism and speed", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("writes the same bytes for the same data, whatever the clock says, stamped with the given date", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-02-03T04:05:06Z"));
    const later = await template.fill(data);
    vi.setSystemTime(new Date("2019-12-31T23:59:59Z"));
    expect((await template.fill(data)).equals(later)).toBe(true);
    expect(later.equals(filled)).toBe(true);
    const dated = await template.fill(data, { date: { year: 2023, month: 7, day: 3 } });
    const position = dated.readUInt32LE(dated.length - 22 + 16);
    expect(dated.readUInt16LE(position + 14)).toBe(((2023 - 1980) << 9) | (7 << 5) | 3);
  });

  it("fills 100 letters from one prepared template (time reported, not asserted)", async ({ annotate }) => {
    const started = performance.now();
    for (let index = 0; index < 100; index += 1) await template.fill({ ...data, ten_don_vi: `Đơn vị ${index}` });
    const perLetter = (performance.now() - started) / 100;
    const prepareStarted = performance.now();
    await prepareWordTemplate(await templateBytes(), "x.docx");
    await annotate(
      `fill: ${perLetter.toFixed(1)} ms a letter; prepare: ${Math.round(performance.now() - prepareStarted)} ms`,
    );
  });
});

const hasTool = (command: string, flag: string) => spawnSync(command, [flag], { stdio: "ignore" }).status === 0;
const tools = hasTool("soffice", "--version") && hasTool("pdftotext", "-v");

describe.skipIf(!tools)("a filled template in LibreOffice", () => {
  it("converts to PDF with the values and the repeated rows", () => {
    const dir = tempDir();
    const docx = join(dir, "thu.docx");
    writeFileSync(docx, filled);
    convertWithLibreOffice([docx], "pdf", dir);
    const text = execFileSync("pdftotext", ["-layout", join(dir, "thu.pdf"), "-"], { encoding: "utf8" });
    for (const expected of [
      "Số: 15/UBND",
      "Kính gửi: Sở Tư pháp",
      "Số tiền: 1250000 đồng",
      "Gỡ bỏ tin xấu, độc",
      "Báo cáo kết quả",
      "Gửi Sở Tư pháp",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("{{");
  });
});
