// In process: the letters use case on the sample workspace (no worker threads, the common atomic writer),
// with a scripted LetterWorkers port to see what it is asked to do.
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { beforeAll, describe, expect, it } from "vitest";
import { docxParts, paragraphsOf } from "../../test/helpers/docx-inspect.js";
import { H1_2023, TODAY, sampleWorkspace } from "../../test/helpers/sample-workspace.js";
import { suiteTempDir, tempDir } from "../../test/helpers/temp-dir.js";
import type { Workspace } from "../workspace/read.js";
import { ingest } from "./ingest.js";
import type { LetterWorkers, LettersResult } from "./letters.js";
import { letters } from "./letters.js";

const base = {
  missing: false,
  rejected: false,
  where: [],
  draft: false,
  dryRun: false,
  combine: false,
  force: false,
  lang: "vi" as const,
  today: { year: 2023, month: 6, day: 20 },
};

describe("letters (use case)", () => {
  it("one numbered letter per unit of a kind, written through the port, with a manifest", async () => {
    const workspace = sampleWorkspace(tempDir());
    const written: string[] = [];
    const workers: LetterWorkers = {
      createPool: (count) => {
        expect(count).toBe(4);
        return null;
      },
      writeLetter: async (path, bytes) => {
        written.push(path);
        const { writeFileAtomic } = await import("../io/write-atomic.js");
        writeFileAtomic(path, bytes);
      },
    };
    const result = await letters(
      workspace,
      H1_2023,
      { ...base, cwd: workspace.dir, template: "de-nghi-bao-cao", kind: "enterprise", numberFrom: 120 },
      workers,
    );
    expect(result).toMatchObject({
      template: "de-nghi-bao-cao",
      period: "2023-H1",
      dir: "out/2023-H1/thu/de-nghi-bao-cao",
      total: 4,
      ok: 4,
      failed: 0,
    });
    expect(result.letters.map((row) => row.number)).toEqual([
      "120/STTTT-TTr",
      "121/STTTT-TTr",
      "122/STTTT-TTr",
      "123/STTTT-TTr",
    ]);
    // Each letter and its .meta.json sidecar.
    expect(written).toHaveLength(8);
    const dir = join(workspace.dir, result.dir);
    const docx = readdirSync(dir).filter((name) => name.endsWith(".docx"));
    expect(docx).toHaveLength(4);
    const record = JSON.parse(readFileSync(join(dir, docx[0]!.replace(/\.docx$/, ".meta.json")), "utf8"));
    expect(record).toMatchObject({
      format: "baocao/document-record@1",
      docx: docx[0],
      pdf: null,
      number: "120",
      notation: "STTTT-TTr",
      issuedDate: "2023-06-20",
      typeName: "Công văn",
      pages: null,
    });
    expect(JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"))).toMatchObject({ total: 4, ok: 4 });
  });

  it("a dry run writes nothing; --missing picks the units without an accepted report", async () => {
    const workspace = sampleWorkspace(tempDir());
    const result = await letters(workspace, H1_2023, {
      ...base,
      cwd: workspace.dir,
      template: "don-doc",
      missing: true,
      draft: true,
      dryRun: true,
    });
    // Nothing has been ingested: every unit is missing.
    expect(result.total).toBe(workspace.config.units.length);
    expect(result.letters.every((row) => row.status === "ok" && row.number === null)).toBe(true);
    expect(existsSync(join(workspace.dir, result.dir))).toBe(false);
  });

  it("asks for a pool of cheap letters for built-in letters and a compiled Word template, not for one docx cannot compile", async () => {
    const workspace = sampleWorkspace(tempDir());
    const asked: (boolean | undefined)[] = [];
    const workers: LetterWorkers = {
      createPool: (_count, _word, cheap) => {
        asked.push(cheap);
        return null;
      },
      writeLetter: async (path, bytes) => (await import("../io/write-atomic.js")).writeFileAtomic(path, bytes),
    };
    const run = (template: string, out: string) =>
      letters(
        workspace,
        H1_2023,
        { ...base, cwd: workspace.dir, template, kind: "enterprise", draft: true, out },
        workers,
      );
    await run("de-nghi-bao-cao", "a");
    const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });
    writeFileSync(
      join(workspace.dir, "thu.docx"),
      await Packer.toBuffer(new Document({ sections: [{ children: [paragraph("Kính gửi: {{recipient.name}}")] }] })),
    );
    await run("thu.docx", "b");
    // A template holding the compiler's private-use markers is filled by patchDocument, a few ms a letter.
    writeFileSync(
      join(workspace.dir, "thu-2.docx"),
      await Packer.toBuffer(
        new Document({ sections: [{ children: [paragraph("\uE002 Kính gửi: {{recipient.name}}")] }] }),
      ),
    );
    await run("thu-2.docx", "c");
    expect(asked).toEqual([true, true, false]);
  });
});

const textOf = (docx: Buffer) =>
  paragraphsOf(docxParts(docx).get("word/document.xml")!)
    .map((p) => p.text)
    .join("\n");

