// Which folder is the workspace: light (no YAML parser, no schema), so that a command can find its workspace and
// look for the checked configuration in the cache (config-cache.ts) before loading the reader.
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { UserError } from "../errors.js";
import { CONFIG_FILE, findWorkspaceDir } from "./find-workspace.js";

/**
 * The workspace named by -w, else the nearest one upward from `cwd`, else the nearest one upward from
 * the first input (so `baocao validate some-workspace/inbox` works from anywhere).
 */
export function resolveWorkspaceDir(explicit: string | undefined, cwd: string, inputs: readonly string[] = []): string {
  if (explicit !== undefined) {
    const dir = resolve(cwd, explicit);
    if (isFile(dir)) throw new UserError("workspace/not-a-dir", { dir });
    if (!isDirectory(dir)) throw new UserError("workspace/dir-missing", { dir });
    if (!isFile(join(dir, CONFIG_FILE))) throw new UserError("workspace/not-found", { dir });
    return dir;
  }
  const found = findWorkspaceDir(cwd) ?? (inputs[0] === undefined ? null : findWorkspaceDir(resolve(cwd, inputs[0])));
  if (found === null) throw new UserError("workspace/not-found", { dir: resolve(cwd) });
  return found;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
