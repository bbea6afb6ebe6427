import { existsSync } from "node:fs";
import { describe, expect, it, onTestFinished } from "vitest";
import { sampleLetter } from "../../../test/helpers/document-samples.js";
import { renderDocument } from "../../documents/layout/index.js";
import { createRenderPool, POOL_THRESHOLD, renderPoolSize, renderWorkers } from "./pool.js";

const DIST_POOL = new URL("../../../dist/letters/render/pool.js", import.meta.url);

describe("renderPoolSize", () => {
  it("is up to 4 workers, at most one per core, unless BAOCAO_WORKERS says otherwise (capped)", () => {
    expect(renderPoolSize({}, 2)).toBe(2);
    expect(renderPoolSize({}, 16)).toBe(4);
    expect(renderPoolSize({ BAOCAO_WORKERS: "1" }, 16)).toBe(1);
    expect(renderPoolSize({ BAOCAO_WORKERS: "6" }, 16)).toBe(6);
    expect(renderPoolSize({ BAOCAO_WORKERS: "1000" }, 2)).toBe(4);
  });
});

describe("renderWorkers", () => {
  it("leaves built-in letters to the main thread unless BAOCAO_WORKERS asks for workers; Word-template letters get them", () => {
    expect(renderWorkers(1000, "layout", {}, 2)).toBe(0);
    expect(renderWorkers(100_000, "layout", {}, 16)).toBe(0);
    expect(renderWorkers(1000, "layout", { BAOCAO_WORKERS: "2" }, 2)).toBe(2);
    expect(renderWorkers(POOL_THRESHOLD - 1, "layout", { BAOCAO_WORKERS: "2" }, 2)).toBe(0);
    expect(renderWorkers(1000, "word", {}, 2)).toBe(2);
    expect(renderWorkers(1000, "word", { BAOCAO_WORKERS: "1" }, 2)).toBe(0);
    expect(renderWorkers(POOL_THRESHOLD - 1, "word", {}, 2)).toBe(0);
  });
});

describe("createRenderPool", () => {
  it("leaves small batches, BAOCAO_WORKERS=1 and runs from the TypeScript sources to the main thread", () => {
    expect(createRenderPool(POOL_THRESHOLD - 1, undefined, { BAOCAO_WORKERS: "2" })).toBeNull();
    expect(createRenderPool(1000, undefined, { BAOCAO_WORKERS: "1" })).toBeNull();
    // From src/ the worker is worker.ts, which a worker thread cannot run.
    expect(createRenderPool(1000, undefined, { BAOCAO_WORKERS: "2" })).toBeNull();
  });

  it.skipIf(!existsSync(DIST_POOL))(
    "lays letters out on worker threads (dist/), the very bytes of the main thread; errors come back as errors",
    async () => {
      const dist = (await import(DIST_POOL.href)) as typeof import("./pool.js");
      const pool = dist.createRenderPool(POOL_THRESHOLD, undefined, { BAOCAO_WORKERS: "2" });
      expect(pool).not.toBeNull();
      onTestFinished(() => pool!.close());
      expect(pool!.size).toBe(2);
      const document = sampleLetter();
      const [first, second] = await Promise.all([pool!.render(document), pool!.render(document)]);
      const expected = await renderDocument(document);
      expect(first.equals(expected)).toBe(true);
      expect(second.equals(expected)).toBe(true);
      await expect(pool!.fill({})).rejects.toThrow("no Word template was given to this worker");
    },
  );
});
