#!/usr/bin/env node
// `npm pack` / `npm publish` (the prepack script): dist/ built afresh for the package — emptied first, so
// that no module of a deleted source is shipped, and without source maps (the package holds no src/ to map
// to); then the help that bin/baocao.js prints without loading the program (scripts/build-help.js). Nothing is
// built or run when the package is installed. A later `npm run build` puts the maps back.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const run = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--sourceMap", "false"], {
  cwd: root,
  stdio: "inherit",
});
if (run.status !== 0) process.exit(run.status ?? 1);
// The top-level help that bin/baocao.js prints without loading the program (scripts/build-help.js).
const help = spawnSync(process.execPath, [fileURLToPath(new URL("build-help.js", import.meta.url))], {
  cwd: root,
  stdio: "inherit",
});
process.exit(help.status ?? 1);
