// Questions a use case may ask (init's answers, a document's number and date). The CLI passes one that
// asks on a terminal (src/cli/prompter.ts); tests pass one that answers from a table.
export interface Prompter {
  input(message: string, defaultValue: string): Promise<string>;
  select(message: string, choices: readonly { value: string; name: string }[], defaultValue: string): Promise<string>;
}
