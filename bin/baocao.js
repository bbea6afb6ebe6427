#!/usr/bin/env node
// `baocao --version` (or -V) alone is answered here, before any of the program loads: the same line that
// commander prints, read from package.json.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const { readFileSync } = await import("node:fs");
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  process.stdout.write(`${pkg.version}\n`);
} else if ((args.includes("--help") || args.includes("-h")) && (await answerHelp(args))) {
  // answered from dist/cli/help.json (bin/prebuilt-help.js)
} else {
  try {
    await import("../dist/cli/index.js");
  } catch (error) {
    // A clone of the repository before its first build: say how to build instead of a stack trace.
    if (error?.code !== "ERR_MODULE_NOT_FOUND" || !/dist[\\/]cli[\\/]index\.js/.test(String(error.message)))
      throw error;
    console.error("baocao: chưa build — chạy `npm run build` trong thư mục mã nguồn (not built: run `npm run build`).");
    process.exitCode = 2;
  }
}

/**
 * `baocao --help`: the help written at build time, without loading the program; on a terminal wrapped to its
 * width by the program's own wrapHelp (dist/cli/wrap-help.js), as the program would print it.
 */
async function answerHelp(args) {
  const { helpLanguage, prebuiltHelp } = await import("./prebuilt-help.js");
  const lang = helpLanguage(args, process.env);
  const text = lang === null ? null : prebuiltHelp(new URL("../dist/", import.meta.url), lang);
  if (text === null) return false;
  if (process.stdout.isTTY !== true) process.stdout.write(text);
  else {
    const { wrapHelp } = await import("../dist/cli/wrap-help.js");
    process.stdout.write(wrapHelp(text, process.stdout.columns || 80));
  }
  return true;
}
