// The number and date asked on a terminal: a wrong answer is asked again (never lost to a later
// question), a document of one's own may be a draft, the report a directive cites may not.
import { describe, expect, it } from "vitest";
import type { Prompter } from "../app/prompter.js";
import { askFirstLetterNumber, resolveNumbering } from "./numbering.js";

/** Answers in order; records each question and each refusal of a question's check. */
function queued(answers: string[]) {
  const asked: string[] = [];
  const refused: string[] = [];
  const prompter: Prompter = {
    input(message, defaultValue, check) {
      for (;;) {
        asked.push(message);
        const answer = answers.shift() || defaultValue;
        const verdict = check?.(answer) ?? true;
        if (verdict === true) return Promise.resolve(answer);
        refused.push(verdict);
      }
    },
    select(message, choices) {
      asked.push(`${message}: ${choices.map((choice) => choice.name).join(" | ")}`);
      return Promise.resolve(answers.shift()!);
    },
  };
  return { prompter, asked, refused };
}

const today = { year: 2023, month: 7, day: 3 };

describe("numbering asked on a terminal", () => {
  it("asks the cited report's number again when it is empty, keeping the date asked after it", async () => {
    const { prompter, asked, refused } = queued(["", "abc", "841", "32/07/2023", "03/07/2023"]);
    const numbering = await resolveNumbering({
      draft: false,
      interactive: true,
      lang: "vi",
      prompter,
      today,
      cites: "report",
    });
    expect(numbering).toEqual({ number: "841", date: { year: 2023, month: 7, day: 3 } });
    // No draft choice for a report already issued.
    expect(asked.some((question) => question.includes("Dự thảo"))).toBe(false);
    expect(refused).toHaveLength(3);
  });

  it("offers a draft for a document of one's own", async () => {
    const { prompter, asked } = queued(["draft"]);
    const numbering = await resolveNumbering({ draft: false, interactive: true, lang: "vi", prompter, today });
    expect(numbering).toEqual({ number: null, date: { draft: true, year: 2023, month: 7 } });
    expect(asked).toEqual(["Số và ngày của văn bản: Nhập số và ngày | Dự thảo (để trống số, ngày)"]);
  });

  it("asks only the date when --number is given", async () => {
    const { prompter, asked } = queued([""]);
    const numbering = await resolveNumbering({
      number: "12",
      draft: false,
      interactive: true,
      lang: "en",
      prompter,
      today,
    });
    expect(numbering).toEqual({ number: "12", date: today });
    expect(asked).toEqual(["Date of issue (dd/mm/yyyy)"]);
  });

  it("asks the first number of a batch of letters, or none for a draft batch", async () => {
    const numbered = queued(["number", "0", "15"]);
    expect(await askFirstLetterNumber(numbered.prompter, "vi")).toBe(15);
    expect(numbered.refused).toEqual(["Số văn bản là số nguyên từ 1 đến 999999, ví dụ 841. Nhập lại."]);
    expect(await askFirstLetterNumber(queued(["draft"]).prompter, "vi")).toBeNull();
  });
});
