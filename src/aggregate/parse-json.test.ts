import { describe, expect, it } from "vitest";
import { stableJsonPieces } from "./json.js";
import { parseAggregateBlocks, parseAggregateBlocksTrimmed, parseAggregateBytes } from "./parse-json.js";

function incident(index: number): Record<string, unknown> {
  return {
    unit: `DV${index % 7}`,
    detectedOn: index % 3 === 0 ? null : "2023-03-14",
    description: `Vụ việc số ${index}, "trích dẫn" và dòng\nmới {[,]}\n      {`,
    damage: index * 1.5,
    source: { file: "a.xlsx", sheet: "Vụ việc", row: index + 2 },
  };
}

function file(count: number): Record<string, unknown> {
  return {
    period: "2023-H1",
    incidents: { count, byUnit: { DV1: { count: 1 } }, list: Array.from({ length: count }, (_, i) => incident(i)) },
    warnings: [{ code: "list/value-not-in-config", list: "Hành vi", value: "x" }],
    basis: { config: "c", ledger: "l" },
  };
}

const bytes = (value: unknown): Buffer => Buffer.from([...stableJsonPieces(value)].join(""), "utf8");

describe("parseAggregateBytes", () => {
  it("gives what JSON.parse gives, for the writer's layout in many pieces", () => {
    const value = file(30_000); // well over a megabyte: several pieces
    const data = bytes(value);
    expect(data.length).toBeGreaterThan(3 << 20);
    expect(parseAggregateBytes(data)).toEqual(JSON.parse(data.toString("utf8")));
  });

  it("handles an empty list, another layout, and a second list key as JSON.parse does", () => {
    for (const value of [file(0), file(1), file(3)]) {
      const data = bytes(value);
      expect(parseAggregateBytes(data)).toEqual(value);
      const compact = Buffer.from(JSON.stringify(value), "utf8");
      expect(parseAggregateBytes(compact)).toEqual(value);
    }
    const twice = bytes(file(2)).toString("utf8").replace('\n    "count"', '\n    "list": [1],\n    "count"');
    // the first list is the one cut out; the later one wins, as in JSON.parse
    const text = twice.replace('"list": [1],', '"list": [\n      1\n    ],');
    expect(parseAggregateBytes(Buffer.from(text))).toEqual(JSON.parse(text));
  });

  it("throws a SyntaxError for a truncated file", () => {
    const data = bytes(file(5));
    expect(() => parseAggregateBytes(data.subarray(0, data.length - 40))).toThrow(SyntaxError);
  });
});

describe("parseAggregateBlocks", () => {
  it("gives what JSON.parse gives whatever the blocks' sizes, markers cut across blocks", () => {
    for (const [count, size] of [
      [40, 1],
      [40, 7],
      [3_000, 4096],
      [8_000, 65_536],
      [3_000, 1 << 20],
      [3_000, 1 << 30],
    ] as const) {
      const data = bytes(file(count));
      const expected: unknown = JSON.parse(data.toString("utf8"));
      const blocks: Buffer[] = [];
      for (let start = 0; start < data.length; start += size)
        blocks.push(Buffer.from(data.subarray(start, start + size)));
      let wholeRead = false;
      const parsed = parseAggregateBlocks(blocks, () => {
        wholeRead = true;
        return data;
      });
      expect(parsed).toEqual(expected);
      expect(wholeRead).toBe(false);
    }
  });

  it("reads the bytes whole for another layout", () => {
    const data = Buffer.from(JSON.stringify(file(3)), "utf8");
    let wholeRead = false;
    const parsed = parseAggregateBlocks([data], () => {
      wholeRead = true;
      return data;
    });
    expect(parsed).toEqual(JSON.parse(data.toString("utf8")));
    expect(wholeRead).toBe(true);
  });
});

describe("parseAggregateBlocksTrimmed", () => {
  const isIncident = (item: unknown): boolean =>
    item !== null && typeof item === "object" && typeof (item as { unit?: unknown }).unit === "string";

  it("keeps the first incidents, counts and checks them all, in pieces or whole", () => {
    for (const data of [bytes(file(5_000)), Buffer.from(JSON.stringify(file(5_000)), "utf8")]) {
      const expected = JSON.parse(data.toString("utf8")) as ReturnType<typeof file>;
      const blocks: Buffer[] = [];
      for (let start = 0; start < data.length; start += 65_536) blocks.push(data.subarray(start, start + 65_536));
      const trimmed = parseAggregateBlocksTrimmed(blocks, () => data, { keep: 10, check: isIncident });
      const incidents = expected.incidents as { list: unknown[] };
      expect(trimmed.list).toEqual({ length: 5_000, valid: true });
      expect(trimmed.json).toEqual({ ...expected, incidents: { ...incidents, list: incidents.list.slice(0, 10) } });
    }
  });

  it("finds an incident that fails the check among those it drops", () => {
    const value = file(3_000);
    (value.incidents as { list: Record<string, unknown>[] }).list[2_500]!.unit = 7;
    const data = bytes(value);
    const trimmed = parseAggregateBlocksTrimmed([data], () => data, { keep: 5, check: isIncident });
    expect(trimmed.list).toEqual({ length: 3_000, valid: false });
  });
});
