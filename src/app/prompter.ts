// Questions a use case may ask (init's answers, a document's number and date). The CLI passes one that
// asks on a terminal (src/cli/prompter.ts); tests pass one that answers from a table.

/** One answer of a choice question; `description` says what choosing it does (shown under the list). */
export interface PromptChoice {
  value: string;
  name: string;
  description?: string;
}

/** Checks an answer: true when it is good, else what is wrong (said, and the question asked again). */
export type AnswerCheck = (answer: string) => string | true;

export interface Prompter {
  /** Free text; an empty answer is `defaultValue`. With `check`, an answer it refuses is asked again. */
  input(message: string, defaultValue: string, check?: AnswerCheck): Promise<string>;
  select(message: string, choices: readonly PromptChoice[], defaultValue: string): Promise<string>;
}
