// Reads a workspace's baocao.yaml and its included files, then delegates to the pure parts
// (sources.ts, validate.ts). Throws WorkspaceConfigError with every issue located by file and line.
import { isAbsolute, join, normalize, sep } from "node:path";
import { UserError } from "../errors.js";
import { WorkspaceConfigError } from "./config-error.js";
import { readTextFile } from "../io/read-text.js";
import { CONFIG_FILE } from "./find-workspace.js";
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

export { resolveWorkspaceDir } from "./locate.js";

export function readWorkspace(dir: string): Workspace {
  return readWorkspaceSources(dir).workspace;
}

/** readWorkspace, with the texts it read (file → text) for the cache (config-cache.ts). */
export function readWorkspaceSources(dir: string): { workspace: Workspace; texts: Map<string, string> } {
  const mainText = readText(dir, CONFIG_FILE);
  const texts = new Map([[CONFIG_FILE, mainText]]);
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
      texts.set(relative, text);
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
  return { workspace: { dir, config: result.value, files }, texts };
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
