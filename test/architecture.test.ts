// The layer rule of the README's "Architecture" section, enforced: a module may import only from its own
// layer or a lower one, no command imports another command, and the pure core touches no I/O. Imports are
// read from the source text (static `from "…"`, `import "…"` and dynamic `import("…")`, type-only ones too:
// a type import is a dependency on the module's design all the same).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

/** Lowest first. Modules in one layer may import each other. */
const LAYERS: readonly (readonly string[])[] = [
  ["errors.ts", "package-root.ts"],
  ["domain", "vn"],
  ["messages"],
  ["zip", "xlsx", "io", "machine", "workers"],
  ["workspace"],
  ["intake"],
  ["store"],
  ["aggregate"],
  ["forms"],
  ["documents"],
  ["letters"],
  ["app"],
  ["cli"],
];

/** Pure code: values in, values out; no files, processes, threads or clock. Hashing is pure computation. */
const PURE = ["domain", "vn", "aggregate"];
const PURE_NODE_MODULES = ["node:crypto"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

function importsOf(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(IMPORT)].map((match) => match[1]!);
}

/** `domain`, `cli`, or a root file such as `errors.ts`. */
function moduleOf(file: string): string {
  return relative(SRC, file).split(sep)[0]!;
}

function layerOf(module: string): number {
  const layer = LAYERS.findIndex((modules) => modules.includes(module));
  if (layer < 0) throw new Error(`src/${module} is in no layer of test/architecture.test.ts: add it`);
  return layer;
}

interface Edge {
  from: string;
  to: string;
}

function edges(): Edge[] {
  return sourceFiles(SRC).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => ({ from: file, to: resolve(dirname(file), specifier).replace(/\.js$/, ".ts") })),
  );
}

const show = (path: string) => relative(SRC, path).split(sep).join("/");

describe("architecture", () => {
  const all = edges();

  it("finds the imports it checks", () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all.some((edge) => moduleOf(edge.from) === "cli" && moduleOf(edge.to) === "app")).toBe(true);
  });

  it("every module of src/ is in a layer", () => {
    const modules = new Set(sourceFiles(SRC).map(moduleOf));
    for (const module of modules) expect(() => layerOf(module)).not.toThrow();
  });

  it("no module imports from a higher layer", () => {
    const upward = all
      .filter((edge) => layerOf(moduleOf(edge.to)) > layerOf(moduleOf(edge.from)))
      .map((edge) => `${show(edge.from)} → ${show(edge.to)}`);
    expect(upward).toEqual([]);
  });

  it("no command imports another command", () => {
    const commands = join(SRC, "cli", "commands") + sep;
    const commandOf = (path: string) => (path.startsWith(commands) ? path.slice(commands.length).split(sep)[0]! : null);
    const across = all
      .filter((edge) => {
        const from = commandOf(edge.from);
        const to = commandOf(edge.to);
        return from !== null && to !== null && from !== to && !to.endsWith(".ts");
      })
      .map((edge) => `${show(edge.from)} → ${show(edge.to)}`);
    expect(across).toEqual([]);
  });

  it("the pure core does no I/O", () => {
    const impure = sourceFiles(SRC)
      .filter((file) => PURE.includes(moduleOf(file)))
      .flatMap((file) =>
        importsOf(file)
          .filter((specifier) => specifier.startsWith("node:") && !PURE_NODE_MODULES.includes(specifier))
          .map((s) => `${show(file)}: ${s}`),
      );
    expect(impure).toEqual([]);
  });
});
