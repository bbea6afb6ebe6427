// The one zip reader: every zip baocao opens (received workbooks, annotated copies, Word templates,
// the packages docx writes) is read here. The parts of a package by name, inflated only when asked
// for: a workbook's other sheets, pictures and printer settings are never inflated. yauzl reads the
// central directory (at most 10,000 entries); the whole file is in memory, so a part is inflated in one
// call rather than through a stream (several times faster for the few hundred kilobytes of a sheet),
// except a part of more than 16 MB, which is streamed. What a file may expand to is checked on the
// directory's sizes before any part is read (limits.ts), and inflating never yields more than the size
// the directory declares: a part that claims less than it holds (a disguised bomb) is an error, on both
// paths.
import { StringDecoder } from "node:string_decoder";
import { createInflateRaw, inflateRawSync } from "node:zlib";
import { Readable } from "node:stream";
import yauzl from "yauzl";
import type { Entry } from "yauzl";
import { DEFAULT_ZIP_LIMITS, exceedsZipLimits } from "./limits.js";
import type { ZipLimits } from "./limits.js";

/** A part as the zip's central directory describes it (the sizes are the writer's claims). */
export interface ZipPartInfo {
  /** Without a leading slash ("xl/workbook.xml"). */
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

export interface ZipParts {
  /** Every part, in the directory's order. */
  readonly entries: readonly ZipPartInfo[];
  /** The part's bytes, or null when the package has no such part. */
  read(name: string): Buffer | null;
  /** The part as stored (not inflated), with its CRC and method, to copy it into another zip; or null. */
  stored(name: string): StoredPart | null;
  /** The part as text (UTF-8, or UTF-16 when it starts with that byte order mark), or null. */
  readString(name: string): string | null;
  /**
   * The part as UTF-8 text, piece by piece, to `sink` until it returns false (a large part's rest is
   * then not inflated). Resolves false when the package has no such part. `cutBefore`: a part held whole is
   * given in two pieces, cut before the first occurrence of this ASCII markup (see parts()).
   */
  readText(name: string, sink: (text: string) => boolean, cutBefore?: string): Promise<boolean>;
}

/** A part's bytes as the zip holds them. */
export interface StoredPart {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly data: Buffer;
  readonly crc: number;
  readonly uncompressedSize: number;
}

/** Parts larger than this once inflated are streamed, so that no single string holds them. */
const STREAM_ABOVE = 16 * 1024 * 1024;
const STORED = 0;
const DEFLATED = 8;
/** More parts than any workbook has: a directory this long is refused before it is read to its end. */
const MAX_ENTRIES = 10_000;

/** Reads the zip's central directory (nothing is inflated); throws for a file that is no readable zip. */
export function openZipParts(bytes: Buffer): Promise<ZipParts> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) {
        reject(error ?? new Error("zip"));
        return;
      }
      const entries = new Map<string, Entry>();
      const listed: ZipPartInfo[] = [];
      zip.on("entry", (entry: Entry) => {
        // Part names are case-insensitive in OPC; writers differ in case ("xl/SharedStrings.xml").
        entries.set(entry.fileName.toLowerCase(), entry);
        listed.push({
          name: entry.fileName,
          compressedSize: entry.compressedSize,
          uncompressedSize: entry.uncompressedSize,
        });
        if (listed.length > MAX_ENTRIES) {
          zip.close();
          reject(new Error("too many zip entries"));
          return;
        }
        zip.readEntry();
      });
      zip.on("end", () => resolve(parts(bytes, entries, listed)));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

