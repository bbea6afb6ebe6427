// Column widths for the tables of a letter. A Markdown table carries no widths, and equal columns give a
// findings table (STT · Trang · Ô · Nội dung · Cách sửa) a wide "STT" and a cramped message. Each column
// is weighted by its text instead: its longest header word, or its cells' average length, within bounds.
import type { Block, Inline } from "../documents/model.js";

const MIN_WEIGHT = 6;
const MAX_WEIGHT = 40;

const textOf = (cell: readonly Inline[]) => cell.map((inline) => inline.text).join("");

export function withColumnWidths(blocks: readonly Block[]): Block[] {
  return blocks.map((block) => {
    if (block.type !== "table" || block.widths !== undefined) return block;
    const count = Math.max(block.header.length, ...block.rows.map((row) => row.length));
    const widths = Array.from({ length: count }, (_, column) => {
      const header = textOf(block.header[column] ?? []);
      const longestWord = Math.max(0, ...header.split(/\s+/).map((word) => word.length));
      const cells = block.rows.map((row) => textOf(row[column] ?? []).length);
      const average = cells.length === 0 ? 0 : cells.reduce((a, b) => a + b, 0) / cells.length;
      return Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, longestWord, Math.ceil(average)));
    });
    return { ...block, widths };
  });
}
