// Writes a new workspace without ever overwriting anything: the files are first written and checked
// in a staging folder, then hard-linked into place (link fails if the target exists) — so an
// interrupted or refused init leaves no half-made workspace behind.
import { existsSync, linkSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { UserError } from "../errors.js";
import { unwritable } from "../io/write-atomic.js";
import { CONFIG_FILE } from "./find-workspace.js";
import { readWorkspace } from "./read.js";
import type { ConfigSource } from "./sources.js";

/** Folders of a workspace (DESIGN §3), created empty. */
export const WORKSPACE_FOLDERS = ["templates", "forms", "inbox", "store", "out"] as const;

export function createWorkspace(dir: string, sources: readonly ConfigSource[]): string[] {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UserError("init/not-dir", { dir });
  if (existsSync(join(dir, CONFIG_FILE))) throw new UserError("init/exists", { file: join(dir, CONFIG_FILE) });
  for (const source of sources) {
    if (existsSync(join(dir, source.file))) throw new UserError("init/exists", { file: join(dir, source.file) });
  }
  const createdDir = !existsSync(dir);
  let staging: string;
  try {
    mkdirSync(dir, { recursive: true });
    staging = mkdtempSync(join(dir, ".baocao-init-"));
  } catch (error) {
    if (createdDir) rmSync(dir, { recursive: true, force: true });
    throw unwritable(dir, error);
  }
  let done = false;
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
    const written: string[] = [];
    // baocao.yaml last: a workspace exists only once its configuration is complete.
    const ordered = [
      ...sources.filter((s) => s.file !== CONFIG_FILE),
      ...sources.filter((s) => s.file === CONFIG_FILE),
    ];
    for (const source of ordered) {
      try {
        mkdirSync(dirname(join(dir, source.file)), { recursive: true });
        linkSync(join(staging, source.file), join(dir, source.file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") {
          throw new UserError("init/exists", { file: join(dir, source.file) });
        }
        throw unwritable(join(dir, source.file), error);
      }
      written.push(source.file);
    }
    for (const folder of WORKSPACE_FOLDERS) {
      try {
        mkdirSync(join(dir, folder), { recursive: true });
      } catch (error) {
        throw unwritable(join(dir, folder), error);
      }
    }
    done = true;
    return written;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    // A folder made for a workspace that was then refused goes too; an existing one is left as it was.
    if (!done && createdDir) rmSync(dir, { recursive: true, force: true });
  }
}
