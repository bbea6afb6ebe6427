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

/** Why a file cannot be a template, when the letters command words it itself (see WordTemplateError). */
export type WordTemplateReason =
  "too-large" | "not-zip" | "no-document" | "malformed-xml" | "unreadable" | "placeholders" | "reserved-characters";

/**
 * The file cannot be used as a template: not a .docx (`reason` "not-zip", "no-document"), too large to
 * open ("too-large": it expands past the limits of zip/limits.ts), a part that is not well-formed XML
 * ("malformed-xml", `params`: part, line, fault, token), one docx cannot read ("unreadable"), placeholders
 * Word split in a way docx cannot join ("placeholders", `params.placeholders`), a part holding baocao's
 * private-use characters ("reserved-characters", `params.part`), or a placeholder it holds cannot be
 * filled (no reason: `detail` says which).
 */
export class WordTemplateError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly reason?: WordTemplateReason,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${file}: ${detail}`);
    this.name = "WordTemplateError";
  }
}
