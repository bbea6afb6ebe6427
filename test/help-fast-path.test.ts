// `baocao --help` is answered by bin/baocao.js from dist/cli/help.json (written at build time by
// scripts/build-help.js) without loading the program: in a pipe and on a terminal (wrapped to its width by
// src/cli/wrap-help.ts) it must print exactly what the program prints.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runBaocao, runCli } from "./helpers/run-cli.js";
import { tempDir } from "./helpers/temp-dir.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A preload that says, on exit, whether commander (the program) was loaded. */
const WATCH_COMMANDER = [
  'import { createRequire } from "node:module";',
  "const cache = createRequire(import.meta.url).cache;",
  "process.on('exit', () => {",
  "  if (Object.keys(cache).some((path) => /[\\\\/]commander[\\\\/]/.test(path))) process.stderr.write('program loaded');",
  "});",
].join("\n");

const hasScript = process.platform === "linux" && spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

/** Runs bin/baocao.js with a preload that says, on exit, whether commander (the program) was loaded. */
function runWatchingLoads(args: string[], env: Record<string, string> = {}) {
  const dir = tempDir({ "watch.mjs": WATCH_COMMANDER });
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...env };
  if (env.BAOCAO_LANG === undefined) delete childEnv.BAOCAO_LANG;
  const run = spawnSync(
    process.execPath,
    ["--import", join(dir, "watch.mjs"), join(ROOT, "bin", "baocao.js"), ...args],
    {
      env: childEnv,
      encoding: "utf8",
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("baocao --help without loading the program", () => {
  it("prints what commander prints, in Vietnamese and in English, for every way of asking", async () => {
    const cases: { args: string[]; env?: Record<string, string> }[] = [
      { args: ["--help"] },
      { args: ["-h"] },
      { args: ["--help", "--lang", "en"] },
      { args: ["--lang", "en", "--help"] },
      { args: ["--lang=en", "-h"] },
      { args: ["--help", "--lang", "vi"], env: { BAOCAO_LANG: "en" } },
      { args: ["--help"], env: { BAOCAO_LANG: "en" } },
    ];
    for (const { args, env } of cases) {
      const fast = runWatchingLoads(args, env);
      const program = await runBaocao(args, env === undefined ? {} : { env });
      expect(program.status).toBe(0);
      expect(fast, args.join(" ")).toEqual({ status: 0, stdout: program.stdout, stderr: "" });
    }
    expect(runWatchingLoads(["--help"]).stdout).toContain("Cách dùng: baocao [tùy chọn] [lệnh]");
    expect(runWatchingLoads(["--help", "--lang", "en"]).stdout).toContain("Usage: baocao [options] [command]");
  });

  it.skipIf(!hasScript)("on a terminal of any width, prints what the program prints, wrapped the same way", () => {
    const watch = tempDir({ "watch.mjs": WATCH_COMMANDER });
    const onTerminal = (columns: number, args: string) => {
      // util-linux `script` gives the command a pseudo-terminal of `columns` columns.
      const command = `stty cols ${columns}; "${process.execPath}" --import "${join(watch, "watch.mjs")}" "${join(ROOT, "bin", "baocao.js")}" ${args}`;
      const run = spawnSync("script", ["-qec", command, "/dev/null"], {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", BAOCAO_LANG: "" },
      });
      return run.stdout.replace(/\r/g, "");
    };
    for (const columns of [60, 80, 120]) {
      const fast = onTerminal(columns, "--help");
      const program = onTerminal(columns, "help"); // the same help, through commander
      expect(fast).not.toContain("program loaded");
      expect(program).toContain("program loaded");
      expect(fast).toBe(program.replace("program loaded", ""));
      expect(fast).toContain("Cách dùng: baocao [tùy chọn] [lệnh]");
    }
    // Wrapped: at 80 columns the items' descriptions go on under their first column.
    const lines = onTerminal(80, "--help").split("\n");
    expect(lines.filter((line) => /^ {20,}\S/.test(line)).length).toBeGreaterThan(3);
    expect(lines.filter((line) => line.startsWith("  -") && [...line].length > 80)).toEqual([]);
  });

  it("leaves any other command line to the program", () => {
    // A command's help, an unknown language, a second flag: commander answers (and loads).
    expect(runWatchingLoads(["doctor", "--help"])).toMatchObject({ status: 0, stderr: "program loaded" });
    expect(runWatchingLoads(["--help", "--lang", "fr"]).stderr).toContain("program loaded");
    expect(runWatchingLoads(["--help", "--debug"])).toMatchObject({ status: 0, stderr: "program loaded" });
    expect(runCli(["--help", "--json"]).stdout).toContain("Cách dùng: baocao");
  });

  it("does not use a help.json written by another build", () => {
    // A copy of bin/ with a dist/ whose help.json does not match its sources (dist rebuilt with tsc alone):
    // the program is loaded instead — here there is none, so the not-built message shows.
    const dir = tempDir();
    cpSync(join(ROOT, "bin"), join(dir, "bin"), { recursive: true });
    for (const file of ["cli/program.js", "cli/usage.js", "messages/cli.js", "messages/commands.js"]) {
      mkdirSync(join(dir, "dist", file, ".."), { recursive: true });
      writeFileSync(join(dir, "dist", file), readFileSync(join(ROOT, "dist", file)));
    }
    writeFileSync(join(dir, "dist", "messages", "cli.js"), "// changed since the help was written\n", { flag: "a" });
    cpSync(join(ROOT, "dist", "cli", "help.json"), join(dir, "dist", "cli", "help.json"));
    const run = spawnSync(process.execPath, [join(dir, "bin", "baocao.js"), "--help"], { encoding: "utf8" });
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("npm run build");
    expect(run.status).toBe(2);
  });
});
