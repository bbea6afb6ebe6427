import { describe, expect, it } from "vitest";
import { workerCap, workerCount } from "./count.js";

describe("workerCap", () => {
  it("is twice the cores, at most 16, at least 1", () => {
    expect(workerCap(1)).toBe(2);
    expect(workerCap(2)).toBe(4);
    expect(workerCap(8)).toBe(16);
    expect(workerCap(64)).toBe(16);
    expect(workerCap(0)).toBe(1);
  });
});

describe("workerCount", () => {
  it("reads BAOCAO_WORKERS as a whole number ≥ 1", () => {
    expect(workerCount({ BAOCAO_WORKERS: "1" }, 2)).toBe(1);
    expect(workerCount({ BAOCAO_WORKERS: "3" }, 2)).toBe(3);
    for (const value of [undefined, "", "0", "-2", "1.5", "many"])
      expect(workerCount({ BAOCAO_WORKERS: value }, 2)).toBeUndefined();
  });

  it("caps it: 1,000 workers on a 2-core machine are 4 (before the cap, 500 threads took 5.6 GB)", () => {
    expect(workerCount({ BAOCAO_WORKERS: "1000" }, 2)).toBe(4);
    expect(workerCount({ BAOCAO_WORKERS: "1000" }, 32)).toBe(16);
    expect(workerCount({ BAOCAO_WORKERS: "12" }, 32)).toBe(12);
  });
});
