import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { makeZip, readZipEntries as readIndependently } from "../../test/helpers/zip.js";
import {
  DEFAULT_ZIP_LIMITS,
  deflateEntry,
  exceedsZipLimits,
  openZipParts,
  readZipEntries,
  rewriteZip,
  writeZip,
  ZipLimitError,
} from "./index.js";

const entries = [
  { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
  { name: "word/tài-liệu.xml", data: Buffer.from("<w:document>Hưng Yên</w:document>") },
  { name: "dir/b.bin", data: Buffer.alloc(1000, 7) },
];

describe("writeZip", () => {
  it("writes entries that an independent reader and ours read back, in order", async () => {
    const zip = writeZip(entries);
    expect(readIndependently(zip).map(({ name, data }) => ({ name, data }))).toEqual(entries);
    expect(await readZipEntries(zip)).toEqual(entries);
  });

  it("stamps every entry with the date at 00:00, and the same entries give the same bytes", () => {
    const date = { year: 2023, month: 7, day: 3 };
    const zip = writeZip(entries, { date });
    for (const entry of readIndependently(zip)) {
      expect(entry.date).toBe(((2023 - 1980) << 9) | (7 << 5) | 3);
      expect(entry.time).toBe(0);
    }
    expect(writeZip(entries, { date }).equals(zip)).toBe(true);
    expect(readIndependently(writeZip(entries, { date: { year: 1970, month: 1, day: 1 } }))[0]?.date).toBe(
      (1 << 5) | 1,
    );
    expect(readIndependently(writeZip(entries, { date: { year: 2150, month: 1, day: 1 } }))[0]?.date).toBe(
      (119 << 9) | (12 << 5) | 31,
    );
  });

  it("writes an entry deflated ahead of time as it is, the same as deflating it then", () => {
    const deflated = entries.map(deflateEntry);
    expect(deflated[1]?.deflated.equals(deflateRawSync(entries[1]?.data ?? Buffer.alloc(0), { level: 9 }))).toBe(true);
    expect(writeZip(deflated).equals(writeZip(entries))).toBe(true);
  });
});

describe("readZipEntries", () => {
  it("refuses, before inflating, a package that expands past the limits", async () => {
    const bomb = makeZip([{ name: "word/document.xml", data: Buffer.alloc(20 * 1024 * 1024, 0x20) }]);
    const parts = await openZipParts(bomb);
    expect(exceedsZipLimits(parts.entries)).toBe(true);
    await expect(readZipEntries(bomb)).rejects.toBeInstanceOf(ZipLimitError);
    await expect(readZipEntries(bomb, { ...DEFAULT_ZIP_LIMITS, maxRatio: 1e6 })).resolves.toHaveLength(1);
    expect(exceedsZipLimits(parts.entries, { maxExpandedBytes: 1024, maxRatio: 1e6 })).toBe(true);
  });

  it("never inflates a part past the size its directory declares", async () => {
    const zip = makeZip([{ name: "a.xml", data: Buffer.alloc(4096, 0x41) }]);
    // The central directory's uncompressed size, lowered to 100: the part holds more than it claims.
    const directory = zip.readUInt32LE(zip.length - 22 + 16);
    zip.writeUInt32LE(100, directory + 24);
    await expect(readZipEntries(zip)).rejects.toThrow();
  });

  it("leaves folder entries out and throws for bytes that are no zip", async () => {
    const zip = makeZip([{ name: "word/", data: Buffer.alloc(0), deflate: false }, ...entries]);
    expect((await readZipEntries(zip)).map((entry) => entry.name)).toEqual(entries.map((entry) => entry.name));
    await expect(readZipEntries(Buffer.from("not a zip"))).rejects.toThrow();
  });
});

describe("rewriteZip", () => {
  it("changes the parts named, copies the others' deflated bytes, and stamps every entry", async () => {
    const source = makeZip([
      { name: "a.xml", data: Buffer.from("<a>old</a>") },
      { name: "b.bin", data: Buffer.alloc(500, 3) },
      { name: "c.txt", data: Buffer.from("stored"), deflate: false },
    ]);
    const out = await rewriteZip(
      source,
      new Map([["a.xml", (data: Buffer) => Buffer.from(data.toString().replace("old", "new"))]]),
      {
        date: { year: 2023, month: 7, day: 3 },
      },
    );
    const read = readIndependently(out);
    expect(read.map((entry) => [entry.name, entry.data.toString("latin1")])).toEqual([
      ["a.xml", "<a>new</a>"],
      ["b.bin", Buffer.alloc(500, 3).toString("latin1")],
      ["c.txt", "stored"],
    ]);
    for (const entry of read) expect([entry.date, entry.time]).toEqual([((2023 - 1980) << 9) | (7 << 5) | 3, 0]);
    const before = (await openZipParts(source)).stored("b.bin");
    expect((await openZipParts(out)).stored("b.bin")?.data.equals(before?.data ?? Buffer.alloc(0))).toBe(true);
  });
});
