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
import { TemplateError, TemplateRunFailure } from "./template-error.js";
import type { TemplateErrorDetails } from "./template-error.js";

export interface RenderedTemplate {
  /** The front matter (document kind, issuer, number, recipients…), not yet validated. */
  readonly front: Record<string, unknown>;
  readonly blocks: Block[];
}

export interface CompiledTemplate {
  readonly file: string;
  /** Render with the given data. Throws TemplateError. */
  render(data: unknown): RenderedTemplate;
}

/**
 * Compile a template: "---" front matter (YAML) and a Markdown body, both Handlebars in strict mode.
 * `file` is how errors name the template. Throws TemplateError for a syntax error.
 */
export function compileTemplate(source: string, file: string): CompiledTemplate {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
  const parts = splitTemplate(text, file);

  if (parts.front !== null && containsSlotCharacters(parts.front.text)) {
    throw new TemplateError({ file, detail: "the front matter contains the reserved characters U+E000/U+E001" });
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
      throw new TemplateRunFailure({ detail: (error as Error).message, ...(position === null ? {} : { position }) });
    }
  });

  return {
    file,
    render(data: unknown): RenderedTemplate {
      let frontValues: Record<string, unknown> = {};
      if (front !== null && parts.front !== null) {
        const collected: Slot[] = [];
        slots = collected;
        let yaml: string;
        try {
          yaml = front(data);
        } finally {
          slots = null;
        }
        frontValues = readFrontMatter(yaml, collected, file, parts.front.lineOffset);
      }
      const markdown = body(data);
      try {
        return { front: frontValues, blocks: markdownToBlocks(markdown) };
      } catch (error) {
        if (error instanceof ChartSpecError) throw new TemplateError({ file, detail: `chart: ${error.message}` });
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
  const problem = problems[0];
  if (problem !== undefined) {
    throw new TemplateError({ file, line: problem.position.line + part.lineOffset, detail: problem.detail });
  }
  // Handlebars compiles the AST to a function on the first call and keeps it.
  const template = env.compile(ast, { strict: true });
  return (data) => {
    try {
      return template(data);
    } catch (error) {
      throw runError(error, file, part.lineOffset, index);
    }
  };
}

function syntaxError(error: unknown, file: string, lineOffset: number): TemplateError {
  if (!(error instanceof Error)) return new TemplateError({ file, detail: String(error) });
  // Jison: "Parse error on line 3:\n<source excerpt>\n-----^\nExpecting 'ID', …, got 'EOF'"
  const jison = /^(?:Parse|Lexical) error on line (\d+)/.exec(error.message);
  if (jison !== null) {
    const lines = error.message.split("\n");
    const excerpt = (lines[1] ?? "").trim();
    const got = /got '([^']+)'\s*$/.exec(error.message)?.[1];
    const what =
      got === undefined ? "syntax error" : got === "EOF" ? "unexpected end of template (a {{/…}} missing?)" : `unexpected ${got}`;
    return new TemplateError({ file, line: Number(jison[1]) + lineOffset, detail: `${what} near "${excerpt}"` });
  }
  return handlebarsError(error, file, lineOffset);
}

function runError(error: unknown, file: string, lineOffset: number, index: AstIndex): TemplateError {
  if (error instanceof TemplateError) return error;
  if (error instanceof TemplateRunFailure) {
    let detail = error.message;
    if (error.position !== undefined && error.argument !== undefined) {
      const source = index.argumentSource(error.position, error.argument);
      if (source !== undefined) detail = `"${source}" is not defined`;
    }
    return new TemplateError(
      withLine(
        { file, detail, ...(error.helper === undefined ? {} : { helper: error.helper }) },
        error.position?.line,
        lineOffset,
      ),
    );
  }
  const located = error as { lineNumber?: unknown; column?: unknown; message?: unknown };
  if (error instanceof Handlebars.Exception && typeof located.lineNumber === "number" && typeof located.message === "string") {
    const position = { line: located.lineNumber, column: Number(located.column) };
    const path = index.pathAt(position);
    if (path !== undefined && located.message.includes("not defined")) {
      const details: TemplateErrorDetails = path.callee
        ? { file, helper: path.original, detail: `unknown helper "${path.original}"` }
        : { file, detail: `"${path.original}" is not defined` };
      return new TemplateError(withLine(details, position.line, lineOffset));
    }
  }
  if (error instanceof Error) return handlebarsError(error, file, lineOffset);
  return new TemplateError({ file, detail: String(error) });
}

/** Any other Handlebars error ("if doesn't match each - 3:4", "#each requires an iterator"…). */
function handlebarsError(error: Error, file: string, lineOffset: number): TemplateError {
  const detail = error.message.replace(/ - \d+:\d+$/, "");
  const line = (error as { lineNumber?: unknown }).lineNumber;
  return new TemplateError(withLine({ file, detail }, typeof line === "number" ? line : undefined, lineOffset));
}

function withLine(details: TemplateErrorDetails, partLine: number | undefined, lineOffset: number): TemplateErrorDetails {
  return partLine === undefined ? details : { ...details, line: partLine + lineOffset };
}
