// Reproducible zips written by others. exceljs packs the .xlsx with JSZip, which stamps every entry with
// the current time (`o.date = o.date || new Date()` in jszip/lib/object.js) and exceljs offers no option
// to pass a date. So two writes of the same workbook differ in the MS-DOS time/date fields of each entry. This
// module rewrites those fields to a fixed stamp. The CRC covers only the data, so nothing else changes.
// Rewriting the workbook through write.ts instead would inflate and deflate every part again: slower,
// for the same result.
import type { CalendarDate } from "../domain/calendar-date.js";
import { CENTRAL_HEADER_SIZE, CENTRAL_SIGNATURE, EOCD_SIGNATURE, EOCD_SIZE, LOCAL_SIGNATURE } from "./format.js";

const MAX_COMMENT = 0xffff;

/**
 * A copy of `zip` with every entry stamped `date` at 00:00:00 (in both the local header and the central
 * directory). MS-DOS dates run from 1980 to 2107; dates outside are clamped to those years.
 * Throws on anything but a plain (non-zip64) zip, which is all JSZip writes for a form.
 */
export function withFixedZipTimestamps(zip: Uint8Array, date: CalendarDate): Buffer {
  const out = Buffer.from(zip);
  const dosDate = toDosDate(date);
  const dosTime = 0;

  const eocd = findEndOfCentralDirectory(out);
  const entries = out.readUInt16LE(eocd + 10);
  const directoryOffset = out.readUInt32LE(eocd + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) throw new Error("zip64 archives are not supported");

  let position = directoryOffset;
  for (let index = 0; index < entries; index += 1) {
    if (position + CENTRAL_HEADER_SIZE > out.length || out.readUInt32LE(position) !== CENTRAL_SIGNATURE) {
      throw new Error(`Malformed zip: no central directory header at byte ${position}`);
    }
    out.writeUInt16LE(dosTime, position + 12);
    out.writeUInt16LE(dosDate, position + 14);
    const local = out.readUInt32LE(position + 42);
    if (local + 30 > out.length || out.readUInt32LE(local) !== LOCAL_SIGNATURE) {
      throw new Error(`Malformed zip: no local header at byte ${local}`);
    }
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    const nameLength = out.readUInt16LE(position + 28);
    const extraLength = out.readUInt16LE(position + 30);
    const commentLength = out.readUInt16LE(position + 32);
    position += CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
  }
  return out;
}

/** Where the zip's end of central directory record starts; throws when it has none. */
export function findEndOfCentralDirectory(zip: Buffer): number {
  const last = zip.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let position = last; position >= first; position -= 1) {
    if (zip.readUInt32LE(position) === EOCD_SIGNATURE) return position;
  }
  throw new Error("Malformed zip: end of central directory not found");
}

/** MS-DOS date: bits 15–9 year − 1980, 8–5 month, 4–0 day. */
export function toDosDate(date: CalendarDate): number {
  if (date.year < 1980) return (0 << 9) | (1 << 5) | 1;
  if (date.year > 2107) return (127 << 9) | (12 << 5) | 31;
  return ((date.year - 1980) << 9) | (date.month << 5) | date.day;
}
