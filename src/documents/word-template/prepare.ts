// Custom Word templates: a .docx the clerk designs in Word, with {{field}} placeholders, filled per
// recipient. Prepared once (read, checked, normalised, and compiled from docx's patchDocument's own output
// into literal pieces and value slots, compiled.ts), filled many times: a letter is a string join, and only
// a template with table-row lists runs patchDocument per letter.
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
import type { TemplateFields, WordData } from "./plan.js";
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
   * Whether a letter is a string join of the template compiled once (compiled.ts: well under a millisecond
   * a letter), rather than a patchDocument run (templates with table-row lists).
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
  const compiled = options.compile === false ? null : await compileTemplate(split, prepared, preparedParts, fields);

  /** The letter through patchDocument: templates that cannot be compiled (compiled.ts). */
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
   * For a compiled template (no list fields: every name takes text), the names without a value, or else each
   * placeholder's text in the order of fields.names. The same answers and TypeErrors as planFill (a value of
   * the wrong shape; then, with nothing missing, a number that cannot be written), without docx runs.
   */
  function textsOf(data: WordData): { missing: string[]; texts: string[] } {
    const { scalars, missing } = readFillValues(fields, data, file);
    if (missing.length > 0) return { missing, texts: [] };
    return { missing, texts: fields.names.map((name) => valueText(scalars.get(name) as ScalarValue)) };
  }

  return {
    file,
    placeholders: [...fields.names],
    compiled: compiled !== null,
    missingFields(data) {
      return compiled === null ? planFill(fields, data, file).missing : textsOf(data).missing;
    },
    async fill(data, options = {}) {
      if (compiled === null) return fillByPatching(data, options);
      const { missing, texts } = textsOf(data);
      if (missing.length > 0) throw new MissingFieldsError(file, missing);
      return writeCompiled(compiled, texts, options.date ?? FIRST_ZIP_DATE);
    },
  };
}

/**
 * The template compiled (compiled.ts) from two probe fills through patchDocument, or null where it cannot
 * be: list fields, a part already holding the probe's markers, probes that disagree, or a placeholder the
 * probe left unfilled (fill then reports it as before).
 */
async function compileTemplate(
  split: SplitPackage,
  prepared: Buffer,
  preparedParts: readonly ZipEntry[],
  fields: TemplateFields,
): Promise<CompiledPackage | null> {
  if (fields.row.size > 0) return null;
  if (preparedParts.some((part) => part.data.includes(SLOT_OPEN) || part.data.includes(SLOT_CLOSE))) return null;
  const probe = async (lines: 1 | 2) => {
    const data = Object.fromEntries(fields.names.map((name, index) => [name, probeValue(index, lines)]));
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
  const one = await probe(1);
  const two = await probe(2);
  if (one === null || two === null) return null;
  // Through packageEntries, as joinPackage writes a letter: the same order, the same deflated constants.
  const probed = new Set(one.map((part) => part.name));
  const scratch: SplitPackage = { ...split, lastPatched: new Map() };
  return compilePackage(packageEntries(scratch, one), packageEntries(scratch, two), probed);
}
