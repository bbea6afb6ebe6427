// The files named on the command line: files as given, folders searched recursively for spreadsheets.
// From a folder, every spreadsheet a unit may send is read — .xlsx and .xlsm, and also .xls, .xlsb and
// .ods, so that a form saved in the wrong format gets a finding telling the unit to save it as .xlsx
// instead of vanishing. Everything else in the folder is skipped and listed with the reason, so the
// clerk sees which files were not read: hidden files, Office lock files ("~$x.xlsx"), baocao's own
// annotated copies, files that are no spreadsheet (.pdf, .docx, .csv …), and what is not a regular file
// (FIFOs, sockets, devices: reading one would hang), broken links, link loops, links to folders (never
// followed, so a folder cannot contain itself) and subfolders that cannot be read. A symbolic link to a
// spreadsheet is read like the file it points to. A file named on the command line is always read when
// it is a regular file (or a link to one); anything else named there is refused before it is opened.
// The order is stable (sorted by path). Nothing to read at all is an error: the clerk named the wrong
// folder.
import { readdirSync } from "node:fs";
import type { Dirent } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { UserError } from "../errors.js";
import { fileKind } from "../io/regular-file.js";
import type { FileKind } from "../io/regular-file.js";

const SPREADSHEET = /\.(xlsx|xlsm|xls|xlsb|ods)$/i;
/** The annotated copies `validate --annotate` writes (never a submission, even inside the inbox). */
const ANNOTATED = /\.kiem-tra\.xlsx$/i;

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** As shown to the user: relative to the current folder, "/" separators. */
  display: string;
}

/** Why a file in a folder was not read (stable: `skipped[].reason` in `validate --json` and `ingest --json`). */
export type SkipReason =
  | "hidden"
  | "lock-file"
  | "annotated-copy"
  | "not-a-spreadsheet"
  | "special-file"
  | "broken-link"
  | "link-loop"
  | "linked-folder"
  | "unreadable";

export interface SkippedFile extends InputFile {
  reason: SkipReason;
}

export interface CollectedInputs {
  files: InputFile[];
  skipped: SkippedFile[];
}

export function collectInputFiles(args: readonly string[], cwd: string): CollectedInputs {
  const found = new Map<string, InputFile>();
  const skipped = new Map<string, SkippedFile>();
  const display = (path: string) => relative(cwd, path).split(sep).join("/") || path;
  const add = (path: string) => {
    if (!found.has(path)) found.set(path, { path, display: display(path) });
  };
  const skip = (path: string, reason: SkipReason, folder: boolean) => {
    if (!skipped.has(path)) skipped.set(path, { path, display: `${display(path)}${folder ? "/" : ""}`, reason });
  };
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const kind = fileKind(path);
    if (kind === "folder") walk(path, add, skip);
    else if (kind === "file") add(path);
    else if (kind === "missing") throw new UserError("input/not-found", { path: arg });
    else if (kind === "unreadable") throw new UserError("input/unreadable", { file: arg, code: "EACCES" });
    else throw new UserError("input/not-regular", { file: arg, kind });
  }
  // A file named directly and also met in a folder is read, not skipped.
  for (const path of found.keys()) skipped.delete(path);
  const byDisplay = (a: InputFile, b: InputFile) => a.display.localeCompare(b.display);
  const skippedList = [...skipped.values()].sort(byDisplay);
  if (found.size === 0) {
    throw new UserError("input/no-files", { skipped: skippedList.map((file) => file.display).join(", ") });
  }
  return { files: [...found.values()].sort(byDisplay), skipped: skippedList };
}

function walk(
  dir: string,
  add: (path: string) => void,
  skip: (path: string, reason: SkipReason, folder: boolean) => void,
  depth = 0,
): void {
  if (depth > 20) return;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    skip(dir, "unreadable", true);
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    // A hidden folder (.git, .Trash) is listed once, not searched.
    if (entry.name.startsWith(".")) skip(path, "hidden", entry.isDirectory());
    else if (entry.isDirectory()) walk(path, add, skip, depth + 1);
    else if (!entry.isFile() && !isLinkToFile(path, entry, skip)) continue;
    else if (entry.name.startsWith("~$")) skip(path, "lock-file", false);
    else if (ANNOTATED.test(entry.name)) skip(path, "annotated-copy", false);
    else if (SPREADSHEET.test(entry.name)) add(path);
    else skip(path, "not-a-spreadsheet", false);
  }
}

const SPECIAL_REASONS: Partial<Record<FileKind, SkipReason>> = {
  fifo: "special-file",
  socket: "special-file",
  device: "special-file",
  "broken-symlink": "broken-link",
  "symlink-loop": "link-loop",
  folder: "linked-folder",
  missing: "broken-link",
  unreadable: "unreadable",
};

/** For an entry that is not a plain file: true when it links to a regular file; otherwise it is skipped. */
function isLinkToFile(
  path: string,
  entry: Dirent,
  skip: (path: string, reason: SkipReason, folder: boolean) => void,
): boolean {
  const kind = fileKind(path);
  if (entry.isSymbolicLink() && kind === "file") return true;
  skip(path, SPECIAL_REASONS[kind] ?? "special-file", kind === "folder");
  return false;
}
