// How much a zip may expand before baocao refuses to open it: the same limits for a received workbook
// (intake/inspect-file.ts turns a breach into the finding file/zip-bomb) and a Word template a clerk
// supplies (word-template/prepare.ts). They are checked on the sizes the central directory declares;
// the reader (read.ts) then never inflates a part past its declared size, so a part that lies is an
// error rather than a bomb.
import type { ZipPartInfo } from "./read.js";

export interface ZipLimits {
  /** Largest total size of the parts once expanded, in bytes. */
  readonly maxExpandedBytes: number;
  /** Largest expansion ratio of one part larger than 1 MB (a real sheet or document compresses 5–20×). */
  readonly maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxExpandedBytes: 500 * 1024 * 1024,
  maxRatio: 200,
};

/** Parts up to this size are not held to the ratio: a small part of repeated XML compresses well past it. */
const RATIO_FROM_BYTES = 1024 * 1024;

/** True when the parts together expand past the limits (the zip is refused, not opened). */
export function exceedsZipLimits(entries: readonly ZipPartInfo[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): boolean {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.compressedSize === 0 ? 0 : entry.uncompressedSize / entry.compressedSize;
    if (total > limits.maxExpandedBytes || (entry.uncompressedSize > RATIO_FROM_BYTES && ratio > limits.maxRatio))
      return true;
  }
  return false;
}
