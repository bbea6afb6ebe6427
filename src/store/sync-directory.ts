// After creating or renaming a file, fsync its folder so the new name survives a power cut (POSIX).
// Windows cannot open a folder for this and its file system journals names itself, so failures are
// ignored there and wherever the file system does not support it.
import { closeSync, fsyncSync, openSync } from "node:fs";

export function syncDirectory(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // best effort: see above
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
