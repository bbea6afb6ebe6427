// Common English words in text meant to be Vietnamese (issue 13 item 4): every CLI run of the tests in
// Vietnamese is scanned (test/setup/english-output.ts), as are the help and usage errors of every command
// (test/messages-cli.test.ts). What may legitimately be English-looking is taken out first: paths and file
// names, options, codes, identifiers, quoted values (they come from the data), commands in backticks.

/** Words that have no place in a Vietnamese sentence. */
const ENGLISH = new Set(
  [
    "usage",
    "options",
    "option",
    "commands",
    "command",
    "arguments",
    "argument",
    "error",
    "errors",
    "warning",
    "warnings",
    "file",
    "files",
    "folder",
    "missing",
    "invalid",
    "unknown",
    "required",
    "expected",
    "the",
    "and",
    "of",
    "is",
    "are",
    "was",
    "with",
    "for",
    "from",
    "cannot",
    "could",
    "not",
    "found",
    "did",
    "you",
    "mean",
    "default",
    "choices",
    "display",
    "please",
    "must",
    "should",
    "written",
    "wrote",
    "see",
    "check",
    "period",
    "workspace",
    "failed",
    "output",
    "input",
    "write",
    "read",
    "too",
    "many",
    "done",
    "skipped",
    "rejected",
    "accepted",
    "unreadable",
    "received",
    "letter",
    "line",
    "row",
    "sheet",
    "there",
    "this",
    "that",
  ].map((word) => word.toLowerCase()),
);

/** The text with everything that may look English but is not prose removed. */
export function prose(text: string): string {
  return (
    text
      .replace(/\u001b\[[0-9;]*m/g, "")
      .replace(/`[^`\n]*`/g, " ")
      .replace(/"[^"\n]*"|“[^”\n]*”|'[^'\n]*'/g, " ")
      .replace(/<[^<>\n]*>/g, " ")
      // paths, file names, codes (value/not-a-number), URLs, keys (issuers.ubnd.name), options, identifiers
      .replace(/\S*[/\\]\S*/g, " ")
      .replace(/\S+\.[A-Za-z][\w]*\b/g, " ")
      .replace(/(^|[\s(])--?[A-Za-z][\w-]*(=\S*)?/g, "$1 ")
      .replace(/\b\w*(\d|_)\w*\b/g, " ")
      .replace(/\b[a-z]+[A-Z]\w*\b/g, " ")
      .replace(/\b[A-Z]{2,}\w*\b/g, " ")
      // the values a setting allows are codes: "phải là một trong letter, typed"
      .replace(/phải là một trong [^.;\n]*/g, " ")
      // a command as typed ("baocao ingest"), and the command names listed by the help
      .replace(/\bbaocao(\s+[a-z][\w-]*)?/g, " ")
      .replace(/^\s*[a-z]+(?= \[)/gm, " ")
  );
}

/** The English words found in `text`, each once, in order. */
export function englishWords(text: string): string[] {
  const found = new Set<string>();
  for (const word of prose(text).match(/[\p{L}\p{M}]+/gu) ?? []) {
    if (ENGLISH.has(word.toLowerCase())) found.add(word);
  }
  return [...found];
}

/** The lines of `text` that hold English words, with the words: for a failure message. */
export function englishLines(text: string): string[] {
  return (
    text
      .split("\n")
      // A stack trace (an internal error, a simulated crash) is for developers.
      .filter((line) => !/^\s+at .*(:\d+:\d+\)?|<anonymous>\)?)$/.test(line))
      .map((line) => ({ line, words: englishWords(line) }))
      .filter(({ words }) => words.length > 0)
      .map(({ line, words }) => `${words.join(", ")}: ${line.trim()}`)
  );
}

/** Whether a run speaks English: --lang en / --lang=en, or BAOCAO_LANG=en without --lang. */
export function runsInEnglish(args: readonly string[], env: Record<string, string | undefined> = {}): boolean {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = arg === "--lang" ? args[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value === "en" || value === "vi") return value === "en";
  }
  return (env.BAOCAO_LANG ?? "").toLowerCase().startsWith("en");
}
