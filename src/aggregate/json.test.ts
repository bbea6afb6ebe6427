import { describe, expect, it } from "vitest";
import { stableJsonPieces } from "./json.js";

const stringify = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe("stableJsonPieces (the layout of aggregate.json)", () => {
  it("is JSON.stringify(value, null, 2) with a final newline, byte for byte, in pieces", () => {
    // Everything JSON.stringify treats specially, at every depth the pieces are laid out by hand and below.
    const awkward = {
      text: 'line\nbreak "quoted" \\ tab\t U+2028 \u2028 é (NFD e\u0301) 🙂',
      empty: [],
      emptyObject: {},
      skipped: undefined,
      fn: () => 1,
      nulls: [null, undefined, () => 2],
      numbers: [0, -0, 1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY],
      date: new Date(Date.UTC(2023, 5, 14)),
      'key with "quotes"': { deep: { deeper: { deepest: [1, { a: "b\nc" }] } } },
      "10": "numeric keys come first in JS objects",
    };
    const value = {
      period: "2023-H1",
      awkward,
      incidents: {
        count: 2,
        list: [awkward, { unit: "CAT", description: '=HYPERLINK("x")', source: { file: "a.xlsx", row: 2 } }, [], {}],
        byArea: { "Văn Lâm": { total: { count: 1 }, byUnit: {} } },
        empty: [],
      },
      warnings: [],
    };
    const pieces = [...stableJsonPieces(value)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join("")).toBe(stringify(value));
  });

  it("writes a large incident list a batch of incidents at a time", () => {
    const list = Array.from({ length: 1000 }, (_, index) => ({
      unit: `U${index % 7}`,
      damage: index * 1000,
      note: index % 3 === 0 ? null : `ghi chú ${index}`,
    }));
    const value = { period: "2023-H1", incidents: { count: list.length, list } };
    const pieces = [...stableJsonPieces(value)];
    expect(pieces.join("")).toBe(stringify(value));
    // No piece holds more than a batch (256) of the 1,000 incidents.
    const longest = Math.max(...pieces.map((piece) => piece.length));
    expect(longest).toBeLessThan(pieces.join("").length / 3);
    expect(longest).toBeGreaterThan(200);
  });
});
