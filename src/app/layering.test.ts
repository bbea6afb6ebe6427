// The application layer's place: commands (src/cli/commands/<name>/) call use cases and print; they never
// import one another, and nothing under src/app/ imports the CLI.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL("../", import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [join(dir, entry.name)] : [],
  );
}

/** The files under src/ a file imports (static and dynamic), relative to src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)"(\.[^"]+)"/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => relative(SRC, resolve(dirname(file), specifier)));
}

describe("layers of the application", () => {
  it("no command imports another command", () => {
    const offences: string[] = [];
    for (const file of sourceFiles(join(SRC, "cli", "commands"))) {
      const own = relative(join(SRC, "cli", "commands"), file).split("/")[0];
      for (const target of importsOf(file)) {
        const parts = target.split("/");
        if (parts[0] === "cli" && parts[1] === "commands" && parts[2] !== own) offences.push(`${relative(SRC, file)} → ${target}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it("the use cases do not import the CLI", () => {
    const offences = sourceFiles(join(SRC, "app")).flatMap((file) => importsOf(file).filter((target) => target.startsWith("cli/")).map((target) => `${relative(SRC, file)} → ${target}`));
    expect(offences).toEqual([]);
  });
});
