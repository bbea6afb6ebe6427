// A zip written by someone else (exceljs), with some parts changed and every entry stamped one date:
// the parts left as they are keep their deflated bytes (copied, not inflated and deflated again), so
// rewriting costs little more than the parts that change.
import { openZipParts } from "./read.js";
import { writeZip } from "./write.js";
import type { CompressedZipEntry, WriteZipOptions } from "./write.js";
import type { ZipEntry } from "./read.js";

const DEFLATED = 8;

/**
 * `bytes` with each part named in `edits` replaced by what its function returns for the part's bytes
 * (a name the zip does not have is ignored), in the same order, every entry stamped `options.date`.
 */
export async function rewriteZip(
  bytes: Buffer,
  edits: ReadonlyMap<string, (data: Buffer) => Buffer>,
  options: WriteZipOptions = {},
): Promise<Buffer> {
  const zip = await openZipParts(bytes);
  const entries = zip.entries.map((info): ZipEntry | CompressedZipEntry => {
    const edit = edits.get(info.name);
    if (edit !== undefined) return { name: info.name, data: edit(zip.read(info.name) ?? Buffer.alloc(0)) };
    const stored = zip.stored(info.name);
    if (stored === null || stored.method !== DEFLATED)
      return { name: info.name, data: zip.read(info.name) ?? Buffer.alloc(0) };
    return { name: info.name, deflated: stored.data, crc: stored.crc, size: stored.uncompressedSize };
  });
  return writeZip(entries, options);
}
