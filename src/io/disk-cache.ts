// Values kept between runs in the user's cache folder, as JSON files named by a digest of what they were made
// from (the configuration's texts, a template's YAML text …) and of the code that made them. Why: loading the
// YAML parser and the schemas and parsing cost every command tens of ms at a clerk's size (issue 16), for the
// same result as last time. Never in the workspace: nothing appears in the clerk's folder. Any failure to read
// or write is a miss, never an error; a value JSON cannot give back exactly is not kept.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join, sep } from "node:path";
import { isDeepStrictEqual } from "node:util";

/** Entries kept per kind: the oldest beyond this many are removed when one is added. */
export const MAX_CACHE_ENTRIES = 64;

/**
 * The folder of one kind of cached values, or null when caching is off (BAOCAO_CACHE_DIR set but empty):
 * BAOCAO_CACHE_DIR, else $XDG_CACHE_HOME/baocao (~/.cache/baocao), ~/Library/Caches/baocao on macOS,
 * %LOCALAPPDATA%\baocao\Cache on Windows.
 */
export function cacheFolder(
  kind: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const base =
    env.BAOCAO_CACHE_DIR !== undefined
      ? env.BAOCAO_CACHE_DIR
      : platform === "win32"
        ? join(env.LOCALAPPDATA ?? join(homedir(), "AppData", "Local"), "baocao", "Cache")
        : platform === "darwin"
          ? join(homedir(), "Library", "Caches", "baocao")
          : join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "baocao");
  return base === "" ? null : join(base, kind);
}

/** SHA-256 (hex) of the parts, each ended by a NUL. */
export function digestOf(...parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}

/** The value kept under `key`, or undefined (none, unreadable, caching off). */
export function readCached(kind: string, key: string, env: NodeJS.ProcessEnv = process.env): unknown {
  try {
    const folder = cacheFolder(kind, env);
    if (folder === null) return undefined;
    const file = join(folder, `${key}.json`);
    // Only this user's entries: a cache folder others can write to (BAOCAO_CACHE_DIR, XDG_CACHE_HOME set to a
    // shared place) must not hand this user a configuration someone else planted.
    if (process.getuid !== undefined && statSync(file).uid !== process.getuid()) return undefined;
    return JSON.parse(readFileSync(file, "utf8")) as unknown;
  } catch {
    return undefined;
  }
}

/** Keeps `value` under `key` when its JSON gives it back exactly (no undefined, Date, NaN, -0 …). */
export function writeCached(kind: string, key: string, value: unknown, env: NodeJS.ProcessEnv = process.env): void {
  try {
    const folder = cacheFolder(kind, env);
    if (folder === null) return;
    const json = JSON.stringify(value);
    if (!isDeepStrictEqual(JSON.parse(json), value)) return;
    mkdirSync(folder, { recursive: true });
    const target = join(folder, `${key}.json`);
    // Written whole then renamed: another baocao reading meanwhile sees the old entry or the new, never half.
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, json);
    renameSync(temporary, target);
    prune(folder);
  } catch {
    // a read-only or full disk: the next run makes the value again
  }
}

/** Temporary files older than this are left by a run that was killed while writing: removed. */
const STALE_TEMPORARY_MS = 10 * 60 * 1000;

function prune(folder: string): void {
  const names = readdirSync(folder);
  for (const name of names.filter((entry) => entry.endsWith(".tmp"))) {
    try {
      if (Date.now() - statSync(join(folder, name)).mtimeMs > STALE_TEMPORARY_MS) rmSync(join(folder, name));
    } catch {
      // gone meanwhile, or not ours
    }
  }
  const entries = names.filter((name) => name.endsWith(".json"));
  if (entries.length <= MAX_CACHE_ENTRIES) return;
  const byAge = entries
    .map((name) => {
      try {
        return { name, time: statSync(join(folder, name)).mtimeMs };
      } catch {
        return { name, time: 0 };
      }
    })
    .sort((a, b) => a.time - b.time);
  for (const { name } of byAge.slice(0, entries.length - MAX_CACHE_ENTRIES))
    rmSync(join(folder, name), { force: true });
}

/** The version of an installed package, as resolved from `from` (a module's import.meta.url). */
export function installedVersion(name: string, from: string): string {
  const main = createRequire(from).resolve(name);
  const root = main.slice(0, main.lastIndexOf(`${sep}node_modules${sep}${name}${sep}`));
  const manifest = join(root, "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}
