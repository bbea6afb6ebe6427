// The help's lines wrapped to a terminal's width. The program formats its help one line per item (as in a
// pipe, where that reads and greps best) and, on a terminal, wraps it here; bin/baocao.js wraps the help
// written at build time (dist/cli/help.json) with this same function, so that `baocao --help` on a terminal
// is answered without loading the program and prints what the program would. Why not commander's own
// wrapping: bin/ would then need commander, whose loading is most of what the fast answer saves. No imports:
// bin/ loads this module alone.

/** Below this many columns for a description, it is not wrapped (too narrow to read; as commander does). */
const MIN_DESCRIPTION_WIDTH = 40;

/** Columns a text takes: one per code point (the help's texts are NFC, without wide characters). */
function columns(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * `help` with each line longer than `width` wrapped at spaces: an item's description ("  term   description")
 * goes on under its own first column, any other line under its indentation. A line that cannot be wrapped
 * usefully (its description would have fewer than 40 columns, or a word is longer than the room) is left as
 * it is, for the terminal to fold.
 */
export function wrapHelp(help: string, width: number): string {
  return help
    .split("\n")
    .map((line) => wrapLine(line, width))
    .join("\n");
}

function wrapLine(line: string, width: number): string {
  if (columns(line) <= width) return line;
  // An item: indentation, its term, two spaces or more, its description.
  const item = /^(\s*\S.*?\s{2,})(\S.*)$/.exec(line);
  const lead = item?.[1] ?? /^\s*/.exec(line)![0];
  const text = item?.[2] ?? line.slice(lead.length);
  const room = width - columns(lead);
  if (room < MIN_DESCRIPTION_WIDTH) return line;
  const words = text.split(/ +/);
  if (words.some((word) => columns(word) > room)) return line;
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    if (current === "") current = word;
    else if (columns(current) + 1 + columns(word) <= room) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  lines.push(current);
  const indent = " ".repeat(columns(lead));
  return lines.map((part, index) => (index === 0 ? lead : indent) + part).join("\n");
}
