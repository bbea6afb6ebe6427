// Questions asked on a terminal (Inquirer). Use cases take a Prompter (src/app/prompter.ts) so tests can
// answer without a terminal. Every word Inquirer shows is in the user's language: the key hints under a
// list ("↑↓ navigate • ⏎ select") go through the theme's keysHelpTip, and a refused answer shows our
// message, never Inquirer's English default.
import type { AnswerCheck, PromptChoice, Prompter } from "../app/prompter.js";
import type { Lang } from "../messages/index.js";
import { messages } from "../messages/index.js";

export type { AnswerCheck, PromptChoice, Prompter };

export async function terminalPrompter(lang: Lang = "vi"): Promise<Prompter> {
  const { input, select } = await import("@inquirer/prompts");
  const keys = messages(lang).guided.promptKeys;
  const theme = {
    style: {
      keysHelpTip: (tips: [key: string, action: string][]) =>
        tips.map(([key, action]) => `${key} ${keys[action] ?? action}`).join(" • "),
    },
  };
  return {
    input: async (message, defaultValue, check) => {
      const answer = (text: string) => text.trim() || defaultValue;
      const typed = await input({
        message,
        default: defaultValue === "" ? undefined : defaultValue,
        ...(check === undefined ? {} : { validate: (text: string) => check(answer(text)) }),
      });
      return answer(typed);
    },
    select: (message, choices, defaultValue) =>
      select({ message, choices: [...choices], default: defaultValue, theme, pageSize: 12 }),
  };
}
