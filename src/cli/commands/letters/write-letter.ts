// Writing a batch's letters: each whole or not at all (a temporary file in the same folder, flushed, then
// renamed over the target), like io/write-atomic.ts, but asynchronously, so that the disk flushes of one
// letter overlap the laying out of the next ones instead of stopping the batch a few ms per letter.
import { mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

let counter = 0;

export async function writeLetterAtomic(path: string, data: Buffer | string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  try {
    const handle = await open(temporary, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
