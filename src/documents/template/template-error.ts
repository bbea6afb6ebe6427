// The one error a template can raise, whatever went wrong: a Handlebars syntax error, a field the data
// does not have (strict mode), a helper given bad input, front matter that is not YAML, a bad chart block.
// It names the template file, the line (when known; front-matter lines count in the file's numbering)
// and the helper, so the CLI can print `templates/report.hbs:12: helper "money": …`.
import { UserError } from "../../errors.js";
import type { ErrorParams } from "../../errors.js";

export interface TemplateErrorDetails {
  /** The template file as the user knows it (e.g. "templates/report.hbs"). */
  readonly file: string;
  /** 1-based line in the file, when it is known. */
  readonly line?: number;
  /** The helper that failed, e.g. "money". */
  readonly helper?: string;
  /** What went wrong, in one line. */
  readonly detail: string;
}

export class TemplateError extends UserError {
  readonly file: string;
  readonly line: number | undefined;
  readonly helper: string | undefined;
  readonly detail: string;

  constructor(details: TemplateErrorDetails) {
    const params: ErrorParams = { file: details.file, location: templateLocation(details), detail: details.detail };
    if (details.line !== undefined) params.line = details.line;
    if (details.helper !== undefined) params.helper = details.helper;
    super("template/error", params);
    this.name = "TemplateError";
    this.file = details.file;
    this.line = details.line;
    this.helper = details.helper;
    this.detail = details.detail;
    this.message = formatTemplateError(details);
  }
}

/** "templates/report.hbs:12" or "templates/report.hbs". */
export function templateLocation(details: Pick<TemplateErrorDetails, "file" | "line">): string {
  return details.line === undefined ? details.file : `${details.file}:${details.line}`;
}

/** `templates/report.hbs:12: helper "money": expected a number, got "abc"` */
export function formatTemplateError(details: TemplateErrorDetails): string {
  const helper = details.helper === undefined ? "" : `helper "${details.helper}": `;
  return `${templateLocation(details)}: ${helper}${details.detail}`;
}

/** A position inside one compiled part (front matter or body), relative to that part. */
export interface PartPosition {
  readonly line: number;
  readonly column: number;
}

/** Which argument of a helper call was undefined, so the error can name the field the template wrote. */
export type ArgumentRef = { readonly param: number } | { readonly hash: string };

/**
 * Raised while a template runs (by helpers and by the escaping of `{{value}}`); the compiled template
 * turns it into a TemplateError once it knows the file and the line offset of the part.
 */
export class TemplateRunFailure extends Error {
  readonly helper: string | undefined;
  readonly position: PartPosition | undefined;
  readonly argument: ArgumentRef | undefined;

  constructor(options: { detail: string; helper?: string; position?: PartPosition; argument?: ArgumentRef }) {
    super(options.detail);
    this.name = "TemplateRunFailure";
    this.helper = options.helper;
    this.position = options.position;
    this.argument = options.argument;
  }
}
