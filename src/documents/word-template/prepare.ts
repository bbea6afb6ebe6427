// Custom Word templates: a .docx the clerk designs in Word, with {{field}} placeholders, filled per
// recipient. Prepared once (read, checked, normalised, and compiled from docx's patchDocument's own output
// into literal pieces and value slots, compiled.ts, once per shape of the data: its lists' lengths), filled
// many times: a letter is a string join, patchDocument runs only for a shape that could not be compiled.
//
// Preparing rewrites every placeholder, once, as one run holding the name between two private-use
// characters (U+E000 name U+E001), with the formatting of the run the placeholder started in; filling
// patches those. Two reasons:
// - patchDocument applies the patches one after another over the whole document, so text that one value
//   inserts is searched by the next: a recipient called "{{so_tien}}" would get the amount. A value can
//   hold no U+E000 (values.ts), so with the private delimiters it always prints literally.
// - Word splits what the clerk typed across runs ("{{ten_" + "don_vi}}", spelling marks, bookmarks);
//   patchDocument joins them (it reads a paragraph's text across its runs, links, content controls and
//   tracked insertions), and doing it once leaves each fill a simpler document.
// Only the parts that hold text go through patchDocument (package.ts). The placeholders are then read
// from the prepared XML (scan.ts); text still shaped like {{name}} there was not understood by
// patchDocument and is refused now rather than printed in 1,000 letters.
//
// Syntax: {{name}} is replaced by the value's text, in the formatting of the run the placeholder starts
// in (for one Word split, "{{ten_" upright + "don_vi}}" bold, the value is upright; the other pieces are
// emptied). Spaces inside the braces are ignored ({{ name }}). In a table row, {{list.field}} repeats
// the row once per item of the list value `list`, filling `field` from each item (docx's
// PatchType.TABLE_ROWS: adjacent rows holding fields of one list repeat together, other rows such as the
// header stay, an empty list removes the rows). Outside a table row, or when `list` is not a list,
// {{a.b}} is the field named "a.b" ("recipient.name").
import { patchDetector, patchDocument, PatchType, TextRun } from "docx";
import type { CalendarDate } from "../../domain/calendar-date.js";
import { readZipEntries, writeZip, ZipLimitError } from "../../zip/index.js";
import type { ZipEntry } from "../../zip/index.js";
import { MissingFieldsError, WordTemplateError } from "./errors.js";
import { compilePackage, probeValue, SLOT_CLOSE, SLOT_OPEN, writeCompiled } from "./compiled.js";
import type { CompiledPackage } from "./compiled.js";
import { isContentPart, joinPackage, packageEntries, splitPackage } from "./package.js";
import type { SplitPackage } from "./package.js";
import { planFill, readFillValues, splitRowField } from "./plan.js";
import type { FillValues, TemplateFields, WordData, WordValue } from "./plan.js";
import { scanPart } from "./scan.js";
import { checkXml } from "./xml-check.js";
import { CLOSE, OPEN, valueText } from "./values.js";
import type { ScalarValue } from "./values.js";

export interface FillOptions {
  /** The date stamped on the zip entries (the letter's date); default 1980-01-01, the zip format's first. */
  readonly date?: CalendarDate;
}

export interface WordTemplate {
  /** The template file as the user knows it, for messages. */
  readonly file: string;
  /** Every placeholder's name, once: the body's in order, then the other parts' (headers, footers, notes) by part name. */
  readonly placeholders: string[];
  /**
   * Whether every letter is a string join of the template compiled once per shape of the data (compiled.ts:
   * well under a millisecond a letter) rather than a patchDocument run: true when the template's usual shape
   * (every list with one item) compiled, false from the first letter that went through patchDocument.
   */
  readonly compiled: boolean;
  /** The names `data` has no value for (what fill would report), without filling. */
  missingFields(data: WordData): string[];
  /**
   * The filled .docx. Throws MissingFieldsError naming every placeholder without a value, TypeError for a
   * value of the wrong shape (a list where text goes, an object, NaN).
   */
  fill(data: WordData, options?: FillOptions): Promise<Buffer>;
}

