// The guided round driven by a scripted Prompter: every question it asks is checked against the script,
// answers refused by a question's check are asked again, and the round goes from an empty folder through
// init, forms, validate, ingest, status, letters, aggregate and report to the directive.
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../../test/helpers/temp-dir.js";
import type { PromptChoice, Prompter } from "../../app/prompter.js";
import { Output } from "../output.js";
import { runGuided } from "./index.js";

const SAMPLE_INBOX = new URL("../../../samples/hung-yen-2023-h1/inbox/", import.meta.url).pathname;

/** One expected question: a piece of its text, and the answer (a choice's value, or text typed). */
interface Turn {
  asks: string;
  answer: string;
  /** Run before answering (the clerk copying files between steps). */
  before?: () => void;
}

/** Questions of init answered with their defaults, wherever they come. */
const INIT_QUESTIONS = /^(Tên tỉnh|Địa danh|Tên đầy đủ của cơ quan|Chức vụ người ký|Họ và tên người ký)/;

function scriptedPrompter(script: Turn[]) {
  const asked: string[] = [];
  const refusals: string[] = [];
  const choicesSeen: PromptChoice[][] = [];
  const next = (message: string): Turn | null => {
    asked.push(message);
    const turn = script[0];
    if (turn !== undefined && message.includes(turn.asks)) {
      script.shift();
      turn.before?.();
      return turn;
    }
    if (INIT_QUESTIONS.test(message)) return null;
    throw new Error(`Unexpected question "${message}"; expected "${turn?.asks ?? "(none)"}"`);
  };
  const prompter: Prompter = {
    async input(message, defaultValue, check) {
      for (;;) {
        const turn = next(message);
        const answer = turn === null || turn.answer === "" ? defaultValue : turn.answer;
        const verdict = check?.(answer) ?? true;
        if (verdict === true) return answer;
        refusals.push(verdict);
      }
    },
    select(message, choices, defaultValue) {
      choicesSeen.push([...choices]);
      const turn = next(message);
      const answer = turn === null ? defaultValue : turn.answer;
      if (!choices.some((choice) => choice.value === answer))
        throw new Error(`"${answer}" is not a choice of "${message}"`);
      expect(choices.some((choice) => choice.value === defaultValue)).toBe(true);
      return Promise.resolve(answer);
    },
  };
  return { prompter, asked, refusals, choicesSeen, left: script };
}

function capture() {
  const text: string[] = [];
  const stream = { write: (chunk: string) => text.push(chunk) };
  const output = new Output({ lang: "vi", json: false, quiet: false, color: false, debug: false }, stream, stream);
  return { output, text: () => text.join("") };
}

