// Questions asked on a terminal. Commands take a Prompter so tests can answer without a terminal.
export interface Prompter {
  input(message: string, defaultValue: string): Promise<string>;
  select(message: string, choices: readonly { value: string; name: string }[], defaultValue: string): Promise<string>;
}

export async function terminalPrompter(): Promise<Prompter> {
  const { input, select } = await import("@inquirer/prompts");
  return {
    input: async (message, defaultValue) => (await input({ message, default: defaultValue })).trim() || defaultValue,
    select: (message, choices, defaultValue) => select({ message, choices: [...choices], default: defaultValue }),
  };
}
