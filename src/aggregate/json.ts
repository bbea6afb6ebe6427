// The text of aggregate.json (DESIGN §6): JSON.stringify(value, null, 2) and a final newline, byte for
// byte, also produced in pieces so that a large aggregate is written without holding the whole text.
import { toAggregateJson } from "./to-json.js";
import type { Aggregate } from "./types.js";

/** The stable text of aggregate.json: two-space indentation, a final newline, no clock. */
export function aggregateJson(value: Aggregate): string {
  return [...aggregateJsonPieces(value)].join("");
}

/**
 * aggregateJson in pieces, exactly `${JSON.stringify(value, null, 2)}\n`: the top three levels are laid out
 * here and everything deeper (each incident, each indicator …) by JSON.stringify, re-indented. With 100,000
 * incidents the whole text is some 100 MB of UTF-16 string; in pieces, it is written as it is made.
 */
export function* aggregateJsonPieces(value: Aggregate): Generator<string> {
  yield* stableJsonPieces(toAggregateJson(value));
}

/** `${JSON.stringify(value, null, 2)}\n` in pieces, for any value (aggregateJsonPieces' layout). */
export function* stableJsonPieces(value: unknown): Generator<string> {
  yield* jsonPieces(value, "", 0);
  yield "\n";
}

function* jsonPieces(value: unknown, indent: string, depth: number): Generator<string> {
  const container =
    value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON !== "function";
  if (!container || depth >= 3) {
    // JSON.stringify's own layout at this depth: its line breaks are all layout (a string's are escaped).
    const text = JSON.stringify(value, null, 2) ?? "null";
    yield indent === "" ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let index = 0; index < value.length; index += 1) {
      yield `${index === 0 ? "" : ","}\n${inner}`;
      // JSON.stringify writes null for an undefined, function or symbol element.
      const item: unknown = value[index];
      yield* item === undefined || typeof item === "function" || typeof item === "symbol"
        ? ["null"]
        : jsonPieces(item, inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  // Objects: own enumerable keys in order, skipping what JSON.stringify skips.
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, item]) => item !== undefined && typeof item !== "function" && typeof item !== "symbol",
  );
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield "{";
  for (const [index, [key, item]] of entries.entries()) {
    yield `${index === 0 ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
    yield* jsonPieces(item, inner, depth + 1);
  }
  yield `\n${indent}}`;
}
