// The files named on the command line: files as given, folders searched recursively for spreadsheets.
// Hidden files, Office lock files ("~$x.xlsx") and baocao's own annotated copies are skipped; the order
// is stable (sorted by path). Nothing to read at all is an error: the clerk named the wrong folder.
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { UserError } from "../errors.js";

const SPREADSHEET = /\.(xlsx|xlsm|xls)$/i;
/** The annotated copies `validate --annotate` writes (never a submission, even inside the inbox). */
const ANNOTATED = /\.kiem-tra\.xlsx$/i;

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** As shown to the user: relative to the current folder, "/" separators. */
  display: string;
}

export function collectInputFiles(args: readonly string[], cwd: string): InputFile[] {
  const found = new Map<string, InputFile>();
  const add = (path: string) => {
    if (!found.has(path)) found.set(path, { path, display: relative(cwd, path).split(sep).join("/") || path });
  };
  for (const arg of args) {
    const path = resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new UserError("input/not-found", { path: arg });
    }
    if (stats.isDirectory()) walk(path, add);
    else add(path);
  }
  if (found.size === 0) throw new UserError("input/no-files", {});
  return [...found.values()].sort((a, b) => a.display.localeCompare(b.display));
}

function walk(dir: string, add: (path: string) => void, depth = 0): void {
  if (depth > 20) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, add, depth + 1);
    else if (entry.isFile() && SPREADSHEET.test(entry.name) && !ANNOTATED.test(entry.name)) add(path);
  }
}
