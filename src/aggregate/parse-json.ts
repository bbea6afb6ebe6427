// aggregate.json's bytes parsed without making its whole text one string, nor holding all its bytes. At
// 100,000 incidents the file is some 60 MB of UTF-8 and, Vietnamese being outside Latin-1, 120 MB as a
// JavaScript string: garbage that V8 collects late, so it set the peak memory of `report`. The file as
// `baocao aggregate` writes it (json.ts: two-space layout) has its incident list between
// `\n    "list": [` and `\n    ]`, one incident starting on each line indented by six spaces; the list is
// parsed in pieces of about a megabyte as the bytes come, and the rest of the file on its own. A file laid
// out otherwise (edited by hand) is parsed whole, so the result is always what JSON.parse of the whole text
// gives. A raw line break is never inside a JSON string, so every line break is layout; and a piece that
// parses as `[piece]` is a run of whole values.

const LIST_OPEN = Buffer.from('\n    "list": [', "utf8");
const LIST_CLOSE = Buffer.from("\n    ]", "utf8");
const ITEM_SEPARATOR = Buffer.from(",\n      {", "utf8");
const PIECE_BYTES = 1 << 20;

/** Which incidents of the list to keep, and the check every one of them (kept or not) must pass. */
export interface ListTrim {
  /** The first `keep` incidents are kept; the others are checked and dropped as they are read. */
  readonly keep: number;
  readonly check: (item: unknown) => boolean;
}

/** The parsed file with its list trimmed, the list's whole length, and whether every incident passed. */
export interface TrimmedAggregate {
  readonly json: unknown;
  readonly list: { readonly length: number; readonly valid: boolean };
}

/**
 * parseAggregateBlocks keeping only the first `trim.keep` incidents. Why: the incidents dropped are dropped
 * as each piece is parsed, while they are young, so that the garbage collector frees them at once; parsed
 * whole and dropped afterwards, 100,000 incidents had already moved to the old generation, which V8
 * collects late, and stayed in the command's peak memory.
 */
export function parseAggregateBlocksTrimmed(
  blocks: Iterable<Buffer>,
  whole: () => Buffer,
  trim: ListTrim,
): TrimmedAggregate {
  let length = 0;
  let valid = true;
  const kept: unknown[] = [];
  const take = (item: unknown): void => {
    length += 1;
    if (valid && !trim.check(item)) valid = false;
    if (kept.length < trim.keep) kept.push(item);
  };
  const parsed = parseInPieces(blocks, take);
  if (parsed !== undefined) {
    (parsed as { incidents: Record<string, unknown> }).incidents.list = kept;
    return { json: parsed, list: { length, valid } };
  }
  // Laid out otherwise: parsed whole, then trimmed the same way (a list that is not an array is left for
  // the shape check to refuse).
  const json = JSON.parse(whole().toString("utf8")) as unknown;
  const list = isRecord(json) && isRecord(json.incidents) ? json.incidents.list : undefined;
  if (!Array.isArray(list)) return { json, list: { length: 0, valid: true } };
  // What the pieces gave before the layout turned out otherwise is counted again from the start.
  length = 0;
  valid = true;
  kept.length = 0;
  for (const item of list) take(item);
  (json as { incidents: Record<string, unknown> }).incidents.list = kept;
  return { json, list: { length, valid } };
}

/** JSON.parse of the bytes' UTF-8 text; throws a SyntaxError as JSON.parse does. */
export function parseAggregateBytes(bytes: Buffer): unknown {
  return parseAggregateBlocks([bytes], () => bytes);
}

/**
 * JSON.parse of the UTF-8 text of `blocks` (the file's bytes in order, each block a Buffer of its own),
 * read once; `whole` gives all the bytes again when the layout is not the writer's. Throws as JSON.parse.
 */
export function parseAggregateBlocks(blocks: Iterable<Buffer>, whole: () => Buffer): unknown {
  const parsed = parseInPieces(blocks);
  return parsed !== undefined ? parsed : JSON.parse(whole().toString("utf8"));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * The parsed file, or undefined when its layout is not the writer's (the caller parses it whole). With
 * `take`, each incident goes to it as it is parsed, and the list is left as `take` makes it (empty here).
 */
function parseInPieces(blocks: Iterable<Buffer>, take?: (item: unknown) => void): unknown {
  const head: Buffer[] = [];
  const tail: Buffer[] = [];
  const list: unknown[] = [];
  const add = take ?? ((item: unknown) => list.push(item));
  let state: "head" | "list" | "tail" = "head";
  let pending: Buffer = Buffer.alloc(0);
  // The bytes of `pending` before `end` as elements of the list; false when they are not whole values.
  const takeItems = (end: number): boolean => {
    let items: unknown;
    try {
      items = JSON.parse(`[${pending.toString("utf8", 0, end)}]`);
    } catch {
      return false;
    }
    if (!Array.isArray(items)) return false;
    for (const item of items) add(item);
    return true;
  };
  for (const block of blocks) {
    if (state === "tail") {
      tail.push(block);
      continue;
    }
    pending = pending.length === 0 ? block : Buffer.concat([pending, block]);
    if (state === "head") {
      const open = pending.indexOf(LIST_OPEN);
      if (open < 0) {
        // Keep only what could begin the marker; the rest is head.
        const keep = Math.min(pending.length, LIST_OPEN.length - 1);
        head.push(pending.subarray(0, pending.length - keep));
        pending = Buffer.from(pending.subarray(pending.length - keep));
        continue;
      }
      const body = open + LIST_OPEN.length; // after "["
      head.push(pending.subarray(0, body - 1));
      pending = pending.subarray(body);
      state = "list";
    }
    // state "list": whole incidents are parsed, the last (perhaps cut) one waits for the next block.
    const close = pending.indexOf(LIST_CLOSE);
    if (close >= 0) {
      if (!takeItems(close)) return undefined;
      tail.push(pending.subarray(close + LIST_CLOSE.length));
      pending = Buffer.alloc(0);
      state = "tail";
      continue;
    }
    if (pending.length > PIECE_BYTES) {
      const separator = pending.lastIndexOf(ITEM_SEPARATOR);
      if (separator > 0) {
        if (!takeItems(separator)) return undefined;
        // Past the separator's comma: the next piece starts at its line break.
        pending = Buffer.from(pending.subarray(separator + 1));
      }
    }
  }
  if (state !== "tail") return undefined;
  let json: unknown;
  try {
    json = JSON.parse(`${Buffer.concat(head).toString("utf8")}[]${Buffer.concat(tail).toString("utf8")}`);
  } catch {
    return undefined;
  }
  // The cut must have been the incident list (and the only one: a second "list" key would win in JSON.parse).
  if (!isRecord(json) || !isRecord(json.incidents)) return undefined;
  const incidents = json.incidents;
  if (!Array.isArray(incidents.list) || incidents.list.length !== 0) return undefined;
  incidents.list = list;
  return json;
}
