// The note boxes of the annotated copy, written into the workbook exceljs wrote. exceljs draws every
// note in the same small box (see mark-cells.ts), in the VML drawing part of its sheet
// (xl/drawings/vmlDrawing<sheet id>.vml, one <v:shape> per note, whose <x:ClientData> holds the box as
// <x:Anchor>left, dx, top, dy, right, dx, bottom, dy</x:Anchor> and the cell as <x:Row>, <x:Column>,
// both 0-based). Each note's <x:Anchor> is replaced by the box it needs; the rest of the part is left
// as exceljs wrote it.
import type { NoteAnchor } from "./mark-cells.js";

/** The note boxes of one sheet, by "row,column" of the cell (1-based, as exceljs numbers cells). */
export type SheetNoteBoxes = ReadonlyMap<string, NoteAnchor>;

export const noteKey = (row: number, column: number) => `${row},${column}`;

/** The VML drawing part exceljs writes for the notes of the sheet with this id. */
export const vmlDrawingPart = (sheetId: number) => `xl/drawings/vmlDrawing${sheetId}.vml`;

/** The anchor's text as Excel reads it: edges, each with an offset (here 0: the box starts at a cell's edge). */
function anchorText(anchor: NoteAnchor): string {
  return [anchor.left, 0, anchor.top, 0, anchor.right, 0, anchor.bottom, 0].join(", ");
}

const CLIENT_DATA = /<x:ClientData\b[^>]*>[\s\S]*?<\/x:ClientData>/g;

/** The VML with each note of `boxes` given its box. */
export function sizeNoteBoxes(vml: string, boxes: SheetNoteBoxes): string {
  return vml.replace(CLIENT_DATA, (clientData) => {
    const row = /<x:Row>(\d+)<\/x:Row>/.exec(clientData)?.[1];
    const column = /<x:Column>(\d+)<\/x:Column>/.exec(clientData)?.[1];
    if (row === undefined || column === undefined) return clientData;
    const box = boxes.get(noteKey(Number(row) + 1, Number(column) + 1));
    if (box === undefined) return clientData;
    return clientData.replace(/<x:Anchor>[^<]*<\/x:Anchor>/, `<x:Anchor>${anchorText(box)}</x:Anchor>`);
  });
}
