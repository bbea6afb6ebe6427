import { describe, expect, it } from "vitest";
import { noteKey, sizeNoteBoxes } from "./note-boxes.js";

const shape = (row: number, column: number) =>
  `<v:shape id="_x0000_s${row}"><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:Anchor>4, 6, 1, 14, 6, 2, 5, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`;

describe("sizeNoteBoxes", () => {
  it("gives each note with a box its box, by its 0-based row and column, and leaves the others", () => {
    const vml = `<xml>${shape(2, 3)}${shape(7, 0)}</xml>`;
    const sized = sizeNoteBoxes(vml, new Map([[noteKey(3, 4), { left: 4, top: 1, right: 7, bottom: 9 }]]));
    expect(sized).toBe(
      `<xml>${shape(2, 3).replace("4, 6, 1, 14, 6, 2, 5, 16", "4, 0, 1, 0, 7, 0, 9, 0")}${shape(7, 0)}</xml>`,
    );
  });
});
