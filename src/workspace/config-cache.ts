// The checked configuration of a workspace, kept between runs. Why: reading baocao.yaml costs every command
// ~50–90 ms — loading the YAML parser and building the zod schema, then parsing and checking — of a 0.3–0.6 s
// command at a clerk's size (issue 16). The result depends only on the texts of baocao.yaml and its included
// files and on the code that reads them, so it is kept under a digest of exactly these: the texts, the
// reader's modules (read.ts and every module it imports, followed in their text) and the versions of yaml and
// zod. Any change to a file or to that code gives another key, and the configuration is read and checked
// again. Only a configuration without issues is kept (a broken one is always read, so its errors are the
// reader's), and only when its JSON gives back the same value. The cache is the user's (BAOCAO_CACHE_DIR, else
// the system's cache folder), not the workspace's: nothing appears in the clerk's folder. Any failure to read
// or write the cache is a miss, never an error.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { cacheFolder, digestOf, installedVersion, readCached, writeCached } from "../io/disk-cache.js";
import { readTextFile } from "../io/read-text.js";
import { CONFIG_FILE } from "./find-workspace.js";
import type { Workspace } from "./read.js";
import type { WorkspaceConfig } from "./schema.js";

interface Entry {
  v: 1;
  files: string[];
  /** The included files (relative to the workspace) and the SHA-256 of their text. */
  includes: { file: string; sha256: string }[];
  config: WorkspaceConfig;
}

/** The folder of the cached configurations, or null when caching is off (BAOCAO_CACHE_DIR set but empty). */
export function configCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform) {
  return cacheFolder(KIND, env, platform);
}

const KIND = "config";

/** The workspace in `dir` as readWorkspace would give it, from the cache; null when it is not there. */
export function cachedWorkspace(dir: string, env: NodeJS.ProcessEnv = process.env): Workspace | null {
  try {
    if (configCacheDir(env) === null) return null;
    // Read as the reader reads (a regular UTF-8 file): anything it would refuse is a miss, and the reader
    // then reports it.
    const mainText = readTextFile(join(dir, CONFIG_FILE), CONFIG_FILE);
    const entry = readCached(KIND, keyOf(mainText), env);
    if (!isEntry(entry)) return null;
    for (const include of entry.includes) {
      if (sha256(readTextFile(join(dir, include.file), include.file)) !== include.sha256) return null;
    }
    return { dir, config: entry.config, files: entry.files };
  } catch {
    return null;
  }
}

/** Keeps a workspace just read (readWorkspaceSources: its texts, file → text) for the next runs. */
export function rememberWorkspace(
  workspace: Workspace,
  texts: ReadonlyMap<string, string>,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const mainText = texts.get(CONFIG_FILE);
  if (mainText === undefined) return;
  const entry: Entry = {
    v: 1,
    files: [...workspace.files],
    includes: [...texts]
      .filter(([file]) => file !== CONFIG_FILE)
      .map(([file, text]) => ({ file, sha256: sha256(text) })),
    config: workspace.config,
  };
  writeCached(KIND, keyOf(mainText), entry, env);
}

function isEntry(value: unknown): value is Entry {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Partial<Entry>;
  return (
    entry.v === 1 &&
    Array.isArray(entry.files) &&
    entry.files.every((file) => typeof file === "string") &&
    Array.isArray(entry.includes) &&
    entry.includes.every(
      (include) => typeof include?.file === "string" && typeof include.sha256 === "string" && include.file !== "",
    ) &&
    typeof entry.config === "object" &&
    entry.config !== null
  );
}

function sha256(text: string): string {
  return digestOf(text);
}

function keyOf(mainText: string): string {
  return digestOf(readerDigest(), mainText);
}

let digest: string | undefined;

/**
 * A digest of the code that turns the texts into the configuration: read.ts and the modules it imports, as
 * they are on disk (built .js, or .ts in the tests), this module, and the yaml and zod packages' versions.
 */
export function readerDigest(): string {
  if (digest !== undefined) return digest;
  const hash = createHash("sha256");
  const seen = new Set<string>();
  // The reader, and this module (the entries' layout).
  const pending = [moduleFile(fileURLToPath(new URL("./read.js", import.meta.url))), fileURLToPath(import.meta.url)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      text = "(none)"; // a path named in a comment, say: nothing to follow
    }
    hash
      .update(file.slice(file.lastIndexOf(sep) + 1))
      .update("\0")
      .update(text)
      .update("\0");
    for (const match of text.matchAll(RELATIVE_IMPORT)) {
      pending.push(moduleFile(resolve(dirname(file), match[1]!)));
    }
  }
  for (const name of ["yaml", "zod"])
    hash
      .update(name)
      .update("\0")
      .update(installedVersion(name, import.meta.url));
  digest = hash.digest("hex");
  return digest;
}

/** The modules a module loads by relative path: after `from`, `import`, `import(`. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.\.?\/[^"']+)["']/gm;

/** The file of a module: x.js as built, else x.ts (the sources, as the tests run them). */
function moduleFile(path: string): string {
  return existsSync(path) || !path.endsWith(".js") ? path : `${path.slice(0, -3)}.ts`;
}
