#!/usr/bin/env node
// `npm run demo [-- <dir>]`: runs the whole pipeline on a copy of the bundled sample workspace
// (samples/hung-yen-2023-h1) in <dir> (default: ./demo-workspace), printing each command as a
// clerk would type it. A folder made by an earlier demo is replaced; any other existing folder is
// left alone.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const sample = join(root, "samples", "hung-yen-2023-h1");
const target = resolve(process.argv[2] ?? join(root, "demo-workspace"));
const MARKER = ".baocao-demo";

if (existsSync(target)) {
  if (existsSync(join(target, MARKER))) rmSync(target, { recursive: true, force: true });
  else if (readdirSync(target).length > 0) {
    console.error(
      `demo: ${target} đã có và không do bản chạy thử tạo ra; chọn thư mục khác: npm run demo -- <thư mục>`,
    );
    process.exit(2);
  }
}
cpSync(sample, target, { recursive: true });
writeFileSync(join(target, MARKER), "made by npm run demo; safe to delete\n");

const shown = relative(process.cwd(), target) || ".";
const w = ["-w", shown];
// PDFs only where baocao finds LibreOffice (as report --pdf would); the .docx files are always written.
const { locateLibreOffice, realSystem } = await import("../dist/machine/libreoffice.js");
const pdf = locateLibreOffice(realSystem()).found ? ["--pdf"] : [];
const steps = [
  [...w, "doctor"],
  [...w, "forms", "--period", "2023-H1", "--unit", "CAT", "VNPT", "UBND-VANLAM"],
  [...w, "validate", `${shown}/inbox`, "--period", "2023-H1", "--annotate", `${shown}/out/2023-H1/kiem-tra`],
  [...w, "ingest", `${shown}/previous-2022-h1`, "--period", "2022-H1", "--received", "16/06/2022"],
  [...w, "ingest", `${shown}/inbox`, "--period", "2023-H1", "--received", "16/06/2023"],
  [...w, "status", "--period", "2023-H1"],
  // Reminders to the units still without an accepted report (here the 3 rejected ones), numbers left blank.
  [...w, "letters", "don-doc", "--missing", "--period", "2023-H1", "--draft", "--date", "20/06/2023"],
  [...w, "aggregate", "--period", "2023-H1"],
  [...w, "report", "--period", "2023-H1", "--number", "841", "--date", "03/07/2023", ...pdf],
  [
    ...w,
    "directive",
    "--period",
    "2023-H1",
    "--report-number",
    "841",
    "--report-date",
    "03/07/2023",
    "--draft",
    "--date",
    "05/07/2023",
    ...pdf,
  ],
];

for (const args of steps) {
  console.log(`\n$ baocao ${args.join(" ")}`);
  const run = spawnSync(process.execPath, [join(root, "bin", "baocao.js"), ...args], { stdio: "inherit" });
  // Exit 1 means "done, and found problems in the data" — expected for the planted bad submissions.
  if (run.status !== 0 && run.status !== 1) {
    console.error(`demo: bước này dừng với mã thoát ${run.status}`);
    process.exit(run.status ?? 2);
  }
}
console.log(`\nThư mục làm việc của bản chạy thử (demo): ${target}`);
