// compileTemplate: parse and compile a template once; render it many times (a batch of letters renders
// the same compiled template for every recipient).
import { Handlebars } from "./handlebars.js";
import type { Block } from "../model.js";
import { indexAst } from "./ast-index.js";
import type { AstIndex } from "./ast-index.js";
import { ChartSpecError } from "./chart.js";
import { createEnvironment } from "./environment.js";
import type { EscapeHook } from "./environment.js";
import { displayText, escapeMarkdown, isSafeString } from "./escape.js";
import { containsSlotCharacters, readFrontMatter, slotMarker, splitTemplate } from "./front-matter.js";
import type { Slot, TemplatePart } from "./front-matter.js";
import { markdownToBlocks } from "./markdown.js";
import { TemplateError, TemplateProblemError, TemplateRunFailure, problem } from "./template-error.js";
import type { TemplateErrorDetails, TemplateProblem } from "./template-error.js";

export interface RenderedTemplate {
  /** The front matter (document kind, issuer, number, recipients…), not yet validated. */
  readonly front: Record<string, unknown>;
  readonly blocks: Block[];
}

export interface CompiledTemplate {
  readonly file: string;
  /** Render with the given data. Throws TemplateError. */
  render(data: unknown): RenderedTemplate;
  /** The front matter alone, rendered with the given data (what render gives as `front`). Throws TemplateError. */
  front(data: unknown): Record<string, unknown>;
}

/**
 * Compile a template: "---" front matter (YAML) and a Markdown body, both Handlebars in strict mode.
 * `file` is how errors name the template. Throws TemplateError for a syntax error.
 */
export function compileTemplate(source: string, file: string): CompiledTemplate {
  const text = source
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
  const parts = splitTemplate(text, file);

  if (parts.front !== null && containsSlotCharacters(parts.front.text)) {
    throw new TemplateError({ file, problem: problem("reserved-characters") });
  }
  let slots: Slot[] | null = null;
  const front =
    parts.front === null
      ? null
      : compilePart(parts.front, file, (value, position) => {
          if (slots === null) throw new Error("front matter rendered outside render()");
          slots.push({ value, position });
          return slotMarker(slots.length - 1);
        });

  const body = compilePart(parts.body, file, (value, position) => {
    if (isSafeString(value)) return value.toString();
    try {
      return escapeMarkdown(displayText(value));
    } catch (error) {
      if (!(error instanceof TemplateProblemError)) throw error;
      throw new TemplateRunFailure({ problem: error.problem, ...(position === null ? {} : { position }) });
    }
  });

  function renderFront(data: unknown): Record<string, unknown> {
    if (front === null || parts.front === null) return {};
    const collected: Slot[] = [];
    slots = collected;
    let yaml: string;
    try {
      yaml = front(data);
    } finally {
      slots = null;
    }
    return readFrontMatter(yaml, collected, file, parts.front.lineOffset);
  }

  return {
    file,
    front: renderFront,
    render(data: unknown): RenderedTemplate {
      const frontValues = renderFront(data);
      const markdown = body(data);
      try {
        return { front: frontValues, blocks: markdownToBlocks(markdown) };
      } catch (error) {
        if (error instanceof ChartSpecError) throw new TemplateError({ file, problem: error.problem });
        throw error;
      }
    },
  };
}

type RenderPart = (data: unknown) => string;

