// The one zip writer: the .docx packages baocao writes (documents/layout, word-template). fflate writes
// the container; the parts are deflated here with node:zlib (level 9, native, and its output depends
// only on its input), so a part written unchanged into many packages (a batch of letters) is deflated
// once and its bytes handed to fflate as they are (a ZipInputFile of our own, fflate's documented way
// to add data compressed elsewhere). Every entry carries one fixed time: the document's date at 00:00,
// so the same parts give the same bytes whatever the clock says.
//
// fflate's streaming writer puts each entry's CRC and sizes in a data descriptor after its data (flag
// bit 3); readers (Word, LibreOffice, yauzl, unzip) take them from the central directory.
import { deflateRawSync } from "node:zlib";
import { Zip } from "fflate";
import type { ZipInputFile } from "fflate";
import type { CalendarDate } from "../domain/calendar-date.js";
import { crc32 } from "./crc32.js";
import type { ZipEntry } from "./read.js";

/** A part deflated elsewhere: its deflated bytes, the CRC-32 and size of its data. */
export interface CompressedZipEntry {
  readonly name: string;
  readonly deflated: Buffer;
  readonly crc: number;
  readonly size: number;
}

/** An entry deflated ahead of time, for a part written unchanged into many packages. */
export interface DeflatedZipEntry extends ZipEntry, CompressedZipEntry {}

export function deflateEntry(entry: ZipEntry): DeflatedZipEntry {
  return {
    ...entry,
    deflated: deflateRawSync(entry.data, { level: 9 }),
    crc: crc32(entry.data),
    size: entry.data.length,
  };
}

const DEFLATED = 8;

/**
 * The entries' time: `date` at 00:00:00 local time, which fflate writes as the MS-DOS date `date` and
 * time 0. MS-DOS dates that fflate writes run from 1980 to 2099: dates outside are clamped to those years.
 */
function entryTime(date: CalendarDate | undefined): Date {
  if (date === undefined || date.year < 1980) return new Date(1980, 0, 1);
  if (date.year > 2099) return new Date(2099, 11, 31);
  return new Date(date.year, date.month - 1, date.day);
}

export interface WriteZipOptions {
  /** Every entry stamped with this date at 00:00:00; without it, 1980-01-01, the format's first day. */
  readonly date?: CalendarDate;
}

/** A zip of `entries` in their order, deflated (an entry deflated ahead of time is written as it is). */
export function writeZip(entries: readonly (ZipEntry | CompressedZipEntry)[], options: WriteZipOptions = {}): Buffer {
  const chunks: Uint8Array[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error !== null) failures.push(error);
    else chunks.push(chunk);
  });
  const mtime = entryTime(options.date);
  for (const entry of entries) {
    const deflated = "deflated" in entry ? entry : deflateEntry(entry);
    const file: ZipInputFile = {
      filename: entry.name,
      size: deflated.size,
      crc: deflated.crc,
      compression: DEFLATED,
      mtime,
    };
    zip.add(file);
    // fflate's handler types its chunk over an ArrayBuffer; a Buffer from zlib is one.
    file.ondata?.(null, deflated.deflated as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  const [failure] = failures;
  if (failure !== undefined) throw failure;
  return Buffer.concat(chunks);
}
