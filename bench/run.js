#!/usr/bin/env node
// `npm run bench [-- --units N --rows N --letters N --repeat N --timeout S --keep --dir DIR --out FILE]`: throughput of baocao
// on a synthetic workspace, next to its peers, in one run. Not a unit test (it takes minutes).
//
// Setup (timed on its own): a workspace in a temporary folder with the sample configuration
// (samples/hung-yen-2023-h1) and N generated units of mixed kinds, and one filled form per unit with R
// incident rows (default 100 × 1.000 = 100.000 rows), written on worker threads.
//
// Measured, each as its own child process of the built CLI (`node bin/baocao.js …`): forms, validate,
// ingest, aggregate, report, and letters to L recipients (default 1.000) — from the built-in
// de-nghi-bao-cao, then from a Word template made of its first letter; and the peers on the same inputs
// (bench/peers.js): SheetJS and exceljs reading the same workbooks one after the other, and
// docxtemplater rendering that same one-page .docx letter L times. For each: wall time (spawn to exit), CPU
// time and peak memory (ru_maxrss of the child, written by bench/probe.js when it exits). The compared
// pairs (validate and the readers; letters and docxtemplater) run interleaved --repeat times (default 3),
// and each keeps its median run: on a shared machine the load drifts, and back-to-back runs see the same.
//
// Prints a table and writes bench/results.json (machine, Node, sizes, timings, ratios).
import { spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";

const root = fileURLToPath(new URL("..", import.meta.url));
const sampleDir = join(root, "samples", "hung-yen-2023-h1");
const probe = pathToFileURL(join(root, "bench", "probe.js")).href;

const { values: flags } = parseArgs({
  options: {
    units: { type: "string", default: "100" },
    rows: { type: "string", default: "1000" },
    letters: { type: "string", default: "1000" },
    dir: { type: "string" },
    keep: { type: "boolean", default: false },
    out: { type: "string", default: join(root, "bench", "results.json") },
    timeout: { type: "string", default: "120" },
    repeat: { type: "string", default: "3" },
  },
});
const positive = (name) => {
  const value = Number(flags[name]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a whole number ≥ 1, not ${flags[name]}`);
  return value;
};
const sizes = { units: positive("units"), rowsPerUnit: positive("rows"), letters: positive("letters") };
sizes.rows = sizes.units * sizes.rowsPerUnit;
const timeoutS = positive("timeout");
const repeat = positive("repeat");

if (!existsSync(join(root, "dist", "cli", "index.js")))
  throw new Error("dist/ is missing: run `npm run bench` (it builds first)");
if (!existsSync(join(root, "dist-test", "test", "helpers", "fill-form.js")))
  throw new Error("dist-test/ is missing: run `npm run bench` (it builds first)");
const { syntheticUnits, recipientsCsv, PERIOD_CODE } = await import("./lib/synthetic.js");
const YAML = (await import("yaml")).default;
const { readWorkspace } = await import("../dist/workspace/read.js");

const dir = flags.dir === undefined ? mkdtempSync(join(os.tmpdir(), "baocao-bench-")) : flags.dir;
const ws = join(dir, "ws");
const logs = join(dir, "logs");
const loadBefore = os.loadavg();

// ---------------------------------------------------------------------------------------------
// Setup

async function setup() {
  const marker = join(dir, "sizes.json");
  const wanted = JSON.stringify({ units: sizes.units, rows: sizes.rowsPerUnit, letters: sizes.letters, v: 1 });
  const started = performance.now();
  if (existsSync(marker) && readFileSync(marker, "utf8") === wanted) {
    // --dir of an earlier run with the same sizes: keep its inbox, start again from a clean store.
    for (const sub of ["store", "out", "forms"]) rmSync(join(ws, sub), { recursive: true, force: true });
    rmSync(logs, { recursive: true, force: true });
    mkdirSync(logs, { recursive: true });
    return { seconds: (performance.now() - started) / 1000, reused: true };
  }
  rmSync(ws, { recursive: true, force: true });
  rmSync(logs, { recursive: true, force: true });
  mkdirSync(join(ws, "inbox"), { recursive: true });
  mkdirSync(logs, { recursive: true });
  const document = YAML.parseDocument(readFileSync(join(sampleDir, "baocao.yaml"), "utf8"));
  const areas = YAML.parse(readFileSync(join(sampleDir, "baocao.yaml"), "utf8")).areas;
  document.set("units", syntheticUnits(sizes.units, areas));
  writeFileSync(join(ws, "baocao.yaml"), document.toString({ lineWidth: 0 }));
  copyFileSync(join(sampleDir, "chi-tieu.yaml"), join(ws, "chi-tieu.yaml"));
  writeFileSync(join(dir, "recipients.csv"), recipientsCsv(sizes.letters));
  const { config } = readWorkspace(ws);

  // The filled forms, on worker threads (setup only: this is not what is measured).
  const threads = Math.max(1, Math.min(os.availableParallelism(), sizes.units));
  const shares = Array.from({ length: threads }, () => []);
  config.units.forEach((unit, index) => shares[index % threads].push({ unit, seed: 20230703 + index }));
  let written = 0;
  await Promise.all(
    shares.map(
      (units) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL("./lib/gen-worker.js", import.meta.url), {
            workerData: { config, units, rows: sizes.rowsPerUnit, inbox: join(ws, "inbox") },
          });
          worker.on("message", () => {
            written += 1;
            if (process.stderr.isTTY) process.stderr.write(`\r  forms written: ${written}/${sizes.units}`);
          });
          worker.on("error", reject);
          worker.on("exit", (code) =>
            code === 0 ? resolve() : reject(new Error(`form generator exited with ${code}`)),
          );
        }),
    ),
  );
  if (process.stderr.isTTY) process.stderr.write("\n");
  writeFileSync(marker, wanted);
  return { seconds: (performance.now() - started) / 1000, reused: false };
}

// ---------------------------------------------------------------------------------------------
// Measuring one child process

/** Peak RSS so far of a running process (Linux: VmHWM), for a child that is killed before its probe writes. */
function highWaterMB(pid) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match === null ? null : Number(match[1]) / 1024;
  } catch {
    return null;
  }
}

function measure(name, args, { okCodes = [0] } = {}) {
  const probeOut = join(logs, `${name}.probe.json`);
  rmSync(probeOut, { force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", probe, ...args], {
      cwd: root,
      env: { ...process.env, BENCH_PROBE_OUT: probeOut, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout = [];
    const stderr = [];
    let sampledMB = null;
    let timedOut = false;
    const sampler = setInterval(() => {
      const mb = highWaterMB(child.pid);
      if (mb !== null) sampledMB = Math.max(sampledMB ?? 0, mb);
    }, 250);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutS * 1000);
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearInterval(sampler);
      clearTimeout(timer);
      const wallS = (performance.now() - started) / 1000;
      const out = Buffer.concat(stdout).toString("utf8");
      const err = Buffer.concat(stderr).toString("utf8");
      writeFileSync(join(logs, `${name}.out`), out);
      writeFileSync(join(logs, `${name}.err`), err);
      const usage = existsSync(probeOut) ? JSON.parse(readFileSync(probeOut, "utf8")) : null;
      const peakMB = usage === null ? sampledMB : Math.max(usage.maxRssKB / 1024, sampledMB ?? 0);
      const result = {
        wallS: round(wallS, 3),
        cpuS: usage === null ? null : round((usage.userCpuUs + usage.systemCpuUs) / 1e6, 3),
        peakRssMB: peakMB === null ? null : round(peakMB, 1),
        exitCode: code,
        stdout: out,
      };
      if (timedOut) resolve({ ...result, failed: `killed after the ${timeoutS} s time limit (--timeout)` });
      else if (!okCodes.includes(code)) {
        const reason = /heap out of memory/.test(err)
          ? "JavaScript heap out of memory"
          : (err
              .trim()
              .split("\n")
              .find((line) => line.trim() !== "") ?? "");
        resolve({ ...result, failed: `exit ${code ?? signal}: ${reason.slice(0, 200)}` });
      } else resolve(result);
    });
  });
}

const cli = (...args) => ["bin/baocao.js", "-w", ws, "--no-input", ...args];
const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------------------------------------
// The letter for docxtemplater: our first letter, with the recipient's parts turned into tags.

async function docxtemplaterTemplate(lettersDir) {
  const { default: PizZip } = await import("pizzip");
  const first = readdirSync(lettersDir)
    .filter((name) => name.endsWith(".docx"))
    .sort()[0];
  if (first === undefined) throw new Error("letters wrote no .docx");
  const zip = new PizZip(readFileSync(join(lettersDir, first)));
  let xml = zip.file("word/document.xml").asText();
  const replacements = [
    ["Ban Giám hiệu Trường Thử nghiệm số 1", "{kinh_gui}"],
    ["Trường Thử nghiệm số 1", "{ten}"],
  ];
  let tags = 0;
  const original = xml;
  for (const [text, tag] of replacements) {
    const parts = xml.split(text);
    tags += parts.length - 1;
    xml = parts.join(tag);
  }
  if (tags === 0) throw new Error("the recipient's name was not found in the first letter (split across runs?)");
  zip.file("word/document.xml", xml);
  const template = join(dir, "letter-template.docx");
  writeFileSync(template, zip.generate({ type: "nodebuffer", compression: "DEFLATE" }));
  // The same template for baocao's own Word-template letters ({{recipient.<field>}} placeholders).
  let ours = original;
  for (const [text, tag] of replacements)
    ours = ours.split(text).join(tag === "{ten}" ? "{{recipient.ten_don_vi}}" : "{{recipient.kinh_gui}}");
  zip.file("word/document.xml", ours);
  const wordTemplate = join(dir, "thu-mau.docx");
  writeFileSync(wordTemplate, zip.generate({ type: "nodebuffer", compression: "DEFLATE" }));
  const recipients = Array.from({ length: sizes.letters }, (_, i) => ({
    ten: `Trường Thử nghiệm số ${i + 1}`,
    kinh_gui: `Ban Giám hiệu Trường Thử nghiệm số ${i + 1}`,
  }));
  const recipientsFile = join(dir, "recipients.json");
  writeFileSync(recipientsFile, JSON.stringify(recipients));
  return { template, wordTemplate, recipientsFile, tags };
}

// ---------------------------------------------------------------------------------------------

function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")).version;
  } catch {
    return null;
  }
}

function lettersAvailable() {
  return (
    existsSync(join(root, "src", "cli", "commands", "letters", "index.ts")) &&
    existsSync(join(root, "dist", "cli", "commands", "letters", "index.js"))
  );
}

async function main() {
  const log = (line) => process.stderr.write(`${line}\n`);
  log(
    `baocao bench: ${sizes.units} units × ${sizes.rowsPerUnit} rows = ${sizes.rows} incident rows, ${sizes.letters} letters; in ${dir}`,
  );
  const prepared = await setup();
  log(`  setup ${prepared.reused ? "(reused)" : ""} ${prepared.seconds.toFixed(1)} s`);

  const phases = {};
  const perSecond = (count, result) =>
    result.failed === undefined && result.wallS > 0 ? Math.round(count / result.wallS) : null;
  // Several runs of one measurement: the median by wall time is kept, with every run's wall time.
  const runsOf = new Map();
  const keep = (table, name, result, work) => {
    const runs = [...(runsOf.get(name) ?? []), result];
    runsOf.set(name, runs);
    const sorted = [...runs].sort((a, b) => (a.failed ? 1 : 0) - (b.failed ? 1 : 0) || a.wallS - b.wallS);
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    const { stdout, ...kept } = median;
    const rate =
      work.rows !== undefined
        ? { rowsPerS: perSecond(work.rows, median) }
        : { itemsPerS: perSecond(work.items, median) };
    table[name] = { ...kept, ...work, ...rate, ...(runs.length > 1 ? { runsWallS: runs.map((r) => r.wallS) } : {}) };
    return median;
  };
  const run = async (name, args, work, options) => {
    log(`  ${name} …`);
    const result = await measure(name, args, options);
    log(
      `  ${name} ${result.wallS.toFixed(2)} s, ${result.peakRssMB} MB${result.failed ? ` — FAILED: ${result.failed}` : ""}`,
    );
    return keep(phases, name, result, work);
  };
  const inbox = join(ws, "inbox");

  // Peers (defined first: intake and its readers run interleaved)
  const peers = {};
  const peer = async (name, args, work) => {
    log(`  peer ${name} …`);
    const result = await measure(`peer-${name}`, ["bench/peers.js", ...args]);
    log(
      `  peer ${name} ${result.wallS.toFixed(2)} s, ${result.peakRssMB} MB${result.failed ? ` — FAILED: ${result.failed}` : ""}`,
    );
    const median = keep(peers, name, result, work);
    peers[name].inner = median.failed === undefined ? JSON.parse(median.stdout.trim().split("\n").at(-1)) : null;
    return median;
  };

  // baocao
  await run("forms", cli("forms", "--period", PERIOD_CODE), { items: sizes.units, unit: "forms" });
  let validate;
  let sheetjs;
  let exceljs;
  for (let pass = 0; pass < repeat; pass++) {
    validate = await run(
      "validate",
      cli("validate", inbox, "--period", PERIOD_CODE, "--json"),
      { rows: sizes.rows },
      { okCodes: [0, 1] },
    );
    sheetjs = await peer("sheetjs", ["sheetjs", inbox], { version: packageVersion("xlsx"), rows: sizes.rows });
    exceljs = await peer("exceljs", ["exceljs", inbox], { version: packageVersion("exceljs"), rows: sizes.rows });
  }
  if (validate.failed === undefined) phases.validate.summary = JSON.parse(validate.stdout).summary;
  const ingest = await run(
    "ingest",
    cli("ingest", inbox, "--period", PERIOD_CODE, "--received", "16/06/2023"),
    { rows: sizes.rows },
    { okCodes: [0, 1] },
  );
  await run("aggregate", cli("aggregate", "--period", PERIOD_CODE), { rows: sizes.rows });
  await run("report", cli("report", "--period", PERIOD_CODE, "--number", "841", "--date", "03/07/2023"), {
    rows: sizes.rows,
  });

  let letters = null;
  const lettersDir = join(ws, "out", "thu-bench");
  if (lettersAvailable()) {
    letters = await run(
      "letters",
      cli(
        "letters",
        "de-nghi-bao-cao",
        "--to",
        join(dir, "recipients.csv"),
        "--period",
        PERIOD_CODE,
        "--number-from",
        "1",
        "--date",
        "03/07/2023",
        "--out",
        lettersDir,
      ),
      { items: sizes.letters, unit: "letters" },
    );
    if (letters.failed === undefined) phases.letters.msPerLetter = round((letters.wallS * 1000) / sizes.letters, 2);
    else letters = null;
  } else {
    phases.letters = { available: false, note: "the letters command is not in this build" };
    log("  letters: not available");
  }

  let docxtemplater = null;
  let wordLetters = null;
  if (letters !== null) {
    const { template, wordTemplate, recipientsFile, tags } = await docxtemplaterTemplate(lettersDir);
    for (let pass = 0; pass < repeat; pass++) {
      if (pass > 0) {
        // Our built-in letters again (into a fresh folder: letters never overwrite), next to the peer.
        const again = join(ws, "out", `thu-bench-${pass}`);
        letters = await run(
          "letters",
          cli(
            "letters",
            "de-nghi-bao-cao",
            "--to",
            join(dir, "recipients.csv"),
            "--period",
            PERIOD_CODE,
            "--number-from",
            "1",
            "--date",
            "03/07/2023",
            "--out",
            again,
          ),
          { items: sizes.letters, unit: "letters" },
        );
      }
      // baocao's letters again, from the same finished .docx with placeholders: the engine-to-engine comparison.
      wordLetters = await run(
        "letters-docx",
        cli(
          "letters",
          wordTemplate,
          "--to",
          join(dir, "recipients.csv"),
          "--number-from",
          "1",
          "--date",
          "03/07/2023",
          "--out",
          join(ws, "out", `thu-docx-${pass}`),
        ),
        { items: sizes.letters, unit: "letters" },
      );
      const peerOut = join(dir, "docxtemplater-out");
      rmSync(peerOut, { recursive: true, force: true });
      docxtemplater = await peer("docxtemplater", ["docxtemplater", template, recipientsFile, peerOut], {
        version: packageVersion("docxtemplater"),
        items: sizes.letters,
        unit: "letters",
        tags,
      });
    }
    if (letters.failed === undefined) phases.letters.msPerLetter = round((letters.wallS * 1000) / sizes.letters, 2);
    else letters = null;
    if (wordLetters.failed === undefined)
      phases["letters-docx"].msPerLetter = round((wordLetters.wallS * 1000) / sizes.letters, 2);
    else wordLetters = null;
    if (docxtemplater.failed === undefined)
      peers.docxtemplater.msPerLetter = round((docxtemplater.wallS * 1000) / sizes.letters, 2);
    else docxtemplater = null;
  }

  // Ratios (> 1: baocao is faster) and targets
  const ok = (result) => result !== null && result.failed === undefined;
  const ratio = (peerResult, ours) => (ok(peerResult) && ok(ours) ? round(peerResult.wallS / ours.wallS) : null);
  const ratios = {
    intakeVsExceljs: ratio(exceljs, validate),
    intakeVsSheetjs: ratio(sheetjs, validate),
    ingestVsExceljs: ratio(exceljs, ingest),
    lettersVsDocxtemplater: ratio(docxtemplater, letters),
    lettersDocxVsDocxtemplater: ratio(docxtemplater, wordLetters),
  };
  const peaks = Object.values(phases).map((phase) => phase.peakRssMB ?? 0);
  const baocaoPeak = Math.max(...peaks);
  const intakePeak = Math.max(phases.validate.peakRssMB ?? 0, phases.ingest.peakRssMB ?? 0);
  const met = (value, test) => (value === null ? null : test(value));
  const targets = {
    intakeAtLeast2xExceljs: {
      target: 2,
      value: ratios.intakeVsExceljs,
      met: met(ratios.intakeVsExceljs, (v) => v >= 2),
    },
    lettersAtLeastDocxtemplater: {
      target: 1,
      value: ratios.lettersVsDocxtemplater,
      met: met(ratios.lettersVsDocxtemplater, (v) => v >= 1),
    },
    peakRssUnder500MB: { target: 500, value: baocaoPeak, met: baocaoPeak < 500, intake: intakePeak },
  };

  const cpus = os.cpus();
  const results = {
    bench: "baocao npm run bench",
    date: new Date().toISOString(),
    machine: {
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      cpu: cpus[0]?.model ?? null,
      cpus: cpus.length,
      availableParallelism: os.availableParallelism(),
      memoryGB: round(os.totalmem() / 1024 ** 3, 1),
      loadAverageBefore: loadBefore.map((v) => round(v)),
      loadAverageAfter: os.loadavg().map((v) => round(v)),
    },
    node: process.version,
    versions: {
      exceljs: packageVersion("exceljs"),
      docx: packageVersion("docx"),
      xlsx: packageVersion("xlsx"),
      docxtemplater: packageVersion("docxtemplater"),
      pizzip: packageVersion("pizzip"),
    },
    sizes,
    setup: { seconds: round(prepared.seconds, 1), reused: prepared.reused },
    measuredAs:
      "each phase and each peer is a child process: wall = spawn to exit (Node start-up included), cpu = user + system of the whole process (all threads), peakRssMB = getrusage ru_maxrss of the child (all threads); validate, sheetjs, exceljs and letters, letters-docx, docxtemplater run interleaved `repeat` times and keep their median run (runsWallS lists them all)",
    repeat,
    phases,
    peers,
    ratios,
    targets,
  };
  writeFileSync(flags.out, `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
  process.stdout.write(`\nresults: ${flags.out}\n`);
  if (!flags.keep && flags.dir === undefined) rmSync(dir, { recursive: true, force: true });
  else process.stdout.write(`workspace kept: ${dir}\n`);
}

function printTable(results) {
  const number = (value, digits = 0) =>
    value === null || value === undefined
      ? "—"
      : value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const rows = [["", "wall s", "cpu s", "work", "per second", "peak RSS MB"]];
  for (const [name, phase] of Object.entries(results.phases)) {
    if (phase.available === false) {
      rows.push([name, "not available", "", "", "", ""]);
      continue;
    }
    rows.push(row(name, phase));
  }
  for (const [name, peer] of Object.entries(results.peers)) rows.push(row(`peer ${name} ${peer.version ?? ""}`, peer));
  const failures = [...Object.entries(results.phases), ...Object.entries(results.peers)].filter(
    ([, entry]) => entry.failed !== undefined,
  );
  function row(name, entry) {
    const work = entry.rows !== undefined ? `${number(entry.rows)} rows` : `${number(entry.items)} ${entry.unit}`;
    const rate =
      entry.failed !== undefined
        ? "FAILED"
        : entry.rowsPerS !== undefined
          ? `${number(entry.rowsPerS)} rows/s`
          : `${number(entry.itemsPerS)} ${entry.unit}/s`;
    return [name, number(entry.wallS, 2), number(entry.cpuS, 2), work, rate, number(entry.peakRssMB, 0)];
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  const { machine, sizes: s } = results;
  process.stdout.write(
    `\n${s.units} units × ${s.rowsPerUnit} rows = ${s.rows} incident rows; ${s.letters} letters; node ${results.node}; ${machine.availableParallelism} cores (${machine.cpu}); load average ${machine.loadAverageBefore.join(" ")}\n\n`,
  );
  process.stdout.write(`${rows.map(line).join("\n")}\n\n`);
  for (const [name, entry] of failures) process.stdout.write(`${name} failed: ${entry.failed}\n`);
  if (failures.length > 0) process.stdout.write("\n");
  const t = results.targets;
  const mark = (met) => (met === null ? "n/a" : met ? "met" : "NOT met");
  process.stdout.write("ratios: a peer's wall time divided by baocao's (above 1: baocao is faster)\n");
  process.stdout.write(
    `  validate vs exceljs load of the same files:  ${number(results.ratios.intakeVsExceljs, 2)}  (target ≥ 2: ${mark(t.intakeAtLeast2xExceljs.met)})\n`,
  );
  process.stdout.write(`  validate vs SheetJS XLSX.read of the files:  ${number(results.ratios.intakeVsSheetjs, 2)}\n`);
  process.stdout.write(`  ingest vs exceljs load of the same files:    ${number(results.ratios.ingestVsExceljs, 2)}\n`);
  process.stdout.write(
    `  letters vs docxtemplater, same letter:       ${number(results.ratios.lettersVsDocxtemplater, 2)}  (target ≥ 1: ${mark(t.lettersAtLeastDocxtemplater.met)})\n`,
  );
  process.stdout.write(
    `  letters from the same .docx vs docxtemplater: ${number(results.ratios.lettersDocxVsDocxtemplater, 2)}\n`,
  );
  process.stdout.write(
    `peak RSS: validate/ingest ${number(t.peakRssUnder500MB.intake, 0)} MB; largest phase ${number(t.peakRssUnder500MB.value, 0)} MB (target < 500 MB: ${mark(t.peakRssUnder500MB.met)})\n`,
  );
}

await main();
