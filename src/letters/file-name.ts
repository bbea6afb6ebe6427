// File names of batch letters: `<NN>-<code>-<slug>.docx`, e.g. "03-UBND-ANTHI-ubnd-huyen-an-thi.docx".
//
// Whatever a name holds ("../../etc/passwd", "a/b\c", "CON", "Đ*?<>|", emoji, 300 characters), the
// result is one plain ASCII file name inside the output folder:
// - the slug is slugify's: lower-case a–z, 0–9 and "-", at most 60 characters, never empty ("thu");
// - the code keeps only A–Z a–z 0–9 "_" "-" (workspace codes already are), at most 30 characters;
// - the position NN (zero-padded to the batch size, at least 2 digits) comes first, so names are unique
//   within a batch, sort in letter order, and never equal a reserved Windows device name (CON, NUL…),
//   which only bites when the whole base name is the device name;
// - names are also compared case-insensitively (Windows and macOS folders), with "-2", "-3" added on a
//   clash, as a last guard.
import { slugify } from "../vn/normalize.js";

const FALLBACK_SLUG = "thu";
const MAX_CODE = 30;

export interface NamedRecipient {
  readonly code: string | null;
  readonly name: string | null;
}

/** The code part: ASCII letters, digits, "_" and "-" only; "" when nothing is left. */
export function safeCode(code: string | null): string {
  if (code === null) return "";
  return code
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-_]+/, "")
    .slice(0, MAX_CODE)
    .replace(/[-_]+$/, "");
}

/** The file names of a batch, in order: one per recipient, all distinct (also ignoring case). */
export function letterFileNames(recipients: readonly NamedRecipient[]): string[] {
  const width = Math.max(2, String(recipients.length).length);
  const taken = new Set<string>();
  return recipients.map((recipient, index) => {
    const position = String(index + 1).padStart(width, "0");
    const code = safeCode(recipient.code);
    const slug = slugify(recipient.name ?? recipient.code ?? "", FALLBACK_SLUG);
    const base = [position, code, slug].filter((part) => part !== "").join("-");
    let name = `${base}.docx`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}.docx`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** The single file of `--combine`: the template's name as a slug, "don-doc.docx". */
export function combinedFileName(template: string): string {
  return `${slugify(template, FALLBACK_SLUG)}.docx`;
}
