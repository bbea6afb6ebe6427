// Text tables for the terminal: columns padded by the width a text takes on screen (string-width: colour
// codes take none, a Vietnamese letter one column whether its marks are precomposed or combining, a wide
// character two), and long names shortened at a word with "…" so that a row fits the terminal.
import stringWidth from "string-width";

export { terminalColumns } from "./terminal.js";

export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** `text` and spaces up to `width` columns (never cut). */
export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - stringWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - stringWidth(text))) + text;
}

/**
 * `text` in at most `width` columns: whole if it fits, else cut after the last whole word that leaves
 * room for "…" (mid-word only when the first word alone is too long).
 */
export function shorten(text: string, width: number): string {
  const normalized = text.normalize("NFC");
  if (stringWidth(normalized) <= width) return normalized;
  if (width <= 1) return "…".slice(0, width);
  const words = normalized.split(/(\s+)/);
  let kept = "";
  for (const word of words) {
    if (stringWidth(kept + word) > width - 1) break;
    kept += word;
  }
  kept = kept.replace(/[\s,;:.\-–]+$/u, "");
  if (kept === "") {
    // One long word: cut it by characters.
    for (const char of normalized) {
      if (stringWidth(kept + char) > width - 1) break;
      kept += char;
    }
  }
  return `${kept}…`;
}

/** The widest of `texts` on screen (0 for none). */
export function widest(texts: readonly string[]): number {
  return texts.reduce((max, text) => Math.max(max, stringWidth(text)), 0);
}
