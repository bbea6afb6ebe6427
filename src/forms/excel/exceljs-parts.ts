// The parts of exceljs that writing tong-hop.xlsx needs, loaded on their own. Why: `import ExcelJS from
// "exceljs"` loads the whole library — the workbook and stream readers, CSV, the zip reader: ~150 ms of CPU,
// half of `aggregate` on the sample (issue 16) — where the streaming writer alone is ~60 ms. These are the
// very objects exceljs exports (its entry lib/exceljs.nodejs.js only gathers them; exceljs is pinned in
// package.json), which exceljs-parts.test.ts checks, so an upgrade that moves them fails there.
import { createRequire } from "node:module";
import type ExcelJS from "exceljs";

const require = createRequire(import.meta.url);

/** ExcelJS.stream.xlsx.WorkbookWriter. */
export const StreamWorkbookWriter =
  require("exceljs/lib/stream/xlsx/workbook-writer.js") as typeof ExcelJS.stream.xlsx.WorkbookWriter;

/** ExcelJS.ValueType. */
export const ValueType = (require("exceljs/lib/doc/enums.js") as { ValueType: typeof ExcelJS.ValueType }).ValueType;
