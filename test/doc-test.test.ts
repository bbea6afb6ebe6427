// The command blocks of README.md and HUONG-DAN.md marked `<!-- doc-test -->` run as written (helpers/doc-blocks.ts
// says how blocks are marked), in a temporary folder holding a copy of samples/ as a fresh clone has it: so the
// documents a newcomer follows cannot drift from the program. `baocao` lines run in this process through
// runBaocao (the built program, as the installed `baocao` would run it); `cd` moves the folder the next lines run
// in; any other line runs in bash. `--pdf` is dropped where LibreOffice is not installed.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { docCommands, shellWords } from "./helpers/doc-blocks.js";
import type { DocCommand } from "./helpers/doc-blocks.js";
import { runBaocao } from "./helpers/run-cli.js";
import { tempDir } from "./helpers/temp-dir.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const hasLibreOffice = spawnSync("soffice", ["--version"]).status === 0;

interface Step {
  readonly at: string;
  readonly status: number | null;
  readonly output: string;
}

/** Runs the commands in order from `start`; stops at the first that exits otherwise than its block says. */
async function runCommands(commands: readonly DocCommand[], start: string, file: string): Promise<Step[]> {
  let cwd = start;
  const steps: Step[] = [];
  for (const { command, expectedExit, line } of commands) {
    const at = `${file}:${line}: ${command}`;
    const words = shellWords(command.startsWith("baocao ") || command.startsWith("cd ") ? command : "");
    let status: number | null;
    let output: string;
    if (words[0] === "cd") {
      cwd = resolve(cwd, words[1] ?? start);
      status = existsSync(cwd) ? 0 : 1;
      output = "";
    } else if (words[0] === "baocao") {
      const args = words.slice(1).filter((word) => hasLibreOffice || word !== "--pdf");
      const run = await runBaocao(args, { cwd });
      status = run.status;
      output = run.stdout + run.stderr;
    } else {
      const run = spawnSync("bash", ["-c", command], { cwd, encoding: "utf8" });
      status = run.status;
      output = run.stdout + run.stderr;
    }
    steps.push({ at, status, output });
    if (status !== expectedExit) break;
  }
  return steps;
}

describe.each([
  { file: "README.md", blocks: 1 },
  { file: "HUONG-DAN.md", blocks: 1 },
])("the runnable commands of $file", ({ file, blocks }) => {
  const markdown = readFileSync(join(ROOT, file), "utf8");
  const commands = docCommands(markdown);

  it("are marked", () => {
    // The marker before the reporting round must stay: without it the round would silently go untested.
    const marked = markdown.split(/\r?\n/).filter((line) => /^<!--\s*doc-test\s*-->\s*$/.test(line)).length;
    expect(marked).toBeGreaterThanOrEqual(blocks);
    expect(commands.filter((command) => command.command.startsWith("baocao ")).length).toBeGreaterThan(5);
  });

  it("run as written from a fresh copy, each with the exit code it is documented with", async () => {
    const dir = tempDir();
    cpSync(join(ROOT, "samples"), join(dir, "samples"), { recursive: true });
    const steps = await runCommands(commands, dir, file);
    for (const [index, step] of steps.entries())
      expect({ at: step.at, status: step.status }, step.output).toEqual({
        at: step.at,
        status: commands[index]!.expectedExit,
      });
    expect(steps.length, "every command ran").toBe(commands.length);
  }, 180_000);
});

describe("the table of messages in HUONG-DAN.md", () => {
  it("quotes messages baocao really prints (each piece between … is in src/messages)", () => {
    const guide = readFileSync(join(ROOT, "HUONG-DAN.md"), "utf8");
    const table = guide.slice(guide.indexOf("## 4."));
    const quoted = [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]!);
    expect(quoted.length).toBeGreaterThan(10);
    const sources = readdirSync(join(ROOT, "src", "messages"))
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .map((name) => readFileSync(join(ROOT, "src", "messages", name), "utf8"))
      .join("\n");
    for (const message of quoted) {
      for (const piece of message.split("…").map((part) => part.trim()))
        if (piece !== "") expect(sources, `"${piece}" of "${message}"`).toContain(piece);
    }
  });
});
