// The one zip module: reading (read.ts) within limits (limits.ts), writing (write.ts), and fixing the
// timestamps of zips others write (timestamps.ts), or rewriting some of their parts (rewrite.ts; splice.ts
// in place, the rest of the zip byte for byte).
export { DEFAULT_ZIP_LIMITS, exceedsZipLimits } from "./limits.js";
export type { ZipLimits } from "./limits.js";
export { openZipParts, readZipEntries, ZipLimitError } from "./read.js";
export type { StoredPart, ZipEntry, ZipPartInfo, ZipParts } from "./read.js";
export { rewriteZip } from "./rewrite.js";
export { spliceZipParts } from "./splice.js";
export type { PartEdit, SpliceZipOptions } from "./splice.js";
export { toDosDate, withFixedZipTimestamps } from "./timestamps.js";
export { deflateEntry, writeZip } from "./write.js";
export type { CompressedZipEntry, DeflatedZipEntry, WriteZipOptions } from "./write.js";
