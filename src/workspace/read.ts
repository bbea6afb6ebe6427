// Reads a workspace's baocao.yaml and its included files, then delegates to the pure parts
// (sources.ts, validate.ts). Throws WorkspaceConfigError with every issue located by file and line.
import { statSync } from "node:fs";
import { isAbsolute, join, normalize, resolve, sep } from "node:path";
import { UserError } from "../errors.js";
import { WorkspaceConfigError } from "./config-error.js";
import { readTextFile } from "../io/read-text.js";
import { CONFIG_FILE, findWorkspaceDir } from "./find-workspace.js";
import type { ConfigIssue } from "./issues.js";
import { assemble, includesOf, parseSource } from "./sources.js";
import type { WorkspaceConfig } from "./schema.js";
import { validateWorkspaceConfig } from "./validate.js";

export interface Workspace {
  /** Absolute path of the workspace folder. */
  readonly dir: string;
  readonly config: WorkspaceConfig;
  /** Configuration files read, relative to the workspace. */
  readonly files: readonly string[];
}

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

export function readWorkspace(dir: string): Workspace {
  const mainText = readText(dir, CONFIG_FILE);
  const main = parseSource({ file: CONFIG_FILE, text: mainText });
  const issues: ConfigIssue[] = [...main.issues];
  const includes = [];
  const files = [CONFIG_FILE];
  if (main.issues.length === 0) {
    for (const [index, name] of includesOf(main.parsed).entries()) {
      const relative = safeRelativePath(name);
      if (relative === null) {
        issues.push({ path: ["include", index], detail: { kind: "include-path" } });
        continue;
      }
      let text: string;
      try {
        // Only a regular UTF-8 file: a FIFO, a folder or a non-UTF-8 file stops here with its own error.
        text = readTextFile(join(dir, relative), relative, { unreadable: "workspace/unreadable" });
      } catch (error) {
        if (!(error instanceof UserError) || error.code !== "input/not-found") throw error;
        issues.push({ path: ["include", index], detail: { kind: "include-missing", file: relative } });
        continue;
      }
      const included = parseSource({ file: relative, text });
      issues.push(...included.issues);
      includes.push(included.parsed);
      files.push(relative);
    }
  }
  const assembled = assemble(main.parsed, includes);
  issues.push(...assembled.issues);
  const located = issues.map((issue) => (issue.file === undefined ? assembled.locate(issue) : issue));
  if (located.length > 0) throw new WorkspaceConfigError(CONFIG_FILE, byPosition(located));

  const result = validateWorkspaceConfig(assembled.raw);
  if (result.value === null) {
    throw new WorkspaceConfigError(CONFIG_FILE, byPosition(result.issues.map(assembled.locate)));
  }
  return { dir, config: result.value, files };
}

/** In reading order: by file, then line (stable, so issues on one line keep their order). */
function byPosition(issues: ConfigIssue[]): ConfigIssue[] {
  return [...issues].sort((a, b) => (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0));
}

/** A regular UTF-8 file (see readTextFile); any other failure to read is `workspace/unreadable`. */
function readText(dir: string, file: string): string {
  const path = join(dir, file);
  try {
    return readTextFile(path, path, { unreadable: "workspace/unreadable" });
  } catch (error) {
    if (error instanceof UserError && error.code === "input/not-found")
      throw new UserError("workspace/unreadable", { file: path, code: "ENOENT" });
    throw error;
  }
}

/** An included file must stay inside the workspace: relative, without "..". */
function safeRelativePath(name: string): string | null {
  if (name.trim() === "" || isAbsolute(name) || /^[a-zA-Z]:/.test(name)) return null;
  const normal = normalize(name);
  if (normal.split(sep).includes("..") || normal.split("/").includes("..")) return null;
  return normal;
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
