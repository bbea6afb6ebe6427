// The peers the bench compares baocao with, each run in its own child process (like the CLI), so that
// wall time, CPU time and peak memory are measured the same way for everyone:
//   node bench/peers.js sheetjs <dir>            SheetJS (xlsx 0.18): XLSX.read(buffer) of every .xlsx, one after the other
//   node bench/peers.js exceljs <dir>            exceljs: new Workbook().xlsx.load(buffer) of every .xlsx, one after the other
//   node bench/peers.js docxtemplater <template.docx> <recipients.json> <out-dir>
//                                                docxtemplater + pizzip: the same letter for every recipient, each written to disk
// Prints one JSON line: what was done and the time spent inside the loop (ms).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [kind, ...args] = process.argv.slice(2);

function xlsxFiles(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".xlsx"))
    .sort()
    .map((name) => join(dir, name));
}

if (kind === "sheetjs") {
  const { default: XLSX } = await import("xlsx");
  const files = xlsxFiles(args[0]);
  const start = performance.now();
  let cells = 0;
  for (const file of files) {
    const workbook = XLSX.read(readFileSync(file));
    for (const name of workbook.SheetNames) cells += Object.keys(workbook.Sheets[name]).length;
  }
  console.log(JSON.stringify({ peer: "sheetjs", files: files.length, cells, loopMs: performance.now() - start }));
} else if (kind === "exceljs") {
  const { default: ExcelJS } = await import("exceljs");
  const files = xlsxFiles(args[0]);
  const start = performance.now();
  let rows = 0;
  for (const file of files) {
    const workbook = await new ExcelJS.Workbook().xlsx.load(readFileSync(file));
    for (const sheet of workbook.worksheets) rows += sheet.rowCount;
  }
  console.log(JSON.stringify({ peer: "exceljs", files: files.length, rows, loopMs: performance.now() - start }));
} else if (kind === "docxtemplater") {
  const { default: PizZip } = await import("pizzip");
  const { default: Docxtemplater } = await import("docxtemplater");
  const [templateFile, recipientsFile, outDir] = args;
  const template = readFileSync(templateFile);
  const recipients = JSON.parse(readFileSync(recipientsFile, "utf8"));
  mkdirSync(outDir, { recursive: true });
  const start = performance.now();
  recipients.forEach((recipient, index) => {
    const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
    doc.render(recipient);
    writeFileSync(
      join(outDir, `${String(index + 1).padStart(4, "0")}.docx`),
      doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" }),
    );
  });
  console.log(JSON.stringify({ peer: "docxtemplater", letters: recipients.length, loopMs: performance.now() - start }));
} else {
  console.error(
    "usage: node bench/peers.js sheetjs|exceljs <dir> | docxtemplater <template.docx> <recipients.json> <out-dir>",
  );
  process.exit(2);
}
