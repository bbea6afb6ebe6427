// A command's workspace: from the cache of checked configurations when its files and the reader are unchanged
// (config-cache.ts), else read and checked by read.ts — loaded only then, with the YAML parser and the schema.
import { cachedWorkspace, rememberWorkspace } from "./config-cache.js";
import type { Workspace } from "./read.js";

/** The workspace in `dir`, read and checked: the same value and the same errors as readWorkspace. */
export async function openWorkspace(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<Workspace> {
  const cached = cachedWorkspace(dir, env);
  if (cached !== null) return cached;
  const { readWorkspaceSources } = await import("./read.js");
  const { workspace, texts } = readWorkspaceSources(dir);
  rememberWorkspace(workspace, texts, env);
  return workspace;
}