function parts(bytes: Buffer, entries: Map<string, Entry>, listed: readonly ZipPartInfo[]): ZipParts {
  const entryOf = (name: string) => entries.get(name.replace(/^\//, "").toLowerCase());
  const raw = (entry: Entry) => compressedData(bytes, entry);
  const inflate = (entry: Entry) => {
    if (entry.compressionMethod === STORED) return raw(entry);
    if (entry.compressionMethod !== DEFLATED)
      throw new Error(`${entry.fileName}: compression method ${entry.compressionMethod}`);
    return inflateRawSync(raw(entry), { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  };
  return {
    entries: listed,
    read(name) {
      const entry = entryOf(name);
      return entry === undefined ? null : inflate(entry);
    },
    stored(name) {
      const entry = entryOf(name);
      if (entry === undefined) return null;
      return {
        name: entry.fileName,
        method: entry.compressionMethod,
        data: raw(entry),
        crc: entry.crc32,
        uncompressedSize: entry.uncompressedSize,
      };
    },
    readString(name) {
      const entry = entryOf(name);
      return entry === undefined ? null : decodePart(inflate(entry));
    },
    async readText(name, sink, cutBefore) {
      const entry = entryOf(name);
      if (entry === undefined) return false;
      if (entry.uncompressedSize <= STREAM_ABOVE || entry.compressionMethod !== DEFLATED) {
        const bytes = inflate(entry);
        // Why cut: a sheet's cells are ASCII, but a sheet with one Vietnamese word after them (a data
        // validation's message) decodes whole into a two-byte string; decoded apart, the cells make a
        // one-byte string, decoded several times faster and half the memory. An ASCII "<" is never inside
        // a UTF-8 character, so each piece is whole text.
        const at = cutBefore === undefined || !isUtf8(bytes) ? -1 : bytes.indexOf(cutBefore);
        if (at <= 0) sink(decodePart(bytes));
        else if (sink(stripBom(bytes.toString("utf8", 0, at)))) sink(bytes.toString("utf8", at));
        return true;
      }
      const stream = Readable.from([raw(entry)]).pipe(createInflateRaw());
      const decoder = new StringDecoder("utf8");
      let first = true;
      let inflated = 0;
      for await (const chunk of stream) {
        inflated += (chunk as Buffer).length;
        if (inflated > entry.uncompressedSize) {
          stream.destroy();
          throw new Error(`${entry.fileName}: more data than its declared ${entry.uncompressedSize} bytes`);
        }
        let text = decoder.write(chunk as Buffer);
        if (first) text = stripBom(text);
        first = false;
        if (!sink(text)) {
          stream.destroy();
          return true;
        }
      }
      const rest = decoder.end();
      if (rest !== "") sink(rest);
      return true;
    },
  };
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The part is not UTF-16 (by its byte order mark): UTF-8, XML's default. */
const isUtf8 = (bytes: Buffer) =>
  !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff);

/** A part's text: UTF-8 (XML's default), or UTF-16 when the part starts with its byte order mark. */
function decodePart(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return stripBom(bytes.toString("utf8"));
}

/** The entry's data as stored: after its local header, whose name and extra field lengths may differ from the central directory's. */
function compressedData(bytes: Buffer, entry: Entry): Buffer {
  const header = entry.relativeOffsetOfLocalHeader;
  if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== 0x04034b50)
    throw new Error(`${entry.fileName}: bad local header`);
  const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new Error(`${entry.fileName}: truncated`);
  return bytes.subarray(start, end);
}

/** A part's name and its bytes, inflated. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

/** The package is larger, once expanded, than the limits allow: it is not opened. */
export class ZipLimitError extends Error {
  constructor(readonly limits: ZipLimits) {
    super(
      `the zip expands past ${limits.maxExpandedBytes} bytes, or a part past ${limits.maxRatio}× its compressed size`,
    );
    this.name = "ZipLimitError";
  }
}

/**
 * Every part of a whole package, inflated, in the directory's order (folders left out). Throws
 * ZipLimitError when the directory declares more than `limits` (before anything is inflated), and an
 * Error for a file that is no readable zip. `limits: null` for a package baocao wrote itself.
 */
export async function readZipEntries(
  bytes: Uint8Array,
  limits: ZipLimits | null = DEFAULT_ZIP_LIMITS,
): Promise<ZipEntry[]> {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await openZipParts(buffer);
  if (limits !== null && exceedsZipLimits(zip.entries, limits)) throw new ZipLimitError(limits);
  return zip.entries
    .filter((entry) => !entry.name.endsWith("/"))
    .map((entry) => ({ name: entry.name, data: zip.read(entry.name) ?? Buffer.alloc(0) }));
}