describe("reminder and feedback letters (đôn đốc, kết quả kiểm tra)", () => {
  let workspace: Workspace;
  let catRequest = "";
  const july10 = { year: 2023, month: 7, day: 10 };
  const suite = suiteTempDir();

  beforeAll(async () => {
    workspace = sampleWorkspace(suite());
    // Công an tỉnh has not sent its report; two units' forms were rejected, one sent last year's form.
    renameSync(join(workspace.dir, "inbox", "2023-H1-CAT.xlsx"), join(workspace.dir, "2023-H1-CAT.xlsx"));
    await ingest(workspace, H1_2023, {
      cwd: workspace.dir,
      inputs: ["inbox"],
      strict: false,
      now: new Date("2023-06-16T05:00:00Z"),
      today: TODAY,
    });
    // The request letters, numbered from 120, dated 05/6/2023.
    const request = await letters(workspace, H1_2023, {
      ...base,
      cwd: workspace.dir,
      template: "de-nghi-bao-cao",
      numberFrom: 120,
      date: { year: 2023, month: 6, day: 5 },
      concurrency: 2,
    });
    expect(request.failed).toBe(0);
    catRequest = request.letters.find((letter) => letter.code === "CAT")!.number!;
  }, 60_000);

  const fileOf = (result: LettersResult, code: string) => {
    const row = result.letters.find((letter) => letter.code === code)!;
    return { row, path: (name: string) => join(workspace.dir, result.dir, name) };
  };

  it("cites the request letter, lists the rejected form's errors, attaches the annotated form, gives a new deadline", async () => {
    const result = await letters(workspace, H1_2023, {
      ...base,
      cwd: workspace.dir,
      template: "don-doc",
      missing: true,
      numberFrom: 150,
      date: july10,
      concurrency: 2,
    });
    expect(result.letters.map((letter) => letter.code)).toEqual(["CAT", "SGDDT", "UBND-ANTHI", "UBND-TIENLU"]);
    expect(result.date).toBe("2023-07-10");

    const cat = fileOf(result, "CAT");
    const catText = textOf(readFileSync(cat.path(cat.row.file!)));
    // CAT's request letter, from the de-nghi-bao-cao batch's manifest.
    expect(catRequest).toMatch(/^12\d\/STTTT-TTr$/);
    expect(catText).toContain(`Ngày 05/6/2023, Sở Thông tin và Truyền thông đã có Công văn số ${catRequest} đề nghị`);
    expect(catText).toContain("chưa nhận được báo cáo của Công an tỉnh");
    // Five working days after Monday 10/7/2023.
    expect(catText).toContain("chậm nhất ngày 17/7/2023");
    expect(cat.row.attachment).toBeNull();

    const anThi = fileOf(result, "UBND-ANTHI");
    const anThiText = textOf(readFileSync(anThi.path(anThi.row.file!)));
    expect(anThiText).toContain("Trang “Chỉ tiêu”, ô D15:");
    expect(anThiText).toContain("Cách sửa:");
    expect(anThiText).not.toContain("đã được thông báo");
    expect(anThi.row.attachment).toBe(anThi.row.file!.replace(/\.docx$/, ".kiem-tra.xlsx"));
    expect(anThiText).toContain(`(tệp ${anThi.row.attachment})`);
    expect(anThiText).toContain("chậm nhất ngày 17/7/2023");
    // The annotated workbook is there, an .xlsx (a zip) with the findings marked.
    const annotated = readFileSync(anThi.path(anThi.row.attachment!));
    expect(annotated.subarray(0, 2).toString()).toBe("PK");
    // And the sidecar.
    const record = JSON.parse(readFileSync(anThi.path(anThi.row.file!.replace(/\.docx$/, ".meta.json")), "utf8"));
    expect(record).toMatchObject({ number: "152", issuedDate: "2023-07-10", recipients: ["UBND huyện Ân Thi"] });
  }, 60_000);

  it("--ref and --deadline replace the cited letter and the default deadline; a deadline before the letter is refused", async () => {
    const result = await letters(workspace, H1_2023, {
      ...base,
      cwd: workspace.dir,
      template: "ket-qua-kiem-tra",
      rejected: true,
      numberFrom: 160,
      date: july10,
      deadline: { year: 2023, month: 7, day: 21 },
      ref: { number: "98/STTTT-TTr", date: { year: 2023, month: 6, day: 2 } },
      concurrency: 2,
    });
    const tienLu = fileOf(result, "UBND-TIENLU");
    const text = textOf(readFileSync(tienLu.path(tienLu.row.file!)));
    expect(text).toContain("chậm nhất ngày 21/7/2023");
    expect(text).toContain(`(tệp ${tienLu.row.attachment})`);
    expect(existsSync(tienLu.path(tienLu.row.attachment!))).toBe(true);

    await expect(
      letters(workspace, H1_2023, {
        ...base,
        cwd: workspace.dir,
        template: "don-doc",
        missing: true,
        dryRun: true,
        date: july10,
        deadline: { year: 2023, month: 7, day: 10 },
      }),
    ).rejects.toMatchObject({ code: "letters/deadline-not-after" });
  }, 60_000);
});
