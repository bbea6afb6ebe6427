// What can be wrong in a document template, as data: a code and its parameters. The code lives here, below
// src/messages (which words each code in vi and en) and src/documents/template (which raises them as a
// TemplateError), so that messages do not import the documents layer above them.

/** Every kind of template problem; src/messages has a sentence for each, in vi and en. */
export type TemplateProblemCode =
  // the file's structure
  | "front-matter-unclosed"
  | "front-matter-not-mapping"
  | "front-matter-yaml"
  | "reserved-characters"
  | "reserved-field"
  | "partials"
  | "decorators"
  // Handlebars syntax and blocks
  | "unexpected-end"
  | "unexpected-token"
  | "syntax"
  | "block-mismatch"
  | "block-argument"
  | "handlebars"
  // fields and helpers
  | "not-defined"
  | "unknown-helper"
  | "helper-arity"
  | "argument-not-defined"
  | "unknown-option"
  | "option-not-defined"
  | "helper-failed"
  // printing a value
  | "print-list"
  | "print-object"
  | "print-function"
  | "print-number"
  // helper arguments
  | "expected-number"
  | "expected-text"
  | "expected-list"
  | "expected-date"
  | "expected-period"
  | "expected-whole-number"
  | "expected-boolean"
  | "money-scale"
  | "draft-date"
  | "columns-twice"
  | "columns-not-list"
  | "no-columns"
  | "column-spec"
  | "indicators-not-list"
  | "indicator-row"
  | "rows-not-list"
  | "row-missing-field"
  // charts
  | "chart-yaml"
  | "chart-shape"
  | "chart-no-series"
  | "chart-lengths"
  | "chart-not-number";

/** The values a sentence fills in (the same shape as errors.ts ErrorParams). */
export type TemplateProblemParams = Record<string, string | number>;

/**
 * A problem as data. Parameter names must not be file, location, line, helper, problem or section (the
 * TemplateError's own parameters).
 */
export interface TemplateProblem {
  readonly code: TemplateProblemCode;
  readonly params?: TemplateProblemParams;
}

/** Where in the template the problem is, when it is not the plain body. */
export type TemplateSection = "front-matter";

export function problem(code: TemplateProblemCode, params: TemplateProblemParams = {}): TemplateProblem {
  return { code, params };
}
