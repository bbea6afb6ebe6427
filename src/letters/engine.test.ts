import { describe, expect, it } from "vitest";
import { docxParts, paragraphsOf } from "../../test/helpers/docx-inspect.js";
import { sampleConfig } from "../../test/helpers/sample.js";
import { compileTemplate } from "../documents/template/index.js";
import type { LedgerEntry } from "../store/index.js";
import type { BatchLetter } from "./engine.js";
import { layoutEngine } from "./engine.js";
import type { BatchContext } from "./letter-data.js";
import { letterNumbering } from "./letter-numbering.js";
import type { BatchNumbering } from "./letter-numbering.js";
import { unitRecipient } from "./recipient.js";
import { parseRecipientCsv, tableRecipients } from "./recipient-table.js";
import { buildDocuments, checkLetters, runSeparate } from "./run-batch.js";

const TEMPLATE = `---
kind: letter
summary: thử nghiệm {{label}}
---
Kính gửi {{recipient.name}}: công văn số {{reference}} ({{index}}/{{total}}), hạn {{shortDate deadline}}.

{{#if findings.length}}
| STT | Ô | Nội dung |
|---|---|---|
{{#each findings}}
| {{index}} | {{cell}} | {{message}} |
{{/each}}
{{/if}}
`;

const rejected: LedgerEntry = {
  v: 1,
  time: "2023-06-16T05:00:00.000Z",
  period: "2023-H1",
  unit: "UBND-ANTHI",
  file: "inbox/2023-H1-UBND-ANTHI.xlsx",
  sha256: "0".repeat(64),
  size: 1,
  status: "rejected",
  declaredPeriod: "2023-H1",
  decision: "rejected",
  reason: "errors",
  errors: 1,
  warnings: 0,
  findings: [
    {
      severity: "error",
      code: "value/not-a-number",
      sheet: "Chỉ tiêu",
      cell: "D15",
      row: 15,
      column: "Kỳ này",
      value: "khoảng 20 tin",
      params: {},
    },
  ],
  omitted: 0,
  archive: null,
  supersedes: null,
};

const context = (count: number): BatchContext => ({
  province: "Hưng Yên",
  place: "Hưng Yên",
  issuer: { name: "Sở Thông tin và Truyền thông tỉnh Hưng Yên", shortName: "Sở Thông tin và Truyền thông" },
  symbol: "STTTT-TTr",
  count,
  period: {
    period: "2023-H1",
    label: "6 tháng đầu năm 2023",
    window: { from: { year: 2022, month: 12, day: 15 }, to: { year: 2023, month: 6, day: 14 } },
    deadline: { year: 2023, month: 6, day: 19 },
    statuses: new Map([["UBND-ANTHI", "rejected"]]),
    latest: new Map([["UBND-ANTHI", rejected]]),
  },
});

const NUMBERED: BatchNumbering = { from: 15, date: { year: 2023, month: 6, day: 20 } };
const letters = (recipients: ReturnType<typeof unitRecipient>[], batch = NUMBERED): BatchLetter[] =>
  recipients.map((recipient, index) => ({ index, recipient, numbering: letterNumbering(batch, index) }));
const units = (...codes: string[]) =>
  codes.map((code) => unitRecipient(sampleConfig.units.find((unit) => unit.code === code)!));
const textOf = (docx: Buffer) =>
  paragraphsOf(docxParts(docx).get("word/document.xml")!)
    .map((p) => p.text)
    .join("\n");

describe("letterNumbering", () => {
  it("numbers letters consecutively from --number-from, or leaves them blank in a draft", () => {
    expect(letterNumbering(NUMBERED, 0)).toEqual({ number: "15", date: NUMBERED.date });
    expect(letterNumbering(NUMBERED, 4).number).toBe("19");
    // Below 10 with a leading zero, as Decree 30 writes it (and the layout prints it).
    expect(letterNumbering({ ...NUMBERED, from: 8 }, 0).number).toBe("08");
    expect(letterNumbering({ ...NUMBERED, from: 8 }, 2).number).toBe("10");
    expect(letterNumbering({ from: null, date: { draft: true, year: 2023, month: 6 } }, 3)).toEqual({
      number: null,
      date: { draft: true, year: 2023, month: 6 },
    });
  });
});

