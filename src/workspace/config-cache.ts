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
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { readTextFile } from "../io/read-text.js";
import { CONFIG_FILE } from "./find-workspace.js";
import type { Workspace } from "./read.js";
import type { WorkspaceConfig } from "./schema.js";

/** Entries kept: the oldest beyond this many are removed when one is added. */
const MAX_ENTRIES = 64;

interface Entry {
  v: 1;
  files: string[];
  /** The included files (relative to the workspace) and the SHA-256 of their text. */
  includes: { file: string; sha256: string }[];
  config: WorkspaceConfig;
}

/** The folder of the cached configurations, or null when caching is off (BAOCAO_CACHE_DIR set but empty). */
export function configCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform) {
  const base =
    env.BAOCAO_CACHE_DIR !== undefined
      ? env.BAOCAO_CACHE_DIR
      : platform === "win32"
        ? join(env.LOCALAPPDATA ?? join(homedir(), "AppData", "Local"), "baocao", "Cache")
        : platform === "darwin"
          ? join(homedir(), "Library", "Caches", "baocao")
          : join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "baocao");
  return base === "" ? null : join(base, "config");
}

/** The workspace in `dir` as readWorkspace would give it, from the cache; null when it is not there. */
export function cachedWorkspace(dir: string, env: NodeJS.ProcessEnv = process.env): Workspace | null {
  try {
    const cacheDir = configCacheDir(env);
    if (cacheDir === null) return null;
    // Read as the reader reads (a regular UTF-8 file): anything it would refuse is a miss, and the reader
    // then reports it.
    const mainText = readTextFile(join(dir, CONFIG_FILE), CONFIG_FILE);
    const entry: unknown = JSON.parse(readFileSync(join(cacheDir, `${keyOf(mainText)}.json`), "utf8"));
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
  try {
    const cacheDir = configCacheDir(env);
    const mainText = texts.get(CONFIG_FILE);
    if (cacheDir === null || mainText === undefined) return;
    const entry: Entry = {
      v: 1,
      files: [...workspace.files],
      includes: [...texts]
        .filter(([file]) => file !== CONFIG_FILE)
        .map(([file, text]) => ({ file, sha256: sha256(text) })),
      config: workspace.config,
    };
    const json = JSON.stringify(entry);
    // A value JSON cannot hold as it is (undefined, a Date, NaN …) is not kept.
    if (!isDeepStrictEqual((JSON.parse(json) as Entry).config, workspace.config)) return;
    mkdirSync(cacheDir, { recursive: true });
    const target = join(cacheDir, `${keyOf(mainText)}.json`);
    // Written whole then renamed: another baocao reading meanwhile sees the old entry or the new, never half.
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, json);
    renameSync(temporary, target);
    prune(cacheDir);
  } catch {
    // a read-only or full disk: the next run reads the configuration again
  }
}

function prune(cacheDir: string): void {
  const entries = readdirSync(cacheDir).filter((name) => name.endsWith(".json"));
  if (entries.length <= MAX_ENTRIES) return;
  const byAge = entries
    .map((name) => {
      try {
        return { name, time: statSync(join(cacheDir, name)).mtimeMs };
      } catch {
        return { name, time: 0 };
      }
    })
    .sort((a, b) => a.time - b.time);
  for (const { name } of byAge.slice(0, entries.length - MAX_ENTRIES)) rmSync(join(cacheDir, name), { force: true });
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
  return createHash("sha256").update(text).digest("hex");
}

function keyOf(mainText: string): string {
  return createHash("sha256").update(readerDigest()).update("\0").update(mainText).digest("hex");
}

let digest: string | undefined;

/**
 * A digest of the code that turns the texts into the configuration: read.ts and the modules it imports, as
 * they are on disk (built .js, or .ts in the tests), and the yaml and zod packages' versions.
 */
export function readerDigest(): string {
  if (digest !== undefined) return digest;
  const hash = createHash("sha256");
  const seen = new Set<string>();
  const pending = [moduleFile(fileURLToPath(new URL("./read.js", import.meta.url)))];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    hash
      .update(file.slice(file.lastIndexOf(sep) + 1))
      .update("\0")
      .update(text)
      .update("\0");
    for (const match of text.matchAll(RELATIVE_IMPORT)) {
      pending.push(moduleFile(resolve(dirname(file), match[1]!)));
    }
  }
  const require = createRequire(import.meta.url);
  for (const name of ["yaml", "zod"]) {
    const main = require.resolve(name);
    const root = main.slice(0, main.lastIndexOf(`${sep}node_modules${sep}${name}${sep}`));
    const manifest = join(root, "node_modules", name, "package.json");
    hash
      .update(name)
      .update("\0")
      .update((JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version);
  }
  digest = hash.digest("hex");
  return digest;
}

/** `from "./x.js"`, `import "./x.js"`, `import("./x.js")`: the modules a module loads, by relative path. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.\.?\/[^"']+)["']/gm;

/** The file of a module: x.js as built, else x.ts (the sources, as the tests run them). */
function moduleFile(path: string): string {
  return existsSync(path) || !path.endsWith(".js") ? path : `${path.slice(0, -3)}.ts`;
}