function compilePart(part: TemplatePart, file: string, escape: EscapeHook): RenderPart {
  const env = createEnvironment(escape);
  let ast: hbs.AST.Program;
  try {
    ast = env.parseWithoutProcessing(part.text);
  } catch (error) {
    throw syntaxError(error, file, part.lineOffset);
  }
  const { index, problems } = indexAst(ast);
  const first = problems[0];
  if (first !== undefined) {
    throw new TemplateError({ file, line: first.position.line + part.lineOffset, problem: first.problem });
  }
  // Handlebars compiles the AST to a function on the first call and keeps it.
  const template = env.compile(ast, { strict: true });
  return (data) => {
    try {
      // Properties of a prototype are never read (Handlebars' default), and without its English warning.
      return template(data, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    } catch (error) {
      throw runError(error, file, part.lineOffset, index);
    }
  };
}

function syntaxError(error: unknown, file: string, lineOffset: number): TemplateError {
  if (!(error instanceof Error))
    return new TemplateError({ file, problem: problem("handlebars", { reason: String(error) }) });
  // Jison: "Parse error on line 3:\n<source excerpt>\n-----^\nExpecting 'ID', …, got 'EOF'"
  const jison = /^(Parse|Lexical) error on line (\d+)/.exec(error.message);
  if (jison !== null) {
    const lines = error.message.split("\n");
    const near = (lines[1] ?? "").trim();
    const got = /got '([^']+)'\s*$/.exec(error.message)?.[1];
    const what =
      got === undefined
        ? problem("syntax", { near })
        : got === "EOF"
          ? problem("unexpected-end", { near })
          : problem("unexpected-token", { token: got, near });
    return new TemplateError({ file, line: Number(jison[2]) + lineOffset, problem: what });
  }
  return handlebarsError(error, file, lineOffset);
}

function runError(error: unknown, file: string, lineOffset: number, index: AstIndex): TemplateError {
  if (error instanceof TemplateError) return error;
  if (error instanceof TemplateRunFailure) {
    let what = error.problem;
    if (error.position !== undefined && error.argument !== undefined) {
      const source = index.argumentSource(error.position, error.argument);
      // A key the object lacks ({{lookup recipient "x"}}): the field is "recipient.x".
      const key = what.code === "not-defined" ? what.params?.field : undefined;
      if (source !== undefined)
        what = problem("not-defined", {
          field: typeof key === "string" ? `${source === "." ? "this" : source}.${key}` : source,
        });
    }
    return new TemplateError(
      withLine(
        { file, problem: what, ...(error.helper === undefined ? {} : { helper: error.helper }) },
        error.position?.line,
        lineOffset,
      ),
    );
  }
  const located = error as { lineNumber?: unknown; column?: unknown; message?: unknown };
  if (
    error instanceof Handlebars.Exception &&
    typeof located.lineNumber === "number" &&
    typeof located.message === "string"
  ) {
    const position = { line: located.lineNumber, column: Number(located.column) };
    const path = index.pathAt(position);
    if (path !== undefined && located.message.includes("not defined")) {
      const details: TemplateErrorDetails = path.callee
        ? { file, helper: path.original, problem: problem("unknown-helper", { name: path.original }) }
        : { file, problem: problem("not-defined", { field: path.original }) };
      return new TemplateError(withLine(details, position.line, lineOffset));
    }
  }
  if (error instanceof Error) return handlebarsError(error, file, lineOffset);
  return new TemplateError({ file, problem: problem("handlebars", { reason: String(error) }) });
}

/**
 * Any other Handlebars error. The common ones become problems of their own ("if doesn't match each",
 * "Missing helper", "#each requires an iterator"…); the rest keeps the library's text as a quoted reason.
 */
function handlebarsError(error: Error, file: string, lineOffset: number): TemplateError {
  const line = (error as { lineNumber?: unknown }).lineNumber;
  return new TemplateError(
    withLine(
      { file, problem: handlebarsProblem(error.message) },
      typeof line === "number" ? line : undefined,
      lineOffset,
    ),
  );
}

export function handlebarsProblem(message: string): TemplateProblem {
  const text = message.replace(/ - \d+:\d+$/, "");
  const mismatch = /^(\S+) doesn't match (\S+)$/.exec(text);
  if (mismatch !== null) return problem("block-mismatch", { open: mismatch[1]!, close: mismatch[2]! });
  const missing =
    /^Missing helper: "(.+)"$/.exec(text) ??
    /^You specified knownHelpersOnly, but used the unknown helper (\S+)/.exec(text);
  if (missing !== null) return problem("unknown-helper", { name: missing[1]! });
  const argument = /^#(\w+) requires exactly one argument$/.exec(text) ?? /^Must pass iterator to #(\w+)$/.exec(text);
  if (argument !== null) return problem("block-argument", { block: argument[1]! });
  return problem("handlebars", { reason: text });
}

function withLine(
  details: TemplateErrorDetails,
  partLine: number | undefined,
  lineOffset: number,
): TemplateErrorDetails {
  return partLine === undefined ? details : { ...details, line: partLine + lineOffset };
}
