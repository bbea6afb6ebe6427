// A minimal zip reader and writer (stored and deflated entries, no zip64), enough to rewrite the package
// docx writes so it comes out byte for byte the same every time (see deterministic.ts). node:zlib does
// the deflating; the CRC-32 is computed here so it needs no newer Node than 20.0.
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { CalendarDate } from "../../domain/calendar-date.js";
import { toDosDate } from "../../forms/blank/zip-timestamps.js";

export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

/** An entry deflated ahead of time, for a part written unchanged into many packages (word-template). */
export interface DeflatedZipEntry extends ZipEntry {
  readonly deflated: Buffer;
  readonly crc: number;
}

export function deflateEntry(entry: ZipEntry): DeflatedZipEntry {
  return { ...entry, deflated: deflateRawSync(entry.data, { level: 9 }), crc: crc32(entry.data) };
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function findEnd(zip: Buffer): number {
  for (let position = zip.length - 22; position >= Math.max(0, zip.length - 22 - 0xffff); position -= 1) {
    if (zip.readUInt32LE(position) === END) return position;
  }
  throw new Error("Malformed zip: end of central directory not found");
}

/** The entries of a zip, in the central directory's order, inflated. Folders are left out. */
export function readZip(zip: Uint8Array): ZipEntry[] {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEnd(buffer);
  const count = buffer.readUInt16LE(end + 10);
  let position = buffer.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (buffer.readUInt32LE(position) !== CENTRAL) throw new Error(`Malformed zip: no central header at ${position}`);
    const method = buffer.readUInt16LE(position + 10);
    const compressedSize = buffer.readUInt32LE(position + 20);
    const nameLength = buffer.readUInt16LE(position + 28);
    const extraLength = buffer.readUInt16LE(position + 30);
    const commentLength = buffer.readUInt16LE(position + 32);
    const local = buffer.readUInt32LE(position + 42);
    const name = buffer.toString("utf8", position + 46, position + 46 + nameLength);
    position += 46 + nameLength + extraLength + commentLength;
    if (buffer.readUInt32LE(local) !== LOCAL) throw new Error(`Malformed zip: no local header for ${name}`);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(start, start + compressedSize);
    if (name.endsWith("/")) continue;
    if (method === 0) entries.push({ name, data: Buffer.from(raw) });
    else if (method === 8) entries.push({ name, data: inflateRawSync(raw) });
    else throw new Error(`Unsupported zip compression method ${method} for ${name}`);
  }
  return entries;
}

export interface WriteZipOptions {
  /** Every entry stamped with this date at 00:00:00; without it, every timestamp is zero. */
  readonly date?: CalendarDate;
}

/** A zip of `entries` in their order, deflated. */
export function writeZip(entries: readonly (ZipEntry | DeflatedZipEntry)[], options: WriteZipOptions = {}): Buffer {
  const dosDate = options.date === undefined ? 0 : toDosDate(options.date);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const body = "deflated" in entry ? entry.deflated : deflateRawSync(entry.data, { level: 9 });
    const crc = "deflated" in entry ? entry.crc : crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt16LE(dosDate, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(entry.data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(header, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
