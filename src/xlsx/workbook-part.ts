// xl/workbook.xml and its relationships → the sheets in order (name, visibility, part) and the date
// system; and where the shared strings and styles are.
import { posix } from "node:path";
import { scanXml } from "./xml.js";

export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  /** The worksheet part ("xl/worksheets/sheet1.xml"), or null when the relationship is missing. */
  readonly part: string | null;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly sharedStrings: string;
  readonly styles: string;
}

export function parseWorkbook(workbookXml: string, relsXml: string | null): WorkbookPart {
  const targets = new Map<string, string>();
  let sharedStrings = "xl/sharedStrings.xml";
  let styles = "xl/styles.xml";
  if (relsXml !== null) {
    scanXml(relsXml, {
      open(name, attributes) {
        if (name !== "Relationship") return;
        const id = attributes.get("Id");
        const target = attributes.get("Target");
        if (id === undefined || target === undefined || attributes.get("TargetMode") === "External") return;
        const part = resolvePart(target);
        targets.set(id, part);
        const type = attributes.get("Type") ?? "";
        if (type.endsWith("/sharedStrings")) sharedStrings = part;
        else if (type.endsWith("/styles")) styles = part;
      },
    });
  }
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  scanXml(workbookXml, {
    open(name, attributes) {
      if (name === "workbookPr") {
        const value = attributes.get("date1904");
        date1904 = value === "1" || value === "true";
      } else if (name === "sheet") {
        const id = attributes.get("id");
        const state = attributes.get("state");
        sheets.push({
          name: attributes.get("name") ?? "",
          hidden: state === "hidden" || state === "veryHidden",
          part: id === undefined ? null : (targets.get(id) ?? null),
        });
      }
    },
  });
  return { sheets, date1904, sharedStrings, styles };
}

/** A relationship target of xl/workbook.xml as a part name: relative to xl/, or absolute. */
function resolvePart(target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : posix.join("xl", target);
  return posix.normalize(path).replace(/^(\.\.\/)+/, "");
}
