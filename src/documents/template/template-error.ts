// The one error a template can raise, whatever went wrong: a Handlebars syntax error, a field the data
// does not have (strict mode), a helper given bad input, front matter that is not YAML, a bad chart block.
// It names the template file, the line (when known; front-matter lines count in the file's numbering)
// and the helper, so the CLI can print `templates/report.hbs:12: helper "money": …`.
// What went wrong is data (a TemplateProblem of domain/template-problem.ts: a code and its parameters);
// src/messages words it in the user's language (templateProblems in vi.ts and en.ts). `detail` and
// `message` are the English text, for developers and logs (documents may use the messages below them;
// the messages only know the codes, from domain/).
import { UserError } from "../../errors.js";
import type { ErrorParams } from "../../errors.js";
import type { TemplateProblem, TemplateSection } from "../../domain/template-problem.js";
import { en } from "../../messages/en.js";

export { problem } from "../../domain/template-problem.js";
export type { TemplateProblem, TemplateProblemCode, TemplateSection } from "../../domain/template-problem.js";

/** The English sentence of a problem (the user gets theirs from src/messages). */
export function problemText(p: TemplateProblem): string {
  return en.templateProblems[p.code]({ ...p.params });
}

/**
 * Thrown by the code a template runs (displayText, helpers' argument checks, tables, charts) with a
 * TemplateProblem; helpers and the compiled template turn it into a TemplateError.
 */
export class TemplateProblemError extends TypeError {
  constructor(readonly problem: TemplateProblem) {
    super(problemText(problem));
    this.name = "TemplateProblemError";
  }
}

export interface TemplateErrorDetails {
  /** The template file as the user knows it (e.g. "templates/report.hbs"). */
  readonly file: string;
  /** 1-based line in the file, when it is known. */
  readonly line?: number;
  /** The helper that failed, e.g. "money". */
  readonly helper?: string;
  /** What went wrong. */
  readonly problem: TemplateProblem;
  /** Set when the problem is in the front matter but not about its YAML (a value it prints). */
  readonly section?: TemplateSection;
}

export class TemplateError extends UserError {
  readonly file: string;
  readonly line: number | undefined;
  readonly helper: string | undefined;
  readonly problem: TemplateProblem;
  readonly section: TemplateSection | undefined;
  /** The problem in English, one line. */
  readonly detail: string;

  constructor(details: TemplateErrorDetails) {
    const params: ErrorParams = {
      ...details.problem.params,
      file: details.file,
      location: templateLocation(details),
      problem: details.problem.code,
    };
    if (details.line !== undefined) params.line = details.line;
    if (details.helper !== undefined) params.helper = details.helper;
    if (details.section !== undefined) params.section = details.section;
    super("template/error", params);
    this.name = "TemplateError";
    this.file = details.file;
    this.line = details.line;
    this.helper = details.helper;
    this.problem = details.problem;
    this.section = details.section;
    this.detail = problemText(details.problem);
    this.message = formatTemplateError(details);
  }
}

/** "templates/report.hbs:12" or "templates/report.hbs". */
export function templateLocation(details: Pick<TemplateErrorDetails, "file" | "line">): string {
  return details.line === undefined ? details.file : `${details.file}:${details.line}`;
}

/** `templates/report.hbs:12: helper "money": expected a number, got "abc"` (English). */
export function formatTemplateError(details: TemplateErrorDetails): string {
  const helper = details.helper === undefined ? "" : `helper "${details.helper}": `;
  const section = details.section === undefined ? "" : "front matter: ";
  return `${templateLocation(details)}: ${helper}${section}${problemText(details.problem)}`;
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

  readonly problem: TemplateProblem;

  constructor(options: { problem: TemplateProblem; helper?: string; position?: PartPosition; argument?: ArgumentRef }) {
    super(problemText(options.problem));
    this.name = "TemplateRunFailure";
    this.problem = options.problem;
    this.helper = options.helper;
    this.position = options.position;
    this.argument = options.argument;
  }
}
