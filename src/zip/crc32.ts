// CRC-32 of zip entries: zlib's (Node 20.15 and later), else fflate's, through a pass-through entry.
import { crc32 as zlibCrc32 } from "node:zlib";
import { ZipPassThrough } from "fflate";

/** CRC-32 over chunks. */
export class Crc32 {
  private crc = 0;
  private readonly entry = typeof zlibCrc32 === "function" ? null : new ZipPassThrough("");

  constructor() {
    if (this.entry !== null) this.entry.ondata = () => undefined;
  }

  update(chunk: Uint8Array): void {
    if (this.entry === null) this.crc = zlibCrc32(chunk, this.crc);
    else this.entry.push(chunk);
  }

  get value(): number {
    if (this.entry === null) return this.crc >>> 0;
    this.entry.push(new Uint8Array(0), true);
    return this.entry.crc >>> 0;
  }
}

/** CRC-32 of one buffer. */
export function crc32(data: Uint8Array): number {
  const crc = new Crc32();
  crc.update(data);
  return crc.value;
}
