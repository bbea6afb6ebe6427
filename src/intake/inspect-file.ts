// Before a file is read as a workbook: is it an .xlsx at all, and safe to open? A legacy .xls, a password-
// protected workbook (both OLE compound files), a truncated zip or a zip bomb each get one clear
// finding instead of an exception or a process that eats all memory.
import { DEFAULT_ZIP_LIMITS, exceedsZipLimits, openZipParts } from "../zip/index.js";
import type { ZipPartInfo } from "../zip/index.js";
import type { FindingCode, FindingParams } from "../domain/findings.js";

export interface InspectLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total size of the zip's parts once expanded, in bytes. */
  maxExpandedBytes: number;
  /** Largest expansion ratio of one part (a real sheet compresses about 5–20×). */
  maxRatio: number;
}

export const DEFAULT_LIMITS: InspectLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  ...DEFAULT_ZIP_LIMITS,
};

export type Inspection = { ok: true } | { ok: false; code: FindingCode; params: FindingParams };

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// An encrypted OOXML file is an OLE file holding a stream with this name (UTF-16LE).
const ENCRYPTED_STREAM = Buffer.from("EncryptedPackage", "utf16le");

export async function inspectFile(bytes: Buffer, limits: InspectLimits = DEFAULT_LIMITS): Promise<Inspection> {
  if (bytes.length === 0) return { ok: false, code: "file/empty", params: {} };
  if (bytes.length > limits.maxFileBytes) {
    return { ok: false, code: "file/too-large", params: { size: bytes.length, limit: limits.maxFileBytes } };
  }
  if (bytes.subarray(0, 8).equals(OLE_SIGNATURE)) {
    return bytes.includes(ENCRYPTED_STREAM)
      ? { ok: false, code: "file/encrypted", params: {} }
      : { ok: false, code: "file/legacy-xls", params: {} };
  }
  if (!bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) return { ok: false, code: "file/not-xlsx", params: {} };
  let entries: readonly ZipPartInfo[];
  try {
    entries = (await openZipParts(bytes)).entries;
  } catch {
    return { ok: false, code: "file/corrupt", params: {} };
  }
  if (!entries.some((entry) => entry.name === "xl/workbook.xml")) {
    // Another spreadsheet format in a zip: say which, so the hint can tell how to save it as .xlsx.
    const names = new Set(entries.map((entry) => entry.name));
    const format = names.has("xl/workbook.bin")
      ? "xlsb"
      : names.has("content.xml") && names.has("mimetype")
        ? "ods"
        : null;
    return { ok: false, code: "file/not-xlsx", params: format === null ? {} : { format } };
  }
  if (exceedsZipLimits(entries, limits))
    return { ok: false, code: "file/zip-bomb", params: { limit: limits.maxExpandedBytes } };
  return { ok: true };
}
