// The annotated copy's file name: "2023-H1-CAT.xlsx" → "2023-H1-CAT.kiem-tra.xlsx". The name lands in
// a folder the user chose, so it must never climb out of it or be unusable on Windows.
import { slugify } from "../../vn/normalize.js";

export const ANNOTATED_SUFFIX = ".kiem-tra";
const EXTENSION = ".xlsx";
const MAX_STEM = 100;
/** A stem kept as it is: ASCII letters, digits, "_", "-" and single dots, starting with a letter or digit. */
const SAFE_STEM = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** Device names Windows refuses as a file name, with any extension ("CON.kiem-tra.xlsx" too). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;
const FALLBACK_STEM = "bao-cao";

/**
 * The name of the annotated copy of `originalName` (a file name or a path; only its last part counts).
 * ASCII-safe: a stem with anything but ASCII letters, digits, "_", "-" and single dots is slugified
 * ("Báo cáo Văn Lâm.xlsx" → "bao-cao-van-lam.kiem-tra.xlsx"). Never contains "/", "\", ".." or control
 * characters, never starts with "." or "-", always ends in ".kiem-tra.xlsx". Annotating an annotated
 * copy does not stack the suffix.
 */
export function annotatedFileName(originalName: string): string {
  const base = originalName.split(/[/\\]/).pop() ?? "";
  let stem = base.replace(/\.xlsx$/i, "");
  if (stem.toLowerCase().endsWith(ANNOTATED_SUFFIX)) stem = stem.slice(0, -ANNOTATED_SUFFIX.length);
  if (!SAFE_STEM.test(stem) || stem.includes("..") || stem.length > MAX_STEM) stem = slugify(stem, FALLBACK_STEM);
  if (WINDOWS_RESERVED.test(stem)) stem = `${FALLBACK_STEM}-${stem}`;
  return `${stem}${ANNOTATED_SUFFIX}${EXTENSION}`;
}

/**
 * The names of the annotated copies of several files written to one folder, in order: each is
 * annotatedFileName's, with "-2", "-3" … added to the stem when a name is already taken in the run (also
 * ignoring case, for Windows and macOS folders), so no copy overwrites another.
 */
export function annotatedFileNames(originalNames: readonly string[]): string[] {
  const taken = new Set<string>();
  const suffix = `${ANNOTATED_SUFFIX}${EXTENSION}`;
  return originalNames.map((original) => {
    const first = annotatedFileName(original);
    const stem = first.slice(0, -suffix.length);
    let name = first;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${suffix}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
