// The front matter: YAML between a "---" first line and the next "---" line, rendered by Handlebars.
//
// Values from data never go into the YAML text. Each `{{…}}` writes a placeholder (a private-use
// character pair around a slot number); the YAML the template author wrote is parsed, then placeholders
// are replaced in the parsed strings. So a value with ": ", "#", quotes or a line break cannot change the
// structure, "no" or "1e3" stay text, and `recipients: {{recipients}}` gives the list itself.
// A scalar that is exactly one placeholder takes the value as it is (number, list, object…); a
// placeholder inside other text is replaced by the value's text.
import { displayText, isSafeString } from "./escape.js";
import { TemplateError, TemplateProblemError, TemplateRunFailure, problem } from "./template-error.js";
import type { PartPosition } from "./template-error.js";
import { parseYamlText, yamlPackage } from "./yaml-text.js";

export interface TemplatePart {
  readonly text: string;
  /** Lines of the file before the part: a part line n is file line n + lineOffset. */
  readonly lineOffset: number;
}

export interface TemplateParts {
  readonly front: TemplatePart | null;
  readonly body: TemplatePart;
}

const FENCE = "---";

/** Split a template (LF line ends) into front matter and body. No "---" first line: no front matter. */
export function splitTemplate(text: string, file: string): TemplateParts {
  const lines = text.split("\n");
  if (lines[0]?.trimEnd() !== FENCE) return { front: null, body: { text, lineOffset: 0 } };
  const close = lines.findIndex((line, i) => i > 0 && (line.trimEnd() === FENCE || line.trimEnd() === "..."));
  if (close < 0) {
    throw new TemplateError({ file, line: 1, problem: problem("front-matter-unclosed") });
  }
  const frontLines = lines.slice(1, close);
  return {
    front: { text: frontLines.length === 0 ? "" : `${frontLines.join("\n")}\n`, lineOffset: 1 },
    body: { text: lines.slice(close + 1).join("\n"), lineOffset: close + 1 },
  };
}

const SLOT_OPEN = "\uE000";
const SLOT_CLOSE = "\uE001";
const SLOT = /\uE000(\d+)\uE001/g;
const WHOLE_SLOT = /^\uE000(\d+)\uE001$/;

/** A value written by `{{…}}` in the front matter, and where. */
export interface Slot {
  readonly value: unknown;
  readonly position: PartPosition | null;
}

export function slotMarker(index: number): string {
  return `${SLOT_OPEN}${index}${SLOT_CLOSE}`;
}

/** True when the template text itself contains the placeholder characters (refused at compile time). */
export function containsSlotCharacters(text: string): boolean {
  return text.includes(SLOT_OPEN) || text.includes(SLOT_CLOSE);
}

// The YAML of a batch's letters is the same text for every recipient (values go into slots, not into
// the text), so it is parsed once: parsing it was a good part of rendering a letter. fill() below copies
// what it returns, so the parsed value is never changed. A few texts are kept, the most recent.
const PARSED_KEPT = 16;
const parsedYaml = new Map<string, unknown>();

function parseYamlOnce(text: string): unknown {
  if (parsedYaml.has(text)) return parsedYaml.get(text);
  const parsed = parseYamlText(text);
  if (parsedYaml.size >= PARSED_KEPT) parsedYaml.delete(parsedYaml.keys().next().value as string);
  parsedYaml.set(text, parsed);
  return parsed;
}

/** Parse the rendered front matter and put the slot values in. Errors are TemplateErrors. */
export function readFrontMatter(
  rendered: string,
  slots: readonly Slot[],
  file: string,
  lineOffset: number,
): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = parseYamlOnce(rendered);
  } catch (error) {
    // yaml is loaded: it has just thrown (yaml-text.ts loads it for a text not parsed before).
    if (!(error instanceof yamlPackage().YAMLParseError)) {
      // The yaml library resolves aliases after parsing: "*x" without an anchor "&x" is a ReferenceError.
      const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
      const yamlCode = /alias/i.test(reason) ? "BAD_ALIAS" : "OTHER";
      throw new TemplateError({
        file,
        line: lineOffset + 1,
        problem: problem("front-matter-yaml", { yamlCode, reason }),
      });
    }
    const line = error.linePos?.[0].line;
    const what = problem("front-matter-yaml", { yamlCode: error.code, reason: error.message.split("\n")[0] ?? "" });
    throw new TemplateError(
      line === undefined ? { file, problem: what } : { file, line: line + lineOffset, problem: what },
    );
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new TemplateError({ file, line: lineOffset + 1, problem: problem("front-matter-not-mapping") });
  }
  try {
    return fill(parsed, slots) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof TemplateRunFailure)) throw error;
    const position = error.position;
    const details = { file, problem: error.problem, section: "front-matter" as const };
    throw new TemplateError(position === undefined ? details : { ...details, line: position.line + lineOffset });
  }
}

function fill(value: unknown, slots: readonly Slot[]): unknown {
  if (typeof value === "string") return fillString(value, slots);
  if (Array.isArray(value)) return value.map((item) => fill(item, slots));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const filledKey = fillString(key, slots);
      out[typeof filledKey === "string" ? filledKey : slotText(key, slots)] = fill(item, slots);
    }
    return out;
  }
  return value;
}

function fillString(text: string, slots: readonly Slot[]): unknown {
  const whole = WHOLE_SLOT.exec(text);
  if (whole !== null) {
    const slot = slots[Number(whole[1])];
    if (slot === undefined) return text;
    return isSafeString(slot.value) ? slot.value.toString() : slot.value;
  }
  return slotText(text, slots);
}

function slotText(text: string, slots: readonly Slot[]): string {
  return text.replace(SLOT, (marker, index: string) => {
    const slot = slots[Number(index)];
    if (slot === undefined) return marker;
    try {
      return displayText(slot.value);
    } catch (error) {
      if (!(error instanceof TemplateProblemError)) throw error;
      throw new TemplateRunFailure({
        problem: error.problem,
        ...(slot.position === null ? {} : { position: slot.position }),
      });
    }
  });
}