const FIRST_ZIP_DATE: CalendarDate = { year: 1980, month: 1, day: 1 };
const DELIMITERS = { start: OPEN, end: CLOSE } as const;

/** The template's parts, read within the limits a received workbook is held to (zip/limits.ts). */
async function readPackage(bytes: Uint8Array, file: string): Promise<ZipEntry[]> {
  let entries: ZipEntry[];
  try {
    entries = await readZipEntries(bytes);
  } catch (error) {
    if (error instanceof ZipLimitError) {
      const megabytes = Math.round(error.limits.maxExpandedBytes / (1024 * 1024));
      throw new WordTemplateError(
        file,
        `too large to open: once unzipped it would exceed ${megabytes} MB, or a part expands more than ${error.limits.maxRatio}× (a zip bomb?)`,
        "too-large",
      );
    }
    throw new WordTemplateError(file, "not a .docx file (it is not a zip package)", "not-zip");
  }
  if (!entries.some((entry) => entry.name === "word/document.xml")) {
    throw new WordTemplateError(file, "not a Word document (no word/document.xml)", "no-document");
  }
  return entries;
}

/** Every part docx will parse must be well-formed XML: the first fault is named with its part and line. */
function checkParts(parts: readonly ZipEntry[], file: string): void {
  for (const part of parts) {
    if (!/\.(xml|rels)$/i.test(part.name)) continue;
    const fault = checkXml(part.data.toString("utf8"));
    if (fault === null) continue;
    const token = "token" in fault ? fault.token : "";
    const name = "name" in fault ? fault.name : "";
    const openName = fault.kind === "mismatch" ? fault.open : "";
    throw new WordTemplateError(
      file,
      `${part.name} line ${fault.line} is not well-formed XML (${fault.kind} ${token || name})`,
      "malformed-xml",
      { part: part.name, line: fault.line, fault: fault.kind, token, name, open: openName },
    );
  }
}

