import { describe, expect, it } from "vitest";
import type { Block } from "../documents/model.js";
import { withColumnWidths } from "./table-widths.js";

const cells = (...texts: string[]) => texts.map((text) => [{ text }]);

describe("withColumnWidths", () => {
  it("weights columns by their text, within bounds, and leaves other blocks and sized tables alone", () => {
    const paragraph: Block = { type: "paragraph", content: [{ text: "a" }] };
    const sized: Block = { type: "table", header: cells("a", "b"), rows: [], widths: [1, 3] };
    const table: Block = {
      type: "table",
      header: cells("STT", "Trang", "Nội dung"),
      rows: [cells("1", "Chỉ tiêu", "x".repeat(120)), cells("2", "Vụ việc", "y".repeat(20))],
    };
    const [first, second, third] = withColumnWidths([paragraph, sized, table]);
    expect(first).toBe(paragraph);
    expect(second).toBe(sized);
    expect(third).toMatchObject({ widths: [6, 8, 40] });
  });
});
