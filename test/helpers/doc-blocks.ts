// The runnable command blocks of a Markdown document (README.md, HUONG-DAN.md), for test/doc-test.test.ts.
//
// The convention, in the Markdown source:
// - `<!-- doc-test -->` on the line before a ```sh (or ```bash) block marks it runnable: each line of the block
//   is a command run in order, from the folder the previous `cd` left (at first, the top of a fresh copy of
//   the repository's samples/), and must exit 0 — or the code its comment gives: `# exit 1: …` or
//   `# mã thoát 1: …`.
// - `<!-- doc-test: COMMAND -->` runs COMMAND at that point without showing it to the reader (what a person
//   does by hand, such as copying received files into the inbox with Explorer).
// Blocks without the marker (installers, Windows-only lines, examples with made-up files) are not run.

export interface DocCommand {
  /** The command as written, without its comment. */
  readonly command: string;
  readonly expectedExit: number;
  /** 1-based line in the document. */
  readonly line: number;
  /** From a hidden `<!-- doc-test: … -->` line. */
  readonly hidden: boolean;
}

const MARKER = /^<!--\s*doc-test\s*-->\s*$/;
const HIDDEN = /^<!--\s*doc-test:\s*(.+?)\s*-->\s*$/;
const FENCE = /^```(?:sh|bash)\s*$/;
const EXIT = /\b(?:exit|mã thoát)\s+(\d+)\b/;

/** Every command of the marked blocks and hidden lines, in document order. */
export function docCommands(markdown: string): DocCommand[] {
  const lines = markdown.split(/\r?\n/);
  const commands: DocCommand[] = [];
  for (let i = 0; i < lines.length; i++) {
    const hidden = HIDDEN.exec(lines[i]!);
    if (hidden) {
      commands.push({ command: hidden[1]!, expectedExit: 0, line: i + 1, hidden: true });
      continue;
    }
    if (!MARKER.test(lines[i]!)) continue;
    let start = i + 1;
    while (start < lines.length && lines[start]!.trim() === "") start++;
    if (!FENCE.test(lines[start] ?? ""))
      throw new Error(`line ${i + 1}: <!-- doc-test --> is not followed by a sh block`);
    let end = start + 1;
    for (; end < lines.length && !lines[end]!.startsWith("```"); end++) {
      const { command, comment } = splitComment(lines[end]!);
      if (command === "") continue;
      const exit = EXIT.exec(comment);
      commands.push({ command, expectedExit: exit ? Number(exit[1]) : 0, line: end + 1, hidden: false });
    }
    i = end;
  }
  return commands;
}

/** "cmd --x   # note" → the command and the note (a `#` outside quotes, after a space, starts a comment). */
function splitComment(line: string): { command: string; comment: string } {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote !== null) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]!)))
      return { command: line.slice(0, i).trim(), comment: line.slice(i + 1) };
  }
  return { command: line.trim(), comment: "" };
}

/** The words of a simple shell command: spaces separate, '…' and "…" quote, \ escapes; no globs or $. */
export function shellWords(command: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: string | null = null;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (quote !== null) {
      if (c === quote) quote = null;
      else word = (word ?? "") + c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= "";
    } else if (c === "\\" && i + 1 < command.length) {
      word = (word ?? "") + command[++i]!;
    } else if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else if ("*?$`|&;<>".includes(c)) {
      throw new Error(`"${command}": the doc-test runs baocao lines without a shell; write ${c} elsewhere`);
    } else word = (word ?? "") + c;
  }
  if (quote !== null) throw new Error(`"${command}": unclosed ${quote}`);
  if (word !== null) words.push(word);
  return words;
}
