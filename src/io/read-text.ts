// Text files the user writes (baocao.yaml and its includes, .hbs templates): UTF-8 only. A file saved as
// ANSI/Windows-1258 or Latin-1 (older Notepad, some editors on Windows) would otherwise be read with
// U+FFFD in place of every Vietnamese letter and print "H�ng Y�n" into documents, so it is refused with
// the line of the first byte that is not UTF-8 and the fix (save it as UTF-8). A UTF-8 byte-order mark
// is dropped.
import { UserError } from "../errors.js";
import type { ReadFileOptions } from "./regular-file.js";
import { readRegularFile } from "./regular-file.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** The 1-based line of the first byte sequence that is not valid UTF-8, or null when all of it is. */
export function firstInvalidUtf8Line(bytes: Uint8Array): number | null {
  try {
    decoder.decode(bytes);
    return null;
  } catch {
    // Found by halving: the longest valid prefix.
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (validPrefix(bytes, middle)) low = middle;
      else high = middle - 1;
    }
    let line = 1;
    for (let index = 0; index < low; index++) if (bytes[index] === 0x0a) line++;
    return line;
  }
}

/** Whether bytes[0, end) is valid UTF-8, allowing only a character cut short at its end. */
function validPrefix(bytes: Uint8Array, end: number): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Decodes UTF-8 text; throws UserError `input/not-utf8` (params `file`, `line`) for anything else. */
export function decodeUtf8(bytes: Uint8Array, shown: string): string {
  const line = firstInvalidUtf8Line(bytes);
  if (line !== null) throw new UserError("input/not-utf8", { file: shown, line });
  return decoder.decode(bytes);
}

/** A regular file's text (see readRegularFile for the refusals), which must be UTF-8. */
export function readTextFile(path: string, shown: string, options: ReadFileOptions = {}): string {
  return decodeUtf8(readRegularFile(path, shown, options), shown);
}
