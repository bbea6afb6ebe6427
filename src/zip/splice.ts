// Some parts of a zip written by someone else (exceljs' streaming writer, through archiver) replaced in
// place: every other byte of the zip stays as it was (the other entries' headers, data and descriptors,
// their order, the directory's fields), and a replaced part keeps its local header, flags and descriptor
// form; only its data, CRC-32 and sizes change, and the offsets after it. A part is deflated again at
// the level the caller names (the writer's), so the result is the zip that writer would have written
// had the part held the new bytes.
//
// A part is edited as a stream, inflated, edited and deflated chunk by chunk: a sheet of 100,000 rows
// (tens of megabytes of XML) is never held whole, only its deflated bytes before and after. The other
// parts are never inflated.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createDeflateRaw, createInflateRaw } from "node:zlib";
import { Crc32 } from "./crc32.js";
import {
  CENTRAL_HEADER_SIZE,
  CENTRAL_SIGNATURE,
  DESCRIPTOR_SIGNATURE,
  LOCAL_HEADER_SIZE,
  LOCAL_SIGNATURE,
} from "./format.js";
import { findEndOfCentralDirectory } from "./timestamps.js";

const DEFLATED = 8;
const DATA_DESCRIPTOR_FLAG = 0x0008;
/** Inflated and deflated in pieces of this size: few enough pieces for a part of tens of megabytes. */
const CHUNK = 256 * 1024;

/** A part's edit: its inflated bytes in, chunk by chunk; the new bytes out. */
export type PartEdit = (data: AsyncIterable<Buffer>) => AsyncIterable<Buffer>;

export interface SpliceZipOptions {
  /** The zlib level the zip's writer deflated with (archiver's default is 1, best speed). */
  readonly level: number;
}

interface CentralEntry {
  readonly name: string;
  /** Where its central directory header starts and ends. */
  readonly start: number;
  readonly end: number;
  readonly localOffset: number;
}

/**
 * `zip` with each part named in `edits` replaced by what its edit yields for the part's bytes, deflated
 * at `options.level`; a name the zip does not have is ignored. Throws on a zip64 archive, a part to
 * replace that is not deflated or inflates past its declared size, and a zip whose headers disagree.
 */
