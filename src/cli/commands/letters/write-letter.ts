// Writing a batch's letters: each whole or not at all (a temporary file in the same folder, flushed, then
// renamed over the target), like io/write-atomic.ts. The disk flush, the slow part (a few ms), is
// asynchronous, so that it overlaps the laying out of the next letters instead of stopping the batch.
//
// The temporary file is created and filled synchronously: a Ctrl+C handler (io/interrupt.ts) runs between
// two tasks of this thread, so it sees either no file yet or a file it knows about and removes. Were the
// file created on libuv's thread pool, it could appear after the handler had looked, and be left behind.
import { closeSync, fsync, openSync, rmSync, writeSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";
import { onInterrupt } from "../../../io/interrupt.js";

const fsyncAsync = promisify(fsync);
let counter = 0;

/** `dirExists`: the caller made the folder already (once for a batch, rather than once a letter). */
export async function writeLetterAtomic(path: string, data: Buffer | string, options: { dirExists?: boolean } = {}): Promise<void> {
  const dir = dirname(path);
  if (options.dirExists !== true) await mkdir(dir, { recursive: true });
  const temporary = join(dir, `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  let forget = () => {};
  try {
    const fd = openSync(temporary, "wx");
    // Ctrl+C exits at once: the letters being written must not leave their temporary files.
    forget = onInterrupt(() => rmSync(temporary, { force: true }));
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      await fsyncAsync(fd);
    } finally {
      closeSync(fd);
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    forget();
  }
}
