import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { cachedWorkspace, configCacheDir, readerDigest } from "./config-cache.js";
import { WorkspaceConfigError } from "./config-error.js";
import { openWorkspace } from "./open.js";
import { readWorkspace } from "./read.js";

const SAMPLE = new URL("../../samples/hung-yen-2023-h1/", import.meta.url).pathname;
const PRESET = new URL("../../presets/hung-yen-2025/", import.meta.url).pathname;

/** A copy of a workspace's configuration files, and an empty cache folder. */
function setUp(from = SAMPLE) {
  const dir = tempDir();
  // The preset shares the sample's catalogue (chi-tieu.yaml), as `init --preset` writes it.
  for (const source of new Set([SAMPLE, from]))
    for (const file of readdirSync(source).filter((name) => name.endsWith(".yaml")))
      cpSync(join(source, file), join(dir, file));
  const env = { BAOCAO_CACHE_DIR: tempDir() };
  const entries = () => readdirSync(join(env.BAOCAO_CACHE_DIR, "config"));
  return { dir, env, entries };
}

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, "utf8")));
}

describe("the cache of checked configurations", () => {
  it("gives back what readWorkspace gives, for the sample and the preset", async () => {
    for (const from of [SAMPLE, PRESET]) {
      const { dir, env, entries } = setUp(from);
      expect(cachedWorkspace(dir, env)).toBeNull();
      const read = readWorkspace(dir);
      expect(await openWorkspace(dir, env)).toEqual(read); // read and kept
      expect(entries()).toHaveLength(1);
      const cached = cachedWorkspace(dir, env);
      expect(cached).not.toBeNull();
      expect(cached).toStrictEqual(read);
      expect(await openWorkspace(dir, env)).toStrictEqual(read);
    }
  });

  it("reads the configuration again when baocao.yaml or an included file changes", async () => {
    const { dir, env, entries } = setUp();
    await openWorkspace(dir, env);
    edit(join(dir, "chi-tieu.yaml"), (text) => text.replace('Trộm cắp, phá hoại hạ tầng"', 'Một nhãn khác"'));
    expect(cachedWorkspace(dir, env)).toBeNull();
    const changed = await openWorkspace(dir, env);
    expect(changed).toStrictEqual(readWorkspace(dir));
    expect(JSON.stringify(changed.config)).toContain("Một nhãn khác");
    edit(join(dir, "baocao.yaml"), (text) => `${text}\n# a comment\n`);
    expect(cachedWorkspace(dir, env)).toBeNull();
    expect(await openWorkspace(dir, env)).toStrictEqual(readWorkspace(dir));
    expect(entries()).toHaveLength(2);
    expect(cachedWorkspace(dir, env)).toStrictEqual(readWorkspace(dir));
  });

  it("never keeps a configuration with issues: its errors come from the reader every time", async () => {
    const { dir, env } = setUp();
    edit(join(dir, "baocao.yaml"), (text) => `${text}\nsingers: []\n`);
    for (let run = 0; run < 2; run++) await expect(openWorkspace(dir, env)).rejects.toThrow(WorkspaceConfigError);
    expect(readdirSync(env.BAOCAO_CACHE_DIR)).toEqual([]);
  });

  it("takes a damaged entry for a miss and writes it again", async () => {
    const { dir, env, entries } = setUp();
    await openWorkspace(dir, env);
    const entry = join(env.BAOCAO_CACHE_DIR, "config", entries()[0]!);
    for (const damage of ["{", '{"v":1}', '{"v":2,"files":[],"includes":[],"config":{}}']) {
      writeFileSync(entry, damage);
      expect(cachedWorkspace(dir, env)).toBeNull();
      expect(await openWorkspace(dir, env)).toStrictEqual(readWorkspace(dir));
      expect(cachedWorkspace(dir, env)).toStrictEqual(readWorkspace(dir));
    }
  });

  it("is off with BAOCAO_CACHE_DIR empty, and otherwise in the system's cache folder", async () => {
    const { dir } = setUp();
    expect(configCacheDir({ BAOCAO_CACHE_DIR: "" })).toBeNull();
    expect(await openWorkspace(dir, { BAOCAO_CACHE_DIR: "" })).toStrictEqual(readWorkspace(dir));
    expect(configCacheDir({ XDG_CACHE_HOME: "/x/cache" }, "linux")).toBe(join("/x/cache", "baocao", "config"));
    expect(configCacheDir({ LOCALAPPDATA: "C:/Users/a/AppData/Local" }, "win32")).toBe(
      join("C:/Users/a/AppData/Local", "baocao", "Cache", "config"),
    );
    expect(configCacheDir({}, "darwin")).toMatch(/Library.Caches.baocao.config$/);
  });

  it("keys the entries by the reader's code too: the modules read.ts loads and the yaml and zod versions", () => {
    expect(readerDigest()).toMatch(/^[0-9a-f]{64}$/);
    expect(readerDigest()).toBe(readerDigest());
  });

  it("keeps at most 64 entries, removing the oldest", async () => {
    const { dir, env, entries } = setUp();
    for (let index = 0; index < 66; index++) {
      edit(join(dir, "baocao.yaml"), (text) => `${text}\n# ${index}\n`);
      await openWorkspace(dir, env);
    }
    expect(entries()).toHaveLength(64);
    expect(cachedWorkspace(dir, env)).toStrictEqual(readWorkspace(dir)); // the newest is kept
  });
});
