import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { withFixedZipTimestamps } from "./timestamps.js";

/** [local time, local date, central time, central date] of every entry. */
function stamps(zip: Buffer): number[][] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let position = zip.readUInt32LE(eocd + 16);
  const result: number[][] = [];
  for (let index = 0; index < count; index += 1) {
    const local = zip.readUInt32LE(position + 42);
    result.push([
      zip.readUInt16LE(local + 10),
      zip.readUInt16LE(local + 12),
      zip.readUInt16LE(position + 12),
      zip.readUInt16LE(position + 14),
    ]);
    position +=
      46 + zip.readUInt16LE(position + 28) + zip.readUInt16LE(position + 30) + zip.readUInt16LE(position + 32);
  }
  return result;
}

const dos = (year: number, month: number, day: number): number => ((year - 1980) << 9) | (month << 5) | day;

describe("withFixedZipTimestamps", () => {
  let zip: Buffer;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Một").getCell("A1").value = "xin chào";
    zip = Buffer.from(await workbook.xlsx.writeBuffer());
  });

  it("stamps every entry, local header and central directory alike, at midnight", () => {
    const fixed = withFixedZipTimestamps(zip, { year: 2023, month: 6, day: 14 });
    const all = stamps(fixed);
    expect(all.length).toBeGreaterThan(5);
    for (const entry of all) expect(entry).toEqual([0, dos(2023, 6, 14), 0, dos(2023, 6, 14)]);
  });

  it("changes nothing but the stamps and leaves its input alone", () => {
    const before = Buffer.from(zip);
    const fixed = withFixedZipTimestamps(zip, { year: 2023, month: 6, day: 14 });
    expect(zip.equals(before)).toBe(true);
    expect(fixed.length).toBe(zip.length);
    const differing = [...fixed.keys()].filter((index) => fixed[index] !== zip[index]);
    const stampBytes = new Set<number>();
    const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    let position = zip.readUInt32LE(eocd + 16);
    for (let index = 0; index < zip.readUInt16LE(eocd + 10); index += 1) {
      const local = zip.readUInt32LE(position + 42);
      for (const offset of [local + 10, position + 12])
        for (let byte = 0; byte < 4; byte += 1) stampBytes.add(offset + byte);
      position +=
        46 + zip.readUInt16LE(position + 28) + zip.readUInt16LE(position + 30) + zip.readUInt16LE(position + 32);
    }
    expect(differing.filter((index) => !stampBytes.has(index))).toEqual([]);
  });

  it("clamps to the MS-DOS range 1980–2107", () => {
    expect(stamps(withFixedZipTimestamps(zip, { year: 1975, month: 5, day: 5 }))[0]).toEqual([
      0,
      dos(1980, 1, 1),
      0,
      dos(1980, 1, 1),
    ]);
    expect(stamps(withFixedZipTimestamps(zip, { year: 2200, month: 5, day: 5 }))[0]).toEqual([
      0,
      dos(2107, 12, 31),
      0,
      dos(2107, 12, 31),
    ]);
  });

  it("refuses what is not a zip", () => {
    expect(() =>
      withFixedZipTimestamps(Buffer.from("not a zip at all, just some text here"), { year: 2023, month: 1, day: 1 }),
    ).toThrow(/end of central directory/);
    const broken = Buffer.from(zip);
    const eocd = broken.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    broken.writeUInt32LE(0, eocd + 16); // central directory "at" byte 0, where a local header is
    expect(() => withFixedZipTimestamps(broken, { year: 2023, month: 1, day: 1 })).toThrow(/central directory header/);
  });
});
