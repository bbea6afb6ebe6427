// Where an accepted submission lives in the store: named by content, fanned out by the first two hex
// digits so no folder grows to thousands of files.

export function isSha256(text: string): boolean {
  return /^[0-9a-f]{64}$/.test(text);
}

/** "ab/ab12….xlsx", relative to the store folder, with "/" on every platform. */
export function archivePath(sha256: string, extension = ".xlsx"): string {
  if (!isSha256(sha256)) throw new RangeError(`Not a lowercase SHA-256 hex digest: ${sha256}`);
  if (!/^\.[a-z0-9]{1,10}$/.test(extension)) throw new RangeError(`Unexpected archive extension: ${extension}`);
  return `${sha256.slice(0, 2)}/${sha256}${extension}`;
}
