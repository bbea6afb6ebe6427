// The errors of a Word template. Neither is a UserError: the caller (the letters command) knows the
// recipient and the message to show, and turns them into its own.

/** Placeholders the data has no value for. `fields` lists every one, in the template's order. */
export class MissingFieldsError extends Error {
  constructor(
    readonly file: string,
    readonly fields: string[],
  ) {
    super(`${file}: no value for ${fields.map((field) => `{{${field}}}`).join(", ")}`);
    this.name = "MissingFieldsError";
  }
}

/**
 * The file cannot be used as a template: not a .docx, too large to open (`reason` "too-large": it
 * expands past the limits of zip/limits.ts), or a placeholder it holds cannot be filled.
 */
export class WordTemplateError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    /** A problem the messages describe themselves (in the user's language) rather than through `detail`. */
    readonly reason?: "too-large" | "not-zip" | "not-docx",
  ) {
    super(`${file}: ${detail}`);
    this.name = "WordTemplateError";
  }
}
