import { describe, expect, it } from "vitest";
import { isInWindow } from "./is-in-window.js";

const h1_2023 = { from: { year: 2022, month: 12, day: 15 }, to: { year: 2023, month: 6, day: 14 } };

describe("isInWindow", () => {
  it("includes both ends", () => {
    expect(isInWindow({ year: 2022, month: 12, day: 15 }, h1_2023)).toBe(true);
    expect(isInWindow({ year: 2023, month: 6, day: 14 }, h1_2023)).toBe(true);
    expect(isInWindow({ year: 2023, month: 3, day: 1 }, h1_2023)).toBe(true);
  });

  it("excludes the days just outside", () => {
    expect(isInWindow({ year: 2022, month: 12, day: 14 }, h1_2023)).toBe(false);
    expect(isInWindow({ year: 2023, month: 6, day: 15 }, h1_2023)).toBe(false);
    expect(isInWindow({ year: 2024, month: 1, day: 1 }, h1_2023)).toBe(false);
  });
});
