// Writes a new workspace without ever overwriting anything: every path it will use is checked first
// (a file, a dangling symlink or a non-folder where a folder is needed is a refusal before anything is
// made); the files are then written and checked in a staging folder, and hard-linked into place (link
// fails if the target exists). Whatever was made before a later failure is removed, so an interrupted or
// refused init leaves no half-made workspace behind.
import { linkSync, lstatSync, mkdirSync, mkdtempSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import type { Stats } from "node:fs";
import { dirname, join } from "node:path";
import { UserError } from "../errors.js";
import { unwritable } from "../io/write-atomic.js";
import { CONFIG_FILE } from "./find-workspace.js";
import { readWorkspace } from "./read.js";
import type { ConfigSource } from "./sources.js";

/** Folders of a workspace (DESIGN §3), created empty. */
export const WORKSPACE_FOLDERS = ["templates", "forms", "inbox", "store", "out"] as const;

/** The entry itself (a symlink, even a dangling one, counts), or undefined when nothing is there. */
function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new UserError("init/unusable", { file: path, code: (error as NodeJS.ErrnoException).code ?? "" });
  }
}

/** A folder the workspace needs: absent (it will be made) or a folder (a symlink to one is fine). */
function isFolderOrAbsent(path: string): boolean {
  if (lstatOrUndefined(path) === undefined) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a dangling symlink or a loop
  }
}

/** Folders (relative, parents first) the workspace needs: those of the sources and WORKSPACE_FOLDERS. */
function neededFolders(sources: readonly ConfigSource[]): string[] {
  const folders: string[] = [];
  const add = (folder: string) => {
    if (folder === "." || folder === "" || folders.includes(folder)) return;
    add(dirname(folder));
    folders.push(folder);
  };
  for (const source of sources) add(dirname(source.file));
  for (const folder of WORKSPACE_FOLDERS) add(folder);
  return folders;
}

/** Everything is checked before anything is made: a refusal changes nothing. */
function checkTargets(dir: string, sources: readonly ConfigSource[]): void {
  if (!isFolderOrAbsent(dir)) throw new UserError("init/not-dir", { dir });
  if (lstatOrUndefined(dir) === undefined) return;
  for (const file of [CONFIG_FILE, ...sources.map((s) => s.file)]) {
    if (lstatOrUndefined(join(dir, file)) !== undefined) throw new UserError("init/exists", { file: join(dir, file) });
  }
  for (const folder of neededFolders(sources)) {
    if (!isFolderOrAbsent(join(dir, folder))) throw new UserError("init/not-a-folder", { file: join(dir, folder) });
  }
}

export function createWorkspace(dir: string, sources: readonly ConfigSource[]): string[] {
  checkTargets(dir, sources);
  const createdDir = lstatOrUndefined(dir) === undefined;
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new UserError("init/unusable", { file: dir, code: (error as NodeJS.ErrnoException).code ?? "" });
  }
  let done = false;
  const linked: string[] = [];
  const madeFolders: string[] = [];
  let staging: string;
  try {
    staging = mkdtempSync(join(dir, ".baocao-init-"));
  } catch (error) {
    if (createdDir) rmSync(dir, { recursive: true, force: true });
    throw new UserError("init/unusable", { file: dir, code: (error as NodeJS.ErrnoException).code ?? "" });
  }
  try {
    for (const source of sources) {
      try {
        mkdirSync(dirname(join(staging, source.file)), { recursive: true });
        writeFileSync(join(staging, source.file), source.text);
      } catch (error) {
        throw unwritable(join(dir, source.file), error);
      }
    }
    readWorkspace(staging); // never create a workspace that doctor would refuse
    const makeFolder = (folder: string) => {
      const path = join(dir, folder);
      if (lstatOrUndefined(path) !== undefined) return;
      try {
        mkdirSync(path);
      } catch (error) {
        throw unwritable(path, error);
      }
      madeFolders.push(path);
    };
    // baocao.yaml last: a workspace exists only once its configuration is complete.
    const ordered = [
      ...sources.filter((s) => s.file !== CONFIG_FILE),
      ...sources.filter((s) => s.file === CONFIG_FILE),
    ];
    const written: string[] = [];
    for (const folder of neededFolders(sources)) {
      if (sources.some((s) => s.file.startsWith(`${folder}/`))) makeFolder(folder);
    }
    for (const source of ordered) {
      const target = join(dir, source.file);
      try {
        linkSync(join(staging, source.file), target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new UserError("init/exists", { file: target });
        throw unwritable(target, error);
      }
      linked.push(target);
      written.push(source.file);
    }
    for (const folder of neededFolders(sources)) makeFolder(folder);
    done = true;
    return written;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    if (!done) {
      // A folder made for a workspace that was then refused goes too; an existing one is left as it was,
      // less what this run put into it.
      if (createdDir) rmSync(dir, { recursive: true, force: true });
      else {
        for (const file of linked) rmSync(file, { force: true });
        for (const folder of madeFolders.reverse()) {
          try {
            rmdirSync(folder);
          } catch {
            // Not empty: something else wrote into it meanwhile; it is left.
          }
        }
      }
    }
  }
}
