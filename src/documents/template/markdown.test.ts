import { describe, expect, it } from "vitest";
import { ChartSpecError } from "./chart.js";
import { markdownToBlocks } from "./markdown.js";

describe("markdownToBlocks", () => {
  it("maps #, ##, ### to heading levels 1–3 with the text as written", () => {
    expect(markdownToBlocks("# I. TÌNH HÌNH\n\n## 1. Kết quả\n\n### a) Phòng ngừa")).toEqual([
      { type: "heading", level: 1, content: [{ text: "I. TÌNH HÌNH" }] },
      { type: "heading", level: 2, content: [{ text: "1. Kết quả" }] },
      { type: "heading", level: 3, content: [{ text: "a) Phòng ngừa" }] },
    ]);
  });

  it("keeps a deeper heading as a paragraph", () => {
    expect(markdownToBlocks("#### Chi tiết")).toEqual([{ type: "paragraph", content: [{ text: "Chi tiết" }] }]);
  });

  it("separates paragraphs by blank lines; a line break inside one is a space", () => {
    expect(markdownToBlocks("Dòng một\ndòng hai  \ndòng ba\\\ndòng bốn\n\nĐoạn hai.")).toEqual([
      { type: "paragraph", content: [{ text: "Dòng một dòng hai dòng ba dòng bốn" }] },
      { type: "paragraph", content: [{ text: "Đoạn hai." }] },
    ]);
  });

  it("maps **bold**, *italic* and ***both*** to runs", () => {
    expect(markdownToBlocks("Kính gửi **Sở Tư pháp** và *các huyện* ***gấp***.")).toEqual([
      {
        type: "paragraph",
        content: [
          { text: "Kính gửi " },
          { text: "Sở Tư pháp", bold: true },
          { text: " và " },
          { text: "các huyện", italic: true },
          { text: " " },
          { text: "gấp", bold: true, italic: true },
          { text: "." },
        ],
      },
    ]);
  });

  it("makes one bullet per '- ' item, without the dash; nested items are bullets too", () => {
    expect(markdownToBlocks("- Công an tỉnh;\n- Sở **Tư pháp**;\n  - nested\n* star\n+ plus")).toEqual([
      { type: "bullet", content: [{ text: "Công an tỉnh;" }] },
      { type: "bullet", content: [{ text: "Sở " }, { text: "Tư pháp", bold: true }, { text: ";" }] },
      { type: "bullet", content: [{ text: "nested" }] },
      { type: "bullet", content: [{ text: "star" }] },
      { type: "bullet", content: [{ text: "plus" }] },
    ]);
  });

  it("keeps the second paragraph of a loose bullet as body text", () => {
    expect(markdownToBlocks("- Mục một\n\n  Giải thích thêm.\n\n- Mục hai")).toEqual([
      { type: "bullet", content: [{ text: "Mục một" }] },
      { type: "paragraph", content: [{ text: "Giải thích thêm." }] },
      { type: "bullet", content: [{ text: "Mục hai" }] },
    ]);
  });

  it("writes numbered items as paragraphs starting with their number as written", () => {
    expect(markdownToBlocks("1. Một\n2. Hai\n\n3) Ba")).toEqual([
      { type: "paragraph", content: [{ text: "1. Một" }] },
      { type: "paragraph", content: [{ text: "2. Hai" }] },
      { type: "paragraph", content: [{ text: "3) Ba" }] },
    ]);
  });

  it("maps a GFM table with its alignment and inline formatting", () => {
    const md = "| STT | Đơn vị | Số vụ |\n| :-: | :-- | --: |\n| 1 | **Công an** tỉnh | 12 |\n| 2 | Sở *TT&TT* | 3 |";
    expect(markdownToBlocks(md)).toEqual([
      {
        type: "table",
        header: [[{ text: "STT" }], [{ text: "Đơn vị" }], [{ text: "Số vụ" }]],
        rows: [
          [[{ text: "1" }], [{ text: "Công an", bold: true }, { text: " tỉnh" }], [{ text: "12" }]],
          [[{ text: "2" }], [{ text: "Sở " }, { text: "TT&TT", italic: true }], [{ text: "3" }]],
        ],
        align: ["center", "left", "right"],
      },
    ]);
  });

  it("leaves align out when the delimiter row sets none, and fills unset columns with left", () => {
    expect(markdownToBlocks("| a | b |\n| --- | --- |\n| 1 | 2 |")).toEqual([
      { type: "table", header: [[{ text: "a" }], [{ text: "b" }]], rows: [[[{ text: "1" }], [{ text: "2" }]]] },
    ]);
    const partly = markdownToBlocks("| a | b |\n| --- | --: |\n| 1 | 2 |")[0];
    expect(partly).toMatchObject({ align: ["left", "right"] });
  });

  it("reads a ```chart block", () => {
    const md = "```chart\ntitle: Số vụ việc\ncategories: [2022, 2023]\nseries:\n  - name: Vụ\n    values: [8, 9]\n```";
    expect(markdownToBlocks(md)).toEqual([
      { type: "chart", title: "Số vụ việc", categories: ["2022", "2023"], series: [{ name: "Vụ", values: [8, 9] }] },
    ]);
  });

  it("refuses a chart that cannot be drawn", () => {
    expect(() =>
      markdownToBlocks("```chart\ntitle: x\ncategories: [a, b]\nseries: [{ name: s, values: [1] }]\n```"),
    ).toThrow(ChartSpecError);
    expect(() => markdownToBlocks("```chart\ntitle: [\n```")).toThrow(/YAML/);
    expect(() => markdownToBlocks("```chart\ntitle: x\n```")).toThrow(/categories/);
  });

  it("keeps everything else as plain text, never dropped, never HTML", () => {
    const md = [
      "```js\nconst x = 1;\n```",
      "    indented line",
      "> Trích dẫn",
      "<div>html</div>",
      "Xem `mã`, [liên kết](http://x), ![ảnh](y), ~~gạch~~, <b>đậm</b>, http://x.vn",
      "***",
    ].join("\n\n");
    expect(markdownToBlocks(md)).toEqual([
      { type: "paragraph", content: [{ text: "const x = 1;" }] },
      { type: "paragraph", content: [{ text: "indented line" }] },
      { type: "paragraph", content: [{ text: "Trích dẫn" }] },
      { type: "paragraph", content: [{ text: "<div>html</div>" }] },
      {
        type: "paragraph",
        content: [{ text: "Xem `mã`, [liên kết](http://x), ![ảnh](y), ~~gạch~~, <b>đậm</b>, http://x.vn" }],
      },
      { type: "paragraph", content: [{ text: "***" }] },
    ]);
  });

  it("keeps task-list boxes and entities as written", () => {
    expect(markdownToBlocks("- [ ] việc\n- [x] xong\n\na &amp; b")).toEqual([
      { type: "bullet", content: [{ text: "[ ] việc" }] },
      { type: "bullet", content: [{ text: "[x] xong" }] },
      { type: "paragraph", content: [{ text: "a &amp; b" }] },
    ]);
  });

  it("normalises text to NFC and ignores empty headings", () => {
    expect(markdownToBlocks("#\n\nTho\u0302ng tin")).toEqual([{ type: "paragraph", content: [{ text: "Thông tin" }] }]);
  });
});
