// aggregate.json's bytes parsed without making its whole text a string. At 100,000 incidents the file is
// some 60 MB of UTF-8 and, Vietnamese being outside Latin-1, 120 MB as a JavaScript string: garbage that
// V8 collects late, so it set the peak memory of `report`. The file as `baocao aggregate` writes it
// (json.ts: two-space layout) has its incident list between `\n    "list": [` and `\n    ]`, one incident
// starting on each line that is indented by six spaces; the list is parsed in pieces of about a megabyte
// and the rest of the file on its own. A file laid out otherwise (edited by hand) is parsed whole, so the
// result is always what JSON.parse of the whole text gives. A raw line break is never inside a JSON
// string, so every line break is layout; and a piece that parses as `[piece]` is a run of whole values.

const LIST_OPEN = Buffer.from('\n    "list": [', "utf8");
const LIST_CLOSE = Buffer.from("\n    ]", "utf8");
const ITEM_SEPARATOR = Buffer.from(",\n      {", "utf8");
const PIECE_BYTES = 1 << 20;

/** JSON.parse of the bytes' UTF-8 text; throws a SyntaxError as JSON.parse does. */
export function parseAggregateBytes(bytes: Buffer): unknown {
  return parseInPieces(bytes) ?? JSON.parse(bytes.toString("utf8"));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The parsed file, or undefined when its layout is not the writer's (the caller parses it whole). */
function parseInPieces(bytes: Buffer): unknown {
  const open = bytes.indexOf(LIST_OPEN);
  if (open < 0) return undefined;
  const listStart = open + LIST_OPEN.length - 1; // at "["
  const close = bytes.indexOf(LIST_CLOSE, listStart);
  if (close < 0) return undefined;
  const listEnd = close + LIST_CLOSE.length; // after "]"
  let json: unknown;
  try {
    json = JSON.parse(`${bytes.toString("utf8", 0, listStart)}[]${bytes.toString("utf8", listEnd)}`);
  } catch {
    return undefined;
  }
  // The cut must have been the incident list (and the only one: a second "list" key would win in JSON.parse).
  if (!isRecord(json) || !isRecord(json.incidents)) return undefined;
  const incidents = json.incidents;
  if (!Array.isArray(incidents.list) || incidents.list.length !== 0) return undefined;
  const list: unknown[] = [];
  const body = listStart + 1; // after "["
  let start = body;
  while (start < close) {
    let end = close;
    if (close - start > PIECE_BYTES) {
      const separator = bytes.indexOf(ITEM_SEPARATOR, start + PIECE_BYTES);
      if (separator >= 0 && separator < close) end = separator;
    }
    let items: unknown;
    try {
      items = JSON.parse(`[${bytes.toString("utf8", start, end)}]`);
    } catch {
      return undefined;
    }
    if (!Array.isArray(items)) return undefined;
    for (const item of items) list.push(item);
    // Past the separator's comma: the next piece starts at its line break.
    start = end === close ? close : end + 1;
  }
  incidents.list = list;
  return json;
}
