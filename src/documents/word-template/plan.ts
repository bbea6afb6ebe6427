// What one fill does: which placeholders take text, which lists repeat table rows, and which names the
// data lacks. Pure; prepare.ts runs it before patching so that every missing name is reported at once.
import { PatchType } from "docx";
import type { IPatch, TableRowsPatch } from "docx";
import { isScalar, valueRuns } from "./values.js";
import type { ScalarValue } from "./values.js";

export type WordValue = ScalarValue | readonly Readonly<Record<string, ScalarValue>>[];
export type WordData = Readonly<Record<string, WordValue>>;

/** The placeholders of a template, as prepare.ts found them. */
export interface TemplateFields {
  /** Every name, once, in document order. */
  readonly names: readonly string[];
  /** Names with an occurrence that is filled with text. */
  readonly text: ReadonlySet<string>;
  /** Names `list.field` with an occurrence in a table row, filled per item of `list`. */
  readonly row: ReadonlySet<string>;
}

export interface FillPlan {
  readonly patches: Record<string, IPatch | TableRowsPatch>;
  /** Names the data has no value for, in template order. */
  readonly missing: string[];
}

/** "dong.stt" → ["dong", "stt"]; a name without a dot inside it → null. */
export function splitRowField(name: string): readonly [string, string] | null {
  const dot = name.indexOf(".");
  if (dot <= 0 || dot === name.length - 1) return null;
  return [name.slice(0, dot), name.slice(dot + 1)];
}

const paragraph = (value: ScalarValue): IPatch => ({ type: PatchType.PARAGRAPH, children: valueRuns(value) });

function own(data: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(data, key) ? data[key] : undefined;
}

/** The values one fill takes, as the data gives them: checked for shape, not yet turned into runs. */
export interface FillValues {
  readonly scalars: ReadonlyMap<string, ScalarValue>;
  readonly lists: ReadonlyMap<
    string,
    { readonly items: readonly Readonly<Record<string, ScalarValue>>[]; readonly fields: ReadonlySet<string> }
  >;
  /** Names the data has no value for, in template order. */
  readonly missing: string[];
}

/**
 * The data's value for each placeholder. Throws TypeError for a value of the wrong shape (a list where text
 * goes, an object); numbers that cannot be written (NaN) are left for valueText to refuse.
 */
export function readFillValues(fields: TemplateFields, data: WordData, file: string): FillValues {
  const missing = new Set<string>();
  const scalars = new Map<string, ScalarValue>();
  const lists = new Map<string, { items: readonly Readonly<Record<string, ScalarValue>>[]; fields: Set<string> }>();
  const wrongType = (name: string, what: string) => new TypeError(`${file}: {{${name}}}: ${what}`);

  const scalar = (name: string): boolean => {
    const value = own(data, name);
    if (value === undefined || value === null) return false;
    if (Array.isArray(value)) throw wrongType(name, "takes text, but its value is a list");
    if (!isScalar(value)) throw wrongType(name, `takes text or a number, not ${typeof value}`);
    scalars.set(name, value);
    return true;
  };

  for (const name of fields.names) {
    if (fields.text.has(name) && !scalar(name)) missing.add(name);
    if (!fields.row.has(name)) continue;
    const [head, field] = splitRowField(name) ?? [name, ""];
    const items = own(data, head);
    if (!Array.isArray(items)) {
      // Not a list: the whole name may still be a field of its own ("recipient.name").
      if (!scalar(name)) missing.add(name);
      continue;
    }
    const list = lists.get(head) ?? {
      items: items as readonly Readonly<Record<string, ScalarValue>>[],
      fields: new Set<string>(),
    };
    lists.set(head, list);
    list.fields.add(field);
    items.forEach((item: unknown, index) => {
      if (typeof item !== "object" || item === null || Array.isArray(item)) {
        throw wrongType(name, `item ${index + 1} of ${head} is not a set of fields`);
      }
      const value = own(item as Record<string, unknown>, field);
      if (value === undefined || value === null) missing.add(name);
      else if (!isScalar(value))
        throw wrongType(name, `item ${index + 1} of ${head} has ${typeof value}, not text or a number`);
    });
  }
  return { scalars, lists, missing: missing.size === 0 ? [] : fields.names.filter((name) => missing.has(name)) };
}

export function planFill(fields: TemplateFields, data: WordData, file: string): FillPlan {
  const { scalars, lists, missing } = readFillValues(fields, data, file);
  const patches: Record<string, IPatch | TableRowsPatch> = {};
  if (missing.length > 0) return { patches, missing };
  for (const [head, list] of lists) {
    patches[head] = {
      type: PatchType.TABLE_ROWS,
      rows: list.items.map((item) =>
        Object.fromEntries([...list.fields].map((field) => [field, paragraph(item[field] as ScalarValue)])),
      ),
    };
  }
  for (const [name, value] of scalars) patches[name] = paragraph(value);
  return { patches, missing: [] };
}
