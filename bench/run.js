#!/usr/bin/env node
// `npm run bench [-- --units N --rows N --letters N --repeat N --sample-repeat N --sample-only --note TEXT
//   --timeout S --keep --dir DIR --out FILE]`: baocao on a synthetic workspace next to its peers, then the
// clerk's round on the bundled sample, in one run. Not a unit test (it takes minutes).
//
// The large workload. Setup (timed on its own): a workspace in a temporary folder with the sample
// configuration (samples/hung-yen-2023-h1) and N generated units of mixed kinds, one filled form per unit with R
// incident rows (default 100 × 1.000 = 100.000 rows), written on worker threads. Measured, each as its own child
// process of the built CLI (`node bin/baocao.js …`): forms, validate (also with BAOCAO_WORKERS=1), ingest,
// aggregate, report, and letters to L recipients (default 1.000) — from the built-in de-nghi-bao-cao, then from
// a Word template made of its first letter; and the peers on the same inputs (bench/peers.js): SheetJS and
// exceljs reading the same workbooks one after the other, docxtemplater rendering that same letter L times.
//
// The clerk's round: on a fresh copy of samples/hung-yen-2023-h1 each pass, `node -e 0`, `--version`, `--help`,
// validate, ingest, aggregate and report (no PDF).
//
// For each: wall time (spawn to exit), CPU seconds (user + system, all threads) and peak memory (ru_maxrss),
// written by bench/probe.js when the child exits. Compared runs are interleaved and keep their median run: on a
// shared machine the load drifts, and back-to-back runs see the same. Ratios are baocao ÷ peer, wall and CPU;
// the targets of issue #16 are printed met / not met with the margin. Writes bench/results.json with the load.
import { spawn } from "node:child_process";
import {
  copyFileSync,
  cpSync,
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
    "sample-repeat": { type: "string", default: "3" },
    "sample-only": { type: "boolean", default: false },
    note: { type: "string" },
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
const sampleRepeat = positive("sample-repeat");

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

function measure(name, args, { okCodes = [0], env = {}, cwd = root } = {}) {
  const probeOut = join(logs, `${name}.probe.json`);
  rmSync(probeOut, { force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", probe, ...args], {
      cwd,
      env: { ...process.env, ...env, BENCH_PROBE_OUT: probeOut, NO_COLOR: "1" },
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

const log = (line) => process.stderr.write(`${line}\n`);
const loadNow = () => os.loadavg().map((v) => round(v));

/** Several runs of one measurement, kept in `table`: the median run by wall time, with every run's wall time. */
function recorder(table) {
  const runsOf = new Map();
  const perSecond = (count, result) =>
    result.failed === undefined && result.wallS > 0 ? Math.round(count / result.wallS) : null;
  return (name, result, work = {}) => {
    const runs = [...(runsOf.get(name) ?? []), result];
    runsOf.set(name, runs);
    const sorted = [...runs].sort((a, b) => (a.failed ? 1 : 0) - (b.failed ? 1 : 0) || a.wallS - b.wallS);
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    const { stdout, ...kept } = median;
    const rate =
      work.rows !== undefined
        ? { rowsPerS: perSecond(work.rows, median) }
        : work.items !== undefined
          ? { itemsPerS: perSecond(work.items, median) }
          : {};
    table[name] = {
      ...kept,
      ...work,
      ...rate,
      ...(runs.length > 1 ? { runsWallS: runs.map((r) => r.wallS), runsCpuS: runs.map((r) => r.cpuS) } : {}),
    };
    return median;
  };
}

async function timed(keep, name, args, work, options) {
  log(`  ${name} …`);
  const result = await measure(name, args, options);
  log(
    `  ${name} ${result.wallS.toFixed(2)} s wall, ${result.cpuS ?? "—"} s CPU, ${result.peakRssMB} MB${result.failed ? ` — FAILED: ${result.failed}` : ""}`,
  );
  return keep(name, result, work);
}

// ---------------------------------------------------------------------------------------------
// The large workload: N units × R rows, L letters, next to the peers.

async function largeRound() {
  log(
    `baocao bench: ${sizes.units} units × ${sizes.rowsPerUnit} rows = ${sizes.rows} incident rows, ${sizes.letters} letters; in ${dir}`,
  );
  const loadAverageBefore = loadNow();
  const prepared = await setup();
  log(`  setup ${prepared.reused ? "(reused)" : ""} ${prepared.seconds.toFixed(1)} s`);

  const phases = {};
  const peers = {};
  const keepPhase = recorder(phases);
  const keepPeer = recorder(peers);
  const run = (name, args, work, options) => timed(keepPhase, name, args, work, options);
  const peer = async (name, args, work) => {
    const median = await timed(keepPeer, name, ["bench/peers.js", ...args], work);
    peers[name].inner = median.failed === undefined ? JSON.parse(median.stdout.trim().split("\n").at(-1)) : null;
    return median;
  };
  const inbox = join(ws, "inbox");

  await run("forms", cli("forms", "--period", PERIOD_CODE), { items: sizes.units, unit: "forms" });
  // validate (two workers, and BAOCAO_WORKERS=1) and the two readers, interleaved.
  let validate;
  for (let pass = 0; pass < repeat; pass++) {
    validate = await run(
      "validate",
      cli("validate", inbox, "--period", PERIOD_CODE, "--json"),
      { rows: sizes.rows },
      { okCodes: [0, 1] },
    );
    await run(
      "validate-workers-1",
      cli("validate", inbox, "--period", PERIOD_CODE, "--json"),
      { rows: sizes.rows, env: "BAOCAO_WORKERS=1" },
      { okCodes: [0, 1], env: { BAOCAO_WORKERS: "1" } },
    );
    await peer("sheetjs", ["sheetjs", inbox], { version: packageVersion("xlsx"), rows: sizes.rows });
    await peer("exceljs", ["exceljs", inbox], { version: packageVersion("exceljs"), rows: sizes.rows });
    // ingest is compared with validate too, so it runs in the same passes; it changes the store: each run
    // goes into an empty one (the last stays for aggregate and report).
    rmSync(join(ws, "store"), { recursive: true, force: true });
    await run(
      "ingest",
      cli("ingest", inbox, "--period", PERIOD_CODE, "--received", "16/06/2023"),
      { rows: sizes.rows },
      { okCodes: [0, 1] },
    );
  }
  if (validate.failed === undefined) phases.validate.summary = JSON.parse(validate.stdout).summary;
  await run("aggregate", cli("aggregate", "--period", PERIOD_CODE), { rows: sizes.rows });
  await run("report", cli("report", "--period", PERIOD_CODE, "--number", "841", "--date", "03/07/2023"), {
    rows: sizes.rows,
  });

  const builtInLetters = (out) =>
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
      out,
    );
  const letterWork = { items: sizes.letters, unit: "letters" };
  let letters = null;
  const lettersDir = join(ws, "out", "thu-bench");
  if (lettersAvailable()) {
    letters = await run("letters", builtInLetters(lettersDir), letterWork);
    if (letters.failed !== undefined) letters = null;
  } else {
    phases.letters = { available: false, note: "the letters command is not in this build" };
    log("  letters: not available");
  }
  if (letters !== null) {
    const { template, wordTemplate, recipientsFile, tags } = await docxtemplaterTemplate(lettersDir);
    for (let pass = 0; pass < repeat; pass++) {
      // Our built-in letters again (into a fresh folder: letters never overwrite), next to the peer.
      if (pass > 0) await run("letters", builtInLetters(join(ws, "out", `thu-bench-${pass}`)), letterWork);
      // baocao's letters from the same finished .docx with placeholders: the engine-to-engine comparison.
      await run(
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
        letterWork,
      );
      const peerOut = join(dir, "docxtemplater-out");
      rmSync(peerOut, { recursive: true, force: true });
      await peer("docxtemplater", ["docxtemplater", template, recipientsFile, peerOut], {
        version: packageVersion("docxtemplater"),
        ...letterWork,
        tags,
      });
    }
    for (const entry of [phases.letters, phases["letters-docx"], peers.docxtemplater])
      if (entry.failed === undefined) entry.msPerLetter = round((entry.wallS * 1000) / sizes.letters, 2);
  }
  return {
    sizes,
    setup: { seconds: round(prepared.seconds, 1), reused: prepared.reused },
    loadAverageBefore,
    loadAverageAfter: loadNow(),
    phases,
    peers,
  };
}

// ---------------------------------------------------------------------------------------------
// The clerk's round: the bundled sample (22 forms), on a fresh copy each pass, and start-up.

async function sampleRound() {
  const forms = readdirSync(join(sampleDir, "inbox")).filter((name) => name.endsWith(".xlsx")).length;
  log(`sample round: a copy of samples/hung-yen-2023-h1 (${forms} forms), ${sampleRepeat} passes`);
  mkdirSync(logs, { recursive: true });
  const loadAverageBefore = loadNow();
  const commands = {};
  const keep = recorder(commands);
  for (let pass = 0; pass < sampleRepeat; pass++) {
    const copy = join(dir, `sample-${pass}`);
    rmSync(copy, { recursive: true, force: true });
    cpSync(sampleDir, copy, { recursive: true });
    const on = (...args) => ["bin/baocao.js", "-w", copy, "--no-input", ...args];
    // Not timed: last year's forms, so that the report compares as the clerk's does.
    const previous = await measure(
      "sample-ingest-previous",
      on("ingest", join(copy, "previous-2022-h1"), "--period", "2022-H1", "--received", "16/06/2022"),
      { okCodes: [0, 1] },
    );
    if (previous.failed !== undefined) log(`  ingest of previous-2022-h1 FAILED: ${previous.failed}`);
    // Start-up, three times a pass (a tenth of a second: the noisiest figure).
    for (let again = 0; again < 3; again++) {
      await timed(keep, "node -e 0", ["-e", "0"]);
      await timed(keep, "--version", ["bin/baocao.js", "--version"]);
      await timed(keep, "--help", ["bin/baocao.js", "--help"]);
    }
    await timed(
      keep,
      "validate",
      on("validate", join(copy, "inbox"), "--period", "2023-H1"),
      { items: forms, unit: "forms" },
      {
        okCodes: [0, 1],
      },
    );
    await timed(
      keep,
      "ingest",
      on("ingest", join(copy, "inbox"), "--period", "2023-H1", "--received", "16/06/2023"),
      { items: forms, unit: "forms" },
      { okCodes: [0, 1] },
    );
    await timed(keep, "aggregate", on("aggregate", "--period", "2023-H1"), { items: forms, unit: "forms" });
    await timed(keep, "report", on("report", "--period", "2023-H1", "--number", "841", "--date", "03/07/2023"), {
      items: forms,
      unit: "forms",
    });
    if (!flags.keep) rmSync(copy, { recursive: true, force: true });
  }
  return { forms, passes: sampleRepeat, loadAverageBefore, loadAverageAfter: loadNow(), commands };
}

// ---------------------------------------------------------------------------------------------
// Ratios (baocao ÷ its peer: below 1, baocao takes less) and the targets of issue #16

const ok = (entry) => entry !== undefined && entry !== null && entry.failed === undefined && entry.available !== false;

function ratioOf(ours, theirs) {
  if (!ok(ours) || !ok(theirs)) return null;
  return {
    wall: round(ours.wallS / theirs.wallS),
    cpu: ours.cpuS === null || theirs.cpuS === null ? null : round(ours.cpuS / theirs.cpuS),
  };
}

function ratiosOf(large, sample) {
  const p = large?.phases ?? {};
  const q = large?.peers ?? {};
  const s = sample?.commands ?? {};
  return {
    "validate / exceljs": ratioOf(p.validate, q.exceljs),
    "validate / sheetjs": ratioOf(p.validate, q.sheetjs),
    "validate (BAOCAO_WORKERS=1) / exceljs": ratioOf(p["validate-workers-1"], q.exceljs),
    "validate (BAOCAO_WORKERS=1) / sheetjs": ratioOf(p["validate-workers-1"], q.sheetjs),
    "ingest / validate": ratioOf(p.ingest, p.validate),
    "ingest / exceljs": ratioOf(p.ingest, q.exceljs),
    "aggregate / validate": ratioOf(p.aggregate, p.validate),
    "letters / docxtemplater": ratioOf(p.letters, q.docxtemplater),
    "letters from a Word template / docxtemplater": ratioOf(p["letters-docx"], q.docxtemplater),
    "sample --version / node -e 0": ratioOf(s["--version"], s["node -e 0"]),
    "sample --help / node -e 0": ratioOf(s["--help"], s["node -e 0"]),
  };
}

function targetsOf(large, sample, ratios) {
  const targets = [];
  /** `value` at most (or, strict, under) `limit`; margin: how far under the limit (negative: over), in % of it. */
  const add = (workload, measure, value, limit, { strict = false, note } = {}) =>
    targets.push({
      workload,
      measure,
      target: `${strict ? "<" : "≤"} ${limit}`,
      value,
      met: value === null || value === undefined ? null : strict ? value < limit : value <= limit,
      marginPercent: value === null || value === undefined ? null : round(((limit - value) / limit) * 100, 1),
      ...(note === undefined ? {} : { note }),
    });
  const r = (name, kind) => ratios[name]?.[kind] ?? null;
  if (large !== null) {
    const p = large.phases;
    add("validate", "CPU ÷ exceljs", r("validate / exceljs", "cpu"), 0.5);
    add("validate", "CPU ÷ SheetJS", r("validate / sheetjs", "cpu"), 0.7);
    add("validate, BAOCAO_WORKERS=1", "CPU ÷ exceljs", r("validate (BAOCAO_WORKERS=1) / exceljs", "cpu"), 0.5);
    add("validate, BAOCAO_WORKERS=1", "CPU ÷ SheetJS", r("validate (BAOCAO_WORKERS=1) / sheetjs", "cpu"), 0.7);
    add("ingest", "wall ÷ validate", r("ingest / validate", "wall"), 1.2);
    add("aggregate", "wall ÷ validate", r("aggregate / validate", "wall"), 1.5);
    add("aggregate", "peak RSS MB", ok(p.aggregate) ? p.aggregate.peakRssMB : null, 300, { strict: true });
    add("letters", "CPU ÷ docxtemplater", r("letters / docxtemplater", "cpu"), 1);
    add("letters", "wall ÷ docxtemplater", r("letters / docxtemplater", "wall"), 0.6);
    add(
      "letters from a Word template",
      "CPU ÷ docxtemplater",
      r("letters from a Word template / docxtemplater", "cpu"),
      1,
    );
    add(
      "letters from a Word template",
      "wall ÷ docxtemplater",
      r("letters from a Word template / docxtemplater", "wall"),
      0.6,
    );
    const measured = Object.entries(p).filter(([, phase]) => ok(phase) && phase.peakRssMB !== null);
    const [largest, phase] = measured.reduce(
      (a, b) => (b[1].peakRssMB > a[1].peakRssMB ? b : a),
      ["", { peakRssMB: null }],
    );
    add("every phase", "peak RSS MB", phase.peakRssMB, 300, { strict: true, note: `largest: ${largest}` });
  }
  if (sample !== null) {
    const s = sample.commands;
    const idle =
      sample.loadAverageBefore[0] < 0.5 ? undefined : `machine not idle: load average ${sample.loadAverageBefore[0]}`;
    add("start-up", "--version wall ÷ node -e 0", r("sample --version / node -e 0", "wall"), 1.3);
    add("start-up", "--help wall ÷ node -e 0", r("sample --help / node -e 0", "wall"), 1.3);
    add("sample validate", "wall s", ok(s.validate) ? s.validate.wallS : null, 0.35, { note: idle });
    add("sample aggregate", "wall s", ok(s.aggregate) ? s.aggregate.wallS : null, 0.5, { note: idle });
    add("sample report (no PDF)", "wall s", ok(s.report) ? s.report.wallS : null, 0.6, { note: idle });
  }
  return targets;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  const loadAverageBefore = loadNow();
  const large = flags["sample-only"] ? null : await largeRound();
  const sample = await sampleRound();
  const ratios = ratiosOf(large, sample);
  const targets = targetsOf(large, sample, ratios);
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
      loadAverageBefore,
      loadAverageAfter: loadNow(),
      ...(flags.note === undefined ? {} : { note: flags.note }),
    },
    node: process.version,
    baocaoWorkers: process.env.BAOCAO_WORKERS ?? null,
    versions: {
      exceljs: packageVersion("exceljs"),
      docx: packageVersion("docx"),
      xlsx: packageVersion("xlsx"),
      docxtemplater: packageVersion("docxtemplater"),
      pizzip: packageVersion("pizzip"),
    },
    measuredAs:
      "each command and each peer is a child process: wall = spawn to exit (Node start-up included), cpu = user + system CPU seconds of the whole child (all threads; process.resourceUsage() written at exit by bench/probe.js, preloaded with --import), peakRssMB = ru_maxrss of the child; compared runs are interleaved and each keeps its median run by wall time (runsWallS and runsCpuS list them all); ratios are baocao ÷ peer (below 1: baocao takes less); loadAverage = os.loadavg() (1, 5, 15 minutes)",
    repeat,
    seconds: round((performance.now() - started) / 1000, 1),
    large,
    sample,
    ratios,
    targets,
  };
  writeFileSync(flags.out, `${JSON.stringify(results, null, 2)}\n`);
  printResults(results);
  process.stdout.write(`\nresults: ${flags.out}\n`);
  if (!flags.keep && flags.dir === undefined) rmSync(dir, { recursive: true, force: true });
  else process.stdout.write(`workspace kept: ${dir}\n`);
}

function printResults(results) {
  const number = (value, digits = 0) =>
    value === null || value === undefined
      ? "—"
      : value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const table = (rows, left = [0]) => {
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    const line = (row) =>
      row
        .map((cell, column) => (left.includes(column) ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
        .join("  ")
        .trimEnd();
    return `${rows.map(line).join("\n")}\n\n`;
  };
  const row = (name, entry) => {
    if (entry.available === false) return [name, "not available", "", "", "", ""];
    const work =
      entry.rows !== undefined
        ? `${number(entry.rows)} rows`
        : entry.items !== undefined
          ? `${number(entry.items)} ${entry.unit}`
          : "";
    const rate =
      entry.failed !== undefined
        ? "FAILED"
        : entry.rowsPerS !== undefined
          ? `${number(entry.rowsPerS)} rows/s`
          : entry.itemsPerS !== undefined
            ? `${number(entry.itemsPerS)} ${entry.unit}/s`
            : "";
    return [name, number(entry.wallS, 2), number(entry.cpuS, 2), work, rate, number(entry.peakRssMB, 0)];
  };
  const header = ["", "wall s", "CPU s", "work", "per second", "peak RSS MB"];
  const failures = [];
  const { machine } = results;
  process.stdout.write(
    `\nnode ${results.node}; ${machine.availableParallelism} cores (${machine.cpu}); load average ${machine.loadAverageBefore.join(" ")} at the start, ${machine.loadAverageAfter.join(" ")} at the end${machine.note ? ` (${machine.note})` : ""}\n`,
  );
  const { large, sample } = results;
  if (large !== null) {
    const s = large.sizes;
    process.stdout.write(
      `\n${s.units} units × ${s.rowsPerUnit} rows = ${s.rows} incident rows; ${s.letters} letters; load average ${large.loadAverageBefore.join(" ")}\n\n`,
    );
    const rows = [header];
    for (const [name, phase] of Object.entries(large.phases)) {
      rows.push(row(name === "validate-workers-1" ? "validate, BAOCAO_WORKERS=1" : name, phase));
      if (phase.failed !== undefined) failures.push([name, phase]);
    }
    for (const [name, peer] of Object.entries(large.peers)) {
      rows.push(row(`peer ${name} ${peer.version ?? ""}`, peer));
      if (peer.failed !== undefined) failures.push([`peer ${name}`, peer]);
    }
    process.stdout.write(table(rows));
  }
  if (sample !== null) {
    process.stdout.write(
      `sample round: samples/hung-yen-2023-h1 (${sample.forms} forms), median of ${sample.passes} passes; load average ${sample.loadAverageBefore.join(" ")}\n\n`,
    );
    const rows = [header];
    for (const [name, command] of Object.entries(sample.commands)) {
      rows.push(row(name, command));
      if (command.failed !== undefined) failures.push([`sample ${name}`, command]);
    }
    process.stdout.write(table(rows));
  }
  for (const [name, entry] of failures) process.stdout.write(`${name} failed: ${entry.failed}\n`);
  if (failures.length > 0) process.stdout.write("\n");
  process.stdout.write("ratios: baocao ÷ peer (below 1: baocao takes less)\n\n");
  const ratioRows = [["", "wall", "CPU"]];
  for (const [name, ratio] of Object.entries(results.ratios))
    if (ratio !== null) ratioRows.push([name, number(ratio?.wall, 2), number(ratio?.cpu, 2)]);
  process.stdout.write(table(ratioRows));
  process.stdout.write("targets (issue #16)\n\n");
  const targetRows = [["", "", "target", "value", "", "margin", ""]];
  for (const t of results.targets)
    targetRows.push([
      t.workload,
      t.measure,
      t.target,
      number(t.value, t.measure.endsWith("MB") ? 0 : 2),
      t.met === null ? "n/a" : t.met ? "met" : "NOT met",
      t.marginPercent === null
        ? ""
        : t.marginPercent >= 0
          ? `${number(t.marginPercent, 0)} % under`
          : `${number(-t.marginPercent, 0)} % over`,
      t.note ?? "",
    ]);
  process.stdout.write(table(targetRows, [0, 1, 4, 6]));
}

await main();