export async function spliceZipParts(
  zip: Buffer,
  edits: ReadonlyMap<string, PartEdit>,
  options: SpliceZipOptions,
): Promise<Buffer> {
  const eocd = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  const directorySize = zip.readUInt32LE(eocd + 12);
  const directoryOffset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new Error("zip64 archives are not supported");
  if (directoryOffset + directorySize > eocd) throw new Error("Malformed zip: central directory past its end record");

  const central: CentralEntry[] = [];
  let position = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (position + CENTRAL_HEADER_SIZE > eocd || zip.readUInt32LE(position) !== CENTRAL_SIGNATURE) {
      throw new Error(`Malformed zip: no central directory header at byte ${position}`);
    }
    const nameLength = zip.readUInt16LE(position + 28);
    const end =
      position + CENTRAL_HEADER_SIZE + nameLength + zip.readUInt16LE(position + 30) + zip.readUInt16LE(position + 32);
    const name = zip.toString("utf8", position + CENTRAL_HEADER_SIZE, position + CENTRAL_HEADER_SIZE + nameLength);
    central.push({ name, start: position, end, localOffset: zip.readUInt32LE(position + 42) });
    position = end;
  }
  if (!central.some((entry) => edits.has(entry.name))) return zip;

  // Each entry's record (local header, data, descriptor) runs to the next record, the last to the directory.
  const records = [...central].sort((a, b) => a.localOffset - b.localOffset);
  const pieces: Buffer[] = [];
  const newOffsets = new Map<number, number>();
  const changed = new Map<number, Sizes>();
  let written = 0;
  for (const [index, entry] of records.entries()) {
    const start = entry.localOffset;
    const end = records[index + 1]?.localOffset ?? directoryOffset;
    newOffsets.set(start, written);
    const edit = edits.get(entry.name);
    if (edit === undefined) {
      pieces.push(zip.subarray(start, end));
      written += end - start;
      continue;
    }
    if (start + LOCAL_HEADER_SIZE > end || zip.readUInt32LE(start) !== LOCAL_SIGNATURE)
      throw new Error(`Malformed zip: no local header at byte ${start}`);
    if (zip.readUInt16LE(start + 8) !== DEFLATED) throw new Error(`${entry.name}: not deflated`);
    const flags = zip.readUInt16LE(start + 6);
    const dataStart = start + LOCAL_HEADER_SIZE + zip.readUInt16LE(start + 26) + zip.readUInt16LE(start + 28);
    const descriptorStart = dataStart + zip.readUInt32LE(entry.start + 20);
    if (descriptorStart > end) throw new Error(`${entry.name}: truncated`);
    const { deflated, sizes } = await editPart(
      zip.subarray(dataStart, descriptorStart),
      zip.readUInt32LE(entry.start + 24),
      edit,
      options.level,
      entry.name,
    );
    changed.set(start, sizes);

    const header = Buffer.from(zip.subarray(start, dataStart));
    let descriptor = Buffer.alloc(0);
    if ((flags & DATA_DESCRIPTOR_FLAG) !== 0) {
      // With a data descriptor, the local header's CRC and sizes may be zero: left as the writer had them.
      const signed = zip.readUInt32LE(descriptorStart) === DESCRIPTOR_SIGNATURE;
      descriptor = Buffer.from(zip.subarray(descriptorStart, descriptorStart + (signed ? 16 : 12)));
      writeSizes(descriptor, signed ? 4 : 0, sizes);
      if (header.readUInt32LE(14) !== 0 || header.readUInt32LE(18) !== 0) writeSizes(header, 14, sizes);
    } else {
      writeSizes(header, 14, sizes);
    }
    const rest = zip.subarray(descriptorStart + descriptor.length, end);
    pieces.push(header, ...deflated, descriptor, rest);
    written += header.length + sizes.compressedSize + descriptor.length + rest.length;
  }

  const newDirectoryOffset = written;
  for (const entry of central) {
    const header = Buffer.from(zip.subarray(entry.start, entry.end));
    header.writeUInt32LE(newOffsets.get(entry.localOffset) ?? 0, 42);
    const sizes = changed.get(entry.localOffset);
    if (sizes !== undefined) writeSizes(header, 16, sizes);
    pieces.push(header);
  }
  const end = Buffer.from(zip.subarray(directoryOffset + directorySize));
  end.writeUInt32LE(newDirectoryOffset, eocd - directoryOffset - directorySize + 16);
  pieces.push(end);
  return Buffer.concat(pieces);
}

interface Sizes {
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
}

/** The part's deflated bytes, inflated, edited and deflated again as streams, with its new CRC and sizes. */
async function editPart(
  stored: Buffer,
  declaredSize: number,
  edit: PartEdit,
  level: number,
  name: string,
): Promise<{ deflated: Buffer[]; sizes: Sizes }> {
  const deflated: Buffer[] = [];
  let inflatedSize = 0;
  let size = 0;
  let compressedSize = 0;
  const crc = new Crc32();
  const inflate = createInflateRaw({ chunkSize: CHUNK });
  inflate.end(stored);
  async function* inflated(): AsyncGenerator<Buffer> {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      inflatedSize += chunk.length;
      if (inflatedSize > declaredSize) throw new Error(`${name}: more data than its declared ${declaredSize} bytes`);
      yield chunk;
    }
  }
  async function* measured(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      size += chunk.length;
      crc.update(chunk);
      yield chunk;
    }
  }
  await pipeline(
    Readable.from(measured(edit(inflated()))),
    createDeflateRaw({ level, chunkSize: CHUNK }),
    async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) {
        compressedSize += chunk.length;
        deflated.push(chunk);
      }
    },
  );
  return { deflated, sizes: { crc: crc.value, compressedSize, size } };
}

/** CRC-32, compressed and uncompressed size at `at` (local header 14, central header 16, descriptor 0 or 4). */
function writeSizes(header: Buffer, at: number, sizes: Sizes): void {
  header.writeUInt32LE(sizes.crc, at);
  header.writeUInt32LE(sizes.compressedSize, at + 4);
  header.writeUInt32LE(sizes.size, at + 8);
}
