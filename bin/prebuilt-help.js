// `baocao --help` (or -h, with or without --lang) answered without loading the program: commander, the
// messages of both languages and the command definitions cost more than Node's own start (issue 16: --help
// ≤ 1.3 × `node -e 0`). scripts/build-help.js writes dist/cli/help.json at build time from what the built
// program itself prints in a pipe; test/help-fast-path.test.ts checks that both print the same.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import zlib from "node:zlib";

/** The built files the top-level help is made from: a help.json older than any of them is not used. */
export const HELP_SOURCES = [
  "cli/program.js",
  "cli/usage.js",
  "messages/cli.js",
  "messages/commands.js",
  "cli/wrap-help.js",
];

/**
 * The language of a command line that asks only for the top-level help (`--help`, `-h`, with at most one
 * valid --lang), as src/cli/main.ts detectLang decides it; null for any other command line.
 */
export function helpLanguage(args, env) {
  let help = false;
  let lang;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = arg === "--lang" ? args[++i] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (arg === "--help" || arg === "-h") {
      if (help) return null;
      help = true;
    } else if (value !== undefined && lang === undefined && (value === "vi" || value === "en")) lang = value;
    else return null;
  }
  if (!help) return null;
  const fromEnv = env.BAOCAO_LANG?.toLowerCase().slice(0, 2);
  return lang ?? (fromEnv === "en" || fromEnv === "vi" ? fromEnv : "vi");
}

/**
 * Digests of the help's sources in `dist` (a file URL ending in /), to tell a help.json of another build: their
 * CRC-32 and length (zlib's, Node 20.15 and later: loading node:crypto would cost more than the rest of the
 * answer) and, for an older Node, their SHA-256. `all`: both (scripts/build-help.js), else the one this Node
 * computes fastest.
 */
export function helpFingerprint(dist, all = false) {
  const files = HELP_SOURCES.map((file) => readFileSync(new URL(file, dist)));
  const fingerprint = {};
  if (typeof zlib.crc32 === "function") {
    let crc = 0;
    for (const bytes of files) crc = zlib.crc32(bytes, crc);
    fingerprint.crc32 = `${crc.toString(16)}:${files.reduce((sum, bytes) => sum + bytes.length, 0)}`;
    if (!all) return fingerprint;
  }
  const hash = createRequire(import.meta.url)("node:crypto").createHash("sha256");
  for (const bytes of files) hash.update(bytes);
  fingerprint.sha256 = hash.digest("hex");
  return fingerprint;
}

/** The help as the built program prints it in a pipe, or null (no help.json, or one of another build). */
export function prebuiltHelp(dist, lang) {
  try {
    const help = JSON.parse(readFileSync(new URL("cli/help.json", dist), "utf8"));
    const fingerprint = helpFingerprint(dist);
    const same = Object.entries(fingerprint).every(([kind, value]) => help.fingerprint?.[kind] === value);
    return same && typeof help[lang] === "string" ? help[lang] : null;
  } catch {
    return null;
  }
}