/** The content parts, word/document.xml first, then by name. */
function contentParts(entries: readonly ZipEntry[]): ZipEntry[] {
  const rank = (name: string) => (name === "word/document.xml" ? 0 : 1);
  return entries
    .filter(isContentPart)
    .sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function fieldsOf(prepared: readonly ZipEntry[], file: string): TemplateFields {
  const names: string[] = [];
  const text = new Set<string>();
  const row = new Set<string>();
  const unrecognised: string[] = [];
  for (const part of contentParts(prepared)) {
    const scan = scanPart(part.data.toString("utf8"), OPEN, CLOSE);
    unrecognised.push(...scan.unrecognised);
    for (const { name, inRow } of scan.occurrences) {
      if (!names.includes(name)) names.push(name);
      (inRow && splitRowField(name) !== null ? row : text).add(name);
    }
  }
  if (unrecognised.length > 0) {
    throw new WordTemplateError(
      file,
      `cannot read the placeholder(s) ${[...new Set(unrecognised)].join(", ")}; delete and retype each in one go`,
      "placeholders",
      { placeholders: [...new Set(unrecognised)].join(", ") },
    );
  }
  return { names, text, row };
}

export interface PrepareOptions {
  /**
   * Compile the template once so that a letter is a string join (compiled.ts); default true. False fills
   * every letter through patchDocument: for tests that compare the two.
   */
  readonly compile?: boolean;
}

export async function prepareWordTemplate(
  bytes: Buffer,
  file: string,
  options: PrepareOptions = {},
): Promise<WordTemplate> {
  const split = splitPackage(await readPackage(bytes, file));
  checkParts(split.active, file);
  for (const part of contentParts(split.active)) {
    if (/[\uE000\uE001]/.test(part.data.toString("utf8"))) {
      throw new WordTemplateError(
        file,
        `${part.name} holds the private-use characters U+E000/U+E001 that baocao reserves`,
        "reserved-characters",
        { part: part.name },
      );
    }
  }
  const active = writeZip(split.active);
  let prepared: Buffer;
  try {
    const found = await patchDetector({ data: active, trimPlaceholders: true });
    prepared = await patchDocument({
      outputType: "nodebuffer",
      data: active,
      keepOriginalStyles: true,
      trimPlaceholders: true,
      patches: Object.fromEntries(
        found.map((name) => [name, { type: PatchType.PARAGRAPH, children: [new TextRun(`${OPEN}${name}${CLOSE}`)] }]),
      ),
    });
  } catch (error) {
    // Well-formed XML that docx still cannot read (its structure is not a Word document's).
    throw new WordTemplateError(
      file,
      `docx cannot read it: ${error instanceof Error ? error.message : String(error)}`,
      "unreadable",
    );
  }
  const preparedParts = await readZipEntries(prepared, null);
  const fields = fieldsOf(preparedParts, file);
  // Compiled once per shape of the data (compiled.ts): which lists it gives and how many items each has.
  const shapes = new Map<string, Promise<CompiledPackage | null>>();
  const canCompile =
    options.compile !== false &&
    !preparedParts.some((part) => part.data.includes(SLOT_OPEN) || part.data.includes(SLOT_CLOSE));
  function compiledFor(values: FillValues): Promise<CompiledPackage | null> {
    if (values.missing.length > 0) return Promise.resolve(null);
    const shape = shapeOf(values);
    let compiled = shapes.get(shape);
    if (compiled === undefined) {
      // A batch whose letters have many shapes (lists of every length) fills the rest through patchDocument.
      if (!canCompile || shapes.size >= MAX_SHAPES) return Promise.resolve(null);
      compiled = compileShape(split, prepared, fields, values);
      shapes.set(shape, compiled);
    }
    return compiled;
  }
  // The template's usual shape (every list with one item), compiled now: `compiled` says whether it could be.
  let allCompiled = (await compiledFor(usualValues(fields))) !== null;

  /** The letter through patchDocument: a shape of the data that could not be compiled (compiled.ts). */
  async function fillByPatching(data: WordData, options: FillOptions): Promise<Buffer> {
    const plan = planFill(fields, data, file);
    if (plan.missing.length > 0) throw new MissingFieldsError(file, plan.missing);
    const patched = await readZipEntries(
      await patchDocument({
        outputType: "nodebuffer",
        data: prepared,
        patches: plan.patches,
        keepOriginalStyles: true,
        placeholderDelimiters: DELIMITERS,
        recursive: true,
      }),
      null,
    );
    // Every placeholder had a value, and no value holds U+E000: one left means docx could not reach it.
    const left = contentParts(patched).flatMap((part) => scanPart(part.data.toString("utf8"), OPEN, CLOSE).occurrences);
    if (left.length > 0) {
      throw new WordTemplateError(
        file,
        `could not fill ${[...new Set(left.map(({ name }) => `{{${name}}}`))].join(", ")}`,
      );
    }
    return joinPackage(split, patched, options.date ?? FIRST_ZIP_DATE);
  }

  /**
   * The names without a value, or else each value's text in the order planFill makes runs of them
   * (valuesInOrder). The same answers and TypeErrors as planFill: a value of the wrong shape; then, with
   * nothing missing, a number that cannot be written.
   */
  function textsOf(data: WordData): { values: FillValues; texts: string[] } {
    const values = readFillValues(fields, data, file);
    return { values, texts: values.missing.length > 0 ? [] : valuesInOrder(values).map(valueText) };
  }

  return {
    file,
    placeholders: [...fields.names],
    get compiled() {
      return allCompiled;
    },
    missingFields: (data) => textsOf(data).values.missing,
    async fill(data, options = {}) {
      const { values, texts } = textsOf(data);
      if (values.missing.length > 0) throw new MissingFieldsError(file, values.missing);
      const compiled = await compiledFor(values);
      if (compiled === null) {
        allCompiled = false;
        return fillByPatching(data, options);
      }
      return writeCompiled(compiled, texts, options.date ?? FIRST_ZIP_DATE);
    },
  };
}

/** At most this many shapes compiled per template (two patchDocument runs and a few pieces each). */
const MAX_SHAPES = 64;

/** A fill's values in the order planFill makes runs of them: each list's items' fields, then the scalars. */
function valuesInOrder(values: FillValues): ScalarValue[] {
  const ordered: ScalarValue[] = [];
  for (const list of values.lists.values())
    for (const item of list.items) for (const field of list.fields) ordered.push(item[field] as ScalarValue);
  for (const value of values.scalars.values()) ordered.push(value);
  return ordered;
}

/**
 * What makes the XML around the values: the lists the data gives with their lengths, and the names filled
 * with text. Two fills of one shape differ only in the values' text (and lines), see compiled.ts.
 */
function shapeOf(values: FillValues): string {
  return JSON.stringify([
    [...values.lists].map(([head, list]) => [head, list.items.length]),
    [...values.scalars.keys()],
  ]);
}

/** Values of the template's usual shape: text for every text name, one item for every list. */
function usualValues(fields: TemplateFields): FillValues {
  const data: Record<string, WordValue> = {};
  for (const name of fields.row) {
    const [head, field] = splitRowField(name) ?? [name, ""];
    const item = (Array.isArray(data[head]) ? (data[head] as Record<string, string>[])[0] : undefined) ?? {};
    item[field] = "x";
    data[head] = [item];
  }
  for (const name of fields.text) if (!Object.hasOwn(data, name)) data[name] = "x";
  try {
    return readFillValues(fields, data, "");
  } catch {
    // A name that is text and a list at once ({{dong}} and {{dong.stt}}): no usual shape.
    return { scalars: new Map(), lists: new Map(), missing: ["?"] };
  }
}

/**
 * The template compiled (compiled.ts) for the shape of `values`, from two probe fills through patchDocument,
 * or null where it cannot be: probes that disagree, or a placeholder the probe left unfilled (fill then
 * reports it as before).
 */
async function compileShape(
  split: SplitPackage,
  prepared: Buffer,
  fields: TemplateFields,
  values: FillValues,
): Promise<CompiledPackage | null> {
  if (values.missing.length > 0) return null;
  const probe = async (lines: 1 | 2) => {
    // The probe's values in valuesInOrder's order, each its marker: the index of its text in a letter.
    let index = 0;
    const data: Record<string, WordValue> = {};
    for (const [head, list] of values.lists)
      data[head] = list.items.map(() =>
        Object.fromEntries([...list.fields].map((field) => [field, probeValue(index++, lines)])),
      );
    for (const name of values.scalars.keys()) data[name] = probeValue(index++, lines);
    const probed = readFillValues(fields, data, "");
    const ordered = valuesInOrder(probed);
    if (shapeOf(probed) !== shapeOf(values) || ordered.some((value, at) => value !== probeValue(at, lines)))
      return null;
    const patched = await readZipEntries(
      await patchDocument({
        outputType: "nodebuffer",
        data: prepared,
        patches: planFill(fields, data, "").patches,
        keepOriginalStyles: true,
        placeholderDelimiters: DELIMITERS,
        recursive: true,
      }),
      null,
    );
    const left = contentParts(patched).some(
      (part) => scanPart(part.data.toString("utf8"), OPEN, CLOSE).occurrences.length > 0,
    );
    return left ? null : patched;
  };
  try {
    const one = await probe(1);
    const two = await probe(2);
    if (one === null || two === null) return null;
    // Through packageEntries, as joinPackage writes a letter: the same order, the same deflated constants.
    const probed = new Set(one.map((part) => part.name));
    const scratch: SplitPackage = { ...split, lastPatched: new Map() };
    return compilePackage(packageEntries(scratch, one), packageEntries(scratch, two), probed);
  } catch {
    // patchDocument refused the probe: the letter will go through it and say why.
    return null;
  }
}
