#!/usr/bin/env node
// Part of `npm run build` (and of prepack): dist/cli/help.json, the top-level help in both languages exactly
// as the built program prints it in a pipe (`node dist/cli/index.js --help`), for bin/baocao.js to answer
// `baocao --help` without loading the program (bin/prebuilt-help.js).
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { helpFingerprint } from "../bin/prebuilt-help.js";

const dist = new URL("../dist/", import.meta.url);
const env = { ...process.env };
delete env.BAOCAO_LANG;

function helpIn(lang) {
  const run = spawnSync(process.execPath, [fileURLToPath(new URL("cli/index.js", dist)), "--help", "--lang", lang], {
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (run.status !== 0 || run.stderr !== "") throw new Error(`baocao --help --lang ${lang} failed: ${run.stderr}`);
  return run.stdout;
}

const help = { fingerprint: helpFingerprint(dist, true), vi: helpIn("vi"), en: helpIn("en") };
writeFileSync(new URL("cli/help.json", dist), `${JSON.stringify(help)}\n`);