describe("layoutEngine", () => {
  const template = compileTemplate(TEMPLATE, "thu.hbs");

  it("addresses each letter to its unit, numbers it and cites its findings", () => {
    const engine = layoutEngine(template, sampleConfig, context(2));
    const [cat, anthi] = letters(units("CAT", "UBND-ANTHI"));
    const first = engine.document(cat!);
    const second = engine.document(anthi!);
    if (!first.ok || !second.ok) throw new Error("expected documents");
    // Kính gửi: the unit's address (CAT has one), else its name; Nơi nhận: Như trên + Lưu, not the report's copies.
    expect(first.value.meta).toMatchObject({
      kind: "letter",
      summary: "thử nghiệm 6 tháng đầu năm 2023",
      recipients: ["Công an tỉnh"],
      copies: ["Như trên", "Lưu: VT, TTr"],
      number: { value: "15", symbol: "STTTT-TTr" },
      signer: { title: "GIÁM ĐỐC" },
    });
    expect(second.value.meta).toMatchObject({ recipients: ["UBND huyện Ân Thi"], number: { value: "16" } });
    expect(JSON.stringify(second.value.body)).toContain("16/STTTT-TTr ngày 20/6/2023 (2/2), hạn 19/6/2023");
    const table = second.value.body.find((block) => block.type === "table");
    expect(table).toMatchObject({
      type: "table",
      rows: [[[{ text: "1" }], [{ text: "D15" }], [{ text: expect.stringContaining("khoảng 20 tin") }]]],
    });
    // Columns sized by their text: the message column is the widest.
    expect(table?.type === "table" && table.widths?.[2]).toBeGreaterThan(
      table?.type === "table" ? table.widths![0]! : 0,
    );
    expect(first.value.body.some((block) => block.type === "table")).toBe(false);
  });

  it("leaves number and day blank in a draft", () => {
    const engine = layoutEngine(template, sampleConfig, context(1));
    const [letter] = letters(units("CAT"), { from: null, date: { draft: true, year: 2023, month: 6 } });
    const built = engine.document(letter!);
    expect(built.ok && built.value.meta.number).toEqual({ value: null, symbol: "STTTT-TTr" });
    expect(built.ok && JSON.stringify(built.value.body)).toContain("Kính gửi Công an tỉnh Hưng Yên: công văn số");
    expect(built.ok && JSON.stringify(built.value.body)).toMatch(/công văn số \s*\/STTTT-TTr ngày \s*\/6\/2023/);
  });

  it("names every field a recipient lacks, and fails only that letter", async () => {
    const withFields = compileTemplate(
      "---\nkind: letter\nsummary: x\n---\n{{recipient.chuc_vu}} {{recipient.name}} {{recipient.so_dien_thoai}} {{#if recipient.ghi_chu}}{{recipient.ghi_chu}}{{/if}}\n",
      "custom.hbs",
    );
    const table = parseRecipientCsv(
      Buffer.from("ten,chuc_vu,so_dien_thoai\nA,Giám đốc,0221\nB,,\nC,Chủ tịch,0222\n,Chủ tịch,1\n"),
      "ds.csv",
    );
    const batch = letters(tableRecipients(table, sampleConfig));
    const engine = layoutEngine(withFields, sampleConfig, context(batch.length));
    const checked = checkLetters(engine, batch);
    expect(checked.map((outcome) => outcome.ok)).toEqual([true, false, true, false]);
    expect(checked[1]).toMatchObject({
      ok: false,
      problem: { code: "letters/missing-fields", missing: ["recipient.chuc_vu", "recipient.so_dien_thoai"] },
    });
    expect(checked[3]).toMatchObject({ ok: false, problem: { code: "letters/no-name" } });

    const written: number[] = [];
    const outcomes = await runSeparate(engine, batch, {
      concurrency: 2,
      onLetter: (letter) => void written.push(letter.index),
    });
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, true, false]);
    expect(written.sort()).toEqual([0, 2]);
  });

  it("reports a template error (a bad helper argument) as that letter's problem", () => {
    const bad = compileTemplate(
      "---\nkind: letter\nsummary: x\n---\nHọp ngày {{shortDate recipient.ngay}}\n",
      "hop.hbs",
    );
    const batch = letters(
      tableRecipients(parseRecipientCsv(Buffer.from("ten,ngay\nA,2023-07-03\nB,hôm qua\n"), "x.csv"), sampleConfig),
    );
    const outcomes = checkLetters(layoutEngine(bad, sampleConfig, context(2)), batch);
    expect(outcomes[0]?.ok).toBe(true);
    expect(outcomes[1]).toMatchObject({
      ok: false,
      problem: { code: "template/error", params: { helper: "shortDate" } },
    });
  });

  it("makes each letter's .docx, handing them over as they are made, in any concurrency", async () => {
    const engine = layoutEngine(template, sampleConfig, context(3));
    const batch = letters(units("CAT", "UBND-ANTHI", "VNPT"));
    const made = new Map<number, Buffer>();
    const progress: number[] = [];
    const outcomes = await runSeparate(engine, batch, {
      concurrency: 3,
      onLetter: (letter, letterMade) => {
        made.set(letter.index, letterMade.bytes);
        // A layout letter carries its metadata (for the .meta.json sidecar).
        expect(letterMade.meta?.number.symbol).toBe("STTTT-TTr");
      },
      onProgress: (done) => progress.push(done),
    });
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(progress).toEqual([1, 2, 3]);
    for (const [index, name, number] of [
      [0, "Công an tỉnh", "15"],
      [1, "UBND huyện Ân Thi", "16"],
      [2, "VNPT Hưng Yên", "17"],
    ] as const) {
      const text = textOf(made.get(index)!);
      expect(text).toContain(name);
      expect(text).toContain(`Số: ${number}/STTTT-TTr`);
    }
  });

  it("builds document models for --combine, leaving failed letters out", () => {
    const needsEmail = compileTemplate(
      "---\nkind: letter\nsummary: x\n---\nThư điện tử: {{recipient.email}}\n",
      "email.hbs",
    );
    const recipients = tableRecipients(
      parseRecipientCsv(Buffer.from("ten,email\nA,a@x.vn\nB,\nC,c@x.vn\n"), "x.csv"),
      sampleConfig,
    );
    const { outcomes, documents } = buildDocuments(
      layoutEngine(needsEmail, sampleConfig, context(3)),
      letters(recipients),
    );
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, true]);
    expect(documents.map((document) => document.meta.recipients)).toEqual([["A"], ["C"]]);
    expect(documents.map((document) => document.meta.number.value)).toEqual(["15", "17"]);
  });
});
