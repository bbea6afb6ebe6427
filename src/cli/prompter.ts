// Questions asked on a terminal. Use cases take a Prompter (src/app/prompter.ts) so tests can answer
// without a terminal.
import type { Prompter } from "../app/prompter.js";

export type { Prompter };

export async function terminalPrompter(): Promise<Prompter> {
  const { input, select } = await import("@inquirer/prompts");
  return {
    input: async (message, defaultValue) => (await input({ message, default: defaultValue })).trim() || defaultValue,
    select: (message, choices, defaultValue) => select({ message, choices: [...choices], default: defaultValue }),
  };
}