describe("the guided round", () => {
  it("goes from an empty folder to the report and the directive, asking again what it refuses", async () => {
    const cwd = tempDir();
    const ws = join(cwd, "ws");
    const script: Turn[] = [
      { asks: "Bắt đầu thế nào?", answer: "init" },
      { asks: "Tạo thư mục làm việc ở đâu", answer: "ws" },
      { asks: "Chọn cấu hình mẫu", answer: "hung-yen-2023" },
      { asks: "Kỳ báo cáo", answer: "other" },
      { asks: "Nhập kỳ báo cáo", answer: "2023-H9" },
      { asks: "Nhập kỳ báo cáo", answer: "2023-H1" },
      { asks: "6 tháng đầu năm 2023: làm bước nào?", answer: "forms" },
      // The units send their forms back: the sample's submissions, but one unit (VKSND) has not sent yet.
      {
        asks: "làm bước nào?",
        answer: "validate",
        before: () =>
          cpSync(SAMPLE_INBOX, join(ws, "inbox"), { recursive: true, filter: (file) => !file.includes("VKSND") }),
      },
      { asks: "làm bước nào?", answer: "ingest" },
      { asks: "làm bước nào?", answer: "status" },
      { asks: "làm bước nào?", answer: "letters" },
      { asks: "Số của các công văn", answer: "number" },
      { asks: "Số của công văn đầu tiên", answer: "15a" },
      { asks: "Số của công văn đầu tiên", answer: "15" },
      { asks: "làm bước nào?", answer: "aggregate" },
      { asks: "làm bước nào?", answer: "report" },
      { asks: "Xuất thêm bản PDF", answer: "no" },
      { asks: "Số và ngày của văn bản", answer: "number" },
      { asks: "Số văn bản", answer: "" },
      { asks: "Số văn bản", answer: "0" },
      { asks: "Số văn bản", answer: "841" },
      { asks: "Ngày ban hành", answer: "31/02/2023" },
      { asks: "Ngày ban hành", answer: "03/07/2023" },
      // The directive cites the report just made (no question about it) and is a draft.
      { asks: "làm bước nào?", answer: "directive" },
      { asks: "Xuất thêm bản PDF", answer: "no" },
      { asks: "Số và ngày của văn bản", answer: "draft" },
      { asks: "làm bước nào?", answer: "report" },
      { asks: "Ghi đè hay giữ tệp cũ?", answer: "keep" },
      { asks: "làm bước nào?", answer: "quit" },
    ];
    const { prompter, asked, refusals, choicesSeen, left } = scriptedPrompter(script);
    const { output, text } = capture();
    const code = await runGuided({
      cwd,
      lang: "vi",
      output,
      prompter,
      today: { year: 2023, month: 7, day: 3 },
      now: () => new Date("2023-06-16T03:00:00Z"),
      // LibreOffice "found": the PDF is offered (and declined, to keep the test fast).
      libreOfficeFound: () => true,
    });
    const printed = text();
    expect({ code, left }).toEqual({ code: 0, left: [] });

    // Every answer refused was asked again, with the reason in Vietnamese.
    expect(refusals).toEqual([
      expect.stringContaining('"2023-H9" không phải là kỳ báo cáo'),
      "Số văn bản là số nguyên từ 1 đến 999999, ví dụ 841. Nhập lại.",
      "Số văn bản là số nguyên từ 1 đến 999999, ví dụ 841. Nhập lại.",
      "Số văn bản là số nguyên từ 1 đến 999999, ví dụ 841. Nhập lại.",
      "Ngày viết dd/mm/yyyy, ví dụ 03/07/2023. Nhập lại.",
    ]);
    // No internal id in any question or choice.
    const shown = [...asked, ...choicesSeen.flat().map((choice) => `${choice.name} ${choice.description ?? ""}`)];
    for (const line of shown) expect(line).not.toMatch(/\bubnd\b|\bsotttt\b|hiện là/);
    // Each step says where its files go.
    const steps = choicesSeen.find((choices) => choices.some((choice) => choice.value === "forms"))!;
    expect(steps.find((choice) => choice.value === "forms")?.description).toContain(join("ws", "forms", "2023-H1"));
    expect(steps.find((choice) => choice.value === "report")?.description).toContain(
      join("ws", "out", "2023-H1", "bao-cao-2023-H1.docx"),
    );

    expect(readdirSync(join(ws, "forms", "2023-H1"))).toHaveLength(22);
    expect(existsSync(join(ws, "store", "ledger.jsonl"))).toBe(true);
    expect(existsSync(join(ws, "out", "2023-H1", "aggregate.json"))).toBe(true);
    expect(existsSync(join(ws, "out", "2023-H1", "tong-hop.xlsx"))).toBe(true);
    // The PDF was offered (no by default) and declined: none made.
    const pdfChoices = choicesSeen.filter((choices) => choices.some((choice) => choice.value === "yes"));
    expect(pdfChoices).toHaveLength(2);
    expect(existsSync(join(ws, "out", "2023-H1", "bao-cao-2023-H1.pdf"))).toBe(false);
    expect(
      readFileSync(join(ws, "out", "2023-H1", "bao-cao-2023-H1.docx"))
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    expect(existsSync(join(ws, "out", "2023-H1", "cong-van-chi-dao-2023-H1.docx"))).toBe(true);
    expect(readdirSync(join(ws, "out", "2023-H1", "tra-lai")).length).toBeGreaterThan(0);
    // One reminder, numbered 15, to the unit that has not sent its report.
    const manifest = readFileSync(join(ws, "out", "2023-H1", "thu", "don-doc", "manifest.csv"), "utf8");
    expect(manifest).toMatch(/VKSND/);
    expect(manifest).toMatch(/15\//);

    expect(printed).toContain("Đã ghi 22 biểu mẫu vào " + join("ws", "forms", "2023-H1"));
    expect(printed).toMatch(/21 tệp: 18 đạt, 3 có lỗi/);
    expect(printed).toContain("Đã nhận vào kho 18 tệp; không nhận 3 tệp.");
    expect(printed).toContain("18/22 đơn vị đã được nhận; 3 bị trả lại; 1 chưa gửi");
    expect(printed).toContain("Đã ghi " + join("ws", "out", "2023-H1", "bao-cao-2023-H1.docx"));
    expect(printed).toContain("Giữ nguyên tệp cũ.");
    // Reminders go to every unit without an accepted report: the one missing and the three rejected.
    expect(printed).toContain("Đã soạn 4 công văn đôn đốc vào " + join("ws", "out", "2023-H1", "thu", "don-doc"));
    expect(printed).not.toMatch(/Lỗi:|Error|undefined/);
  }, 120_000);

  it("makes the workspace -w names when it is missing, and offers the current and previous half-years", async () => {
    const cwd = tempDir();
    const { prompter, choicesSeen, left } = scriptedPrompter([
      { asks: "Bắt đầu thế nào?", answer: "init" },
      { asks: "Tạo thư mục làm việc ở đâu", answer: "" },
      { asks: "Chọn cấu hình mẫu", answer: "hung-yen-2025" },
      { asks: "Kỳ báo cáo", answer: "2023-H1" },
      { asks: "6 tháng đầu năm 2023: làm bước nào?", answer: "quit" },
    ]);
    const { output } = capture();
    const code = await runGuided({
      cwd,
      workspace: "moi",
      lang: "vi",
      output,
      prompter,
      today: { year: 2023, month: 7, day: 3 },
      libreOfficeFound: () => false,
    });
    expect({ code, left }).toEqual({ code: 0, left: [] });
    expect(existsSync(join(cwd, "moi", "baocao.yaml"))).toBe(true);
    const periods = choicesSeen.find((choices) => choices.some((choice) => choice.value === "other"))!;
    expect(periods.map((choice) => [choice.value, choice.name])).toEqual([
      ["2023-H2", "6 tháng cuối năm 2023 (kỳ hiện tại)"],
      ["2023-H1", "6 tháng đầu năm 2023"],
      ["other", "Kỳ khác…"],
    ]);
  });

  it("without a workspace, offers to make one, and quitting makes nothing", async () => {
    const cwd = tempDir();
    const { prompter } = scriptedPrompter([{ asks: "Bắt đầu thế nào?", answer: "quit" }]);
    const { output, text } = capture();
    expect(await runGuided({ cwd, lang: "vi", output, prompter, libreOfficeFound: () => false })).toBe(0);
    expect(text()).toContain("Chưa có thư mục làm việc");
    expect(readdirSync(cwd)).toEqual([]);
  });
});
