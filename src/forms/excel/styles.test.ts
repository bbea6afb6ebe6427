import { describe, expect, it } from "vitest";
import { frozen } from "./styles.js";

describe("frozen", () => {
  it("freezes the panes above and left of the first free cell, which is also the active cell", () => {
    expect(frozen(0, 1)).toEqual({ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" });
    expect(frozen(2, 2)).toEqual({ state: "frozen", xSplit: 2, ySplit: 2, topLeftCell: "C3", activeCell: "C3" });
  });
});
