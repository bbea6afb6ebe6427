import { describe, expect, it } from "vitest";
import { makeZip, readZipEntries as readIndependently } from "../../test/helpers/zip.js";
import { spliceZipParts, writeZip } from "./index.js";
import type { PartEdit } from "./index.js";

const entries = [
  { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
  { name: "xl/worksheets/sheet1.xml", data: Buffer.from("<worksheet><sheetData/><pageMargins/></worksheet>") },
  { name: "xl/tài-liệu.xml", data: Buffer.from("Hưng Yên ".repeat(500)) },
];
const replace = (data: Buffer) =>
  Buffer.from(data.toString("utf8").replace("<pageMargins", "<printOptions/><pageMargins"), "utf8");
/** The edit as a stream: the whole part read, then replaced. */
const insert: PartEdit = async function* (chunks) {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  yield replace(Buffer.concat(parts));
};
const edited = entries.map((entry) =>
  entry.name === "xl/worksheets/sheet1.xml" ? { ...entry, data: replace(entry.data) } : entry,
);

describe("spliceZipParts", () => {
  it("gives the zip its writer would have written with the new part (headers without a data descriptor)", async () => {
    // makeZip deflates at zlib's default level, 6.
    const zip = makeZip(entries);
    const spliced = await spliceZipParts(zip, new Map([["xl/worksheets/sheet1.xml", insert]]), { level: 6 });
    expect(spliced.equals(makeZip(edited))).toBe(true);
    expect(readIndependently(spliced).map(({ name, data }) => ({ name, data }))).toEqual(edited);
  });

  it("rewrites the data descriptor of a part written with one, and leaves every other entry's bytes", async () => {
    // writeZip (fflate) puts CRC and sizes in a descriptor after the data, and deflates at level 9.
    const zip = writeZip(entries);
    const spliced = await spliceZipParts(zip, new Map([["xl/worksheets/sheet1.xml", insert]]), { level: 9 });
    expect(spliced.equals(writeZip(edited))).toBe(true);
    expect(spliced.subarray(0, 30).equals(zip.subarray(0, 30))).toBe(true);
  });

  it("returns the zip as it is when no part is named, and refuses to replace a stored part", async () => {
    const zip = makeZip([...entries, { name: "stored.bin", data: Buffer.from("abc"), deflate: false }]);
    expect(await spliceZipParts(zip, new Map([["missing.xml", insert]]), { level: 6 })).toBe(zip);
    await expect(spliceZipParts(zip, new Map([["stored.bin", insert]]), { level: 6 })).rejects.toThrow("not deflated");
    await expect(
      spliceZipParts(Buffer.from("not a zip at all, no end record here"), new Map(), { level: 6 }),
    ).rejects.toThrow();
  });

  it("refuses a part that inflates past the size its directory declares", async () => {
    const zip = makeZip(entries);
    // The third entry's central directory header: its uncompressed size lowered to 100.
    const directory = zip.readUInt32LE(zip.length - 22 + 16);
    let header = directory;
    for (let index = 0; index < 2; index += 1) header += 46 + zip.readUInt16LE(header + 28);
    zip.writeUInt32LE(100, header + 24);
    await expect(spliceZipParts(zip, new Map([["xl/tài-liệu.xml", insert]]), { level: 6 })).rejects.toThrow(
      "more data than its declared 100 bytes",
    );
  });
});
