// A prepared template compiled once into literal pieces and value slots, so that a letter is a string join
// and one deflate, not a patchDocument run. Why: patchDocument unzips the prepared parts, parses every one
// into an object tree, walks every paragraph once per placeholder, writes the trees back as XML and zips
// them, for every letter; at 1,000 letters that was most of the batch's CPU (and of its garbage).
//
// How, without owning docx's patching rules: at preparation, patchDocument fills the template twice with
// probe values, each placeholder's value a private-use marker holding its index (U+E002 index U+E003):
// once as one line, once as two lines. Everywhere docx wrote a value's text, the probe's output holds the
// marker, and everything else it wrote (the split runs, the copied formatting, the namespaces it adds) is
// the same for every value: what patchDocument writes around a value depends on the template and on the
// value's number of lines, never on its text (the text is only escaped, and a value can hold neither the
// placeholder delimiters nor docx's split token U+FFFF, see values.ts). So a part is kept as the pieces
// between the markers; the two-line probe gives, for each slot, the XML between two lines of a value
// (the w:br run with the slot's formatting). A letter is then the pieces with each value's lines, escaped as
// docx escapes text, in between. Parts without a slot (relationships, [Content_Types].xml, a header without
// placeholders) and the parts patchDocument never sees are deflated once and copied into every letter.
//
// A table-row list repeats its rows once per item, so what surrounds the values also depends on the data's
// shape: which lists it gives and how many items each has (prepare.ts compiles once per shape met, the probes
// holding lists of that length). The compiled form is used only where the probes agree with each other; a
// letter of any other shape goes through patchDocument. word-template.test.ts checks compiled against
// patched letters byte for byte, for hostile values and lists of several lengths.
import { deflateEntry, writeZip } from "../../zip/index.js";
import type { DeflatedZipEntry, ZipEntry } from "../../zip/index.js";
import type { CalendarDate } from "../../domain/calendar-date.js";

/** The probe's markers: private-use characters a prepared template is checked not to hold. */
export const SLOT_OPEN = "\uE002";
export const SLOT_CLOSE = "\uE003";
const SLOT = /\uE002(\d+)\uE003/;

/** A part with values in it: `pieces` around the slots, `pieces.length === slots.length + 1`. */
interface SlottedPart {
  readonly name: string;
  readonly pieces: readonly string[];
  /** Per slot: the index of its placeholder in the template's names. */
  readonly slots: readonly number[];
  /** Per slot: the XML between two lines of its value. */
  readonly lineBreaks: readonly string[];
}

export interface CompiledPackage {
  /** Each entry of the letter in order: deflated once, or a part to join per letter. */
  readonly entries: readonly (DeflatedZipEntry | SlottedPart)[];
}

/** The probe value of the placeholder at `index`, over `lines` lines. */
export function probeValue(index: number, lines: 1 | 2): string {
  const marker = `${SLOT_OPEN}${index}${SLOT_CLOSE}`;
  return lines === 1 ? marker : `${marker}\n${marker}`;
}

/**
 * The compiled package from the entries of the two probes (as joinPackage would write them), or null where
 * the probes disagree in a way the pieces cannot express (then patchDocument fills every letter).
 */
export function compilePackage(
  one: readonly DeflatedZipEntry[],
  two: readonly DeflatedZipEntry[],
  probed: ReadonlySet<string>,
): CompiledPackage | null {
  if (one.length !== two.length) return null;
  const entries: (DeflatedZipEntry | SlottedPart)[] = [];
  for (const [position, entry] of one.entries()) {
    const other = two[position];
    if (other === undefined || other.name !== entry.name) return null;
    if (!probed.has(entry.name)) {
      entries.push(entry);
      continue;
    }
    const single = entry.data.toString("utf8").split(SLOT);
    const double = other.data.toString("utf8").split(SLOT);
    if (single.length === 1) {
      if (!entry.data.equals(other.data)) return null;
      entries.push(entry);
      continue;
    }
    // split with a capturing group: piece, index, piece, index, …, piece.
    const slotCount = (single.length - 1) / 2;
    if (double.length !== 4 * slotCount + 1) return null;
    const pieces: string[] = [];
    const slots: number[] = [];
    const lineBreaks: string[] = [];
    for (let slot = 0; slot < slotCount; slot += 1) {
      const piece = single[2 * slot] as string;
      const index = single[2 * slot + 1] as string;
      // In the two-line probe: piece, index, line break, index, piece, …
      if (double[4 * slot] !== piece || double[4 * slot + 1] !== index || double[4 * slot + 3] !== index) return null;
      pieces.push(piece);
      slots.push(Number(index));
      lineBreaks.push(double[4 * slot + 2] as string);
    }
    const last = single[single.length - 1] as string;
    if (double[double.length - 1] !== last) return null;
    pieces.push(last);
    entries.push({ name: entry.name, pieces, slots, lineBreaks });
  }
  return { entries };
}

/**
 * Text as docx writes it in a w:t: it escapes &, <, > and drops the C0 controls XML cannot hold (values.ts
 * has already made them U+FFFD; kept for the same bytes whatever comes in). Quotes stay as they are.
 */
const NEEDS_ESCAPE = /[&<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const ESCAPED = /[&<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
function escapeText(text: string): string {
  // Nearly every value (a name, a number) needs nothing: one test, no copy.
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, (char) => ENTITIES[char] ?? "") : text;
}

/**
 * One letter: `texts[i]` is the text of the template's i-th placeholder (valueText's, lines split by "\n").
 */
export function writeCompiled(compiled: CompiledPackage, texts: readonly string[], date: CalendarDate): Buffer {
  const lines = texts.map((text) => escapeText(text).split("\n"));
  const entries = compiled.entries.map((entry): DeflatedZipEntry => {
    if ("deflated" in entry) return entry;
    let xml = entry.pieces[0] as string;
    for (let slot = 0; slot < entry.slots.length; slot += 1) {
      xml += (lines[entry.slots[slot] as number] as string[]).join(entry.lineBreaks[slot]);
      xml += entry.pieces[slot + 1] as string;
    }
    const part: ZipEntry = { name: entry.name, data: Buffer.from(xml, "utf8") };
    return deflateEntry(part);
  });
  return writeZip(entries, { date });
}
