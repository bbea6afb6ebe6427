// Custom Word templates: a .docx the clerk designs in Word, with {{field}} placeholders, filled per
// recipient with docx's patchDocument. Prepared once (read, checked, normalised), filled many times.
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
import { isContentPart, joinPackage, splitPackage } from "./package.js";
import { planFill, splitRowField } from "./plan.js";
import type { TemplateFields, WordData } from "./plan.js";
import { scanPart } from "./scan.js";
import { checkXml } from "./xml-check.js";
import { CLOSE, OPEN } from "./values.js";

export interface FillOptions {
  /** The date stamped on the zip entries (the letter's date); default 1980-01-01, the zip format's first. */
  readonly date?: CalendarDate;
}

export interface WordTemplate {
  /** The template file as the user knows it, for messages. */
  readonly file: string;
  /** Every placeholder's name, once: the body's in order, then the other parts' (headers, footers, notes) by part name. */
  readonly placeholders: string[];
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

export async function prepareWordTemplate(bytes: Buffer, file: string): Promise<WordTemplate> {
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
  const fields = fieldsOf(await readZipEntries(prepared, null), file);

  return {
    file,
    placeholders: [...fields.names],
    missingFields: (data) => planFill(fields, data, file).missing,
    async fill(data, options = {}) {
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
      const left = contentParts(patched).flatMap(
        (part) => scanPart(part.data.toString("utf8"), OPEN, CLOSE).occurrences,
      );
      if (left.length > 0) {
        throw new WordTemplateError(
          file,
          `could not fill ${[...new Set(left.map(({ name }) => `{{${name}}}`))].join(", ")}`,
        );
      }
      return joinPackage(split, patched, options.date ?? FIRST_ZIP_DATE);
    },
  };
}
