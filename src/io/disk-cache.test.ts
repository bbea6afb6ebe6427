import { chownSync, existsSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { cacheFolder, readCached, writeCached } from "./disk-cache.js";

const isRoot = process.getuid?.() === 0;

describe("the disk cache", () => {
  it("gives back a value kept, nothing when caching is off", () => {
    const env = { BAOCAO_CACHE_DIR: tempDir() };
    writeCached("test", "k", { a: [1, "hai"] }, env);
    expect(readCached("test", "k", env)).toEqual({ a: [1, "hai"] });
    expect(readCached("test", "other", env)).toBeUndefined();
    expect(cacheFolder("test", { BAOCAO_CACHE_DIR: "" })).toBeNull();
  });

  it.skipIf(!isRoot)("ignores an entry another user owns (a cache folder others can write to)", () => {
    const env = { BAOCAO_CACHE_DIR: tempDir() };
    writeCached("test", "k", { planted: false }, env);
    chownSync(join(cacheFolder("test", env)!, "k.json"), 4321, 4321);
    expect(readCached("test", "k", env)).toBeUndefined();
  });

  it("removes the temporary files a killed run left, once they are old", () => {
    const env = { BAOCAO_CACHE_DIR: tempDir() };
    writeCached("test", "k", 1, env);
    const folder = cacheFolder("test", env)!;
    const old = join(folder, "x.json.999999.tmp");
    const recent = join(folder, "y.json.999998.tmp");
    writeFileSync(old, "{");
    writeFileSync(recent, "{");
    const hourAgo = (Date.now() - 60 * 60 * 1000) / 1000;
    utimesSync(old, hourAgo, hourAgo);
    writeCached("test", "k2", 2, env);
    expect(existsSync(old)).toBe(false);
    expect(readdirSync(folder).sort()).toEqual(["k.json", "k2.json", "y.json.999998.tmp"]);
  });
});
