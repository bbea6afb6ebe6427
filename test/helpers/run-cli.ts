// Two ways to run the built CLI in tests:
// - runCli: bin/baocao.js in a new Node process, as a user would, with NO_COLOR and without a terminal. Keep a
//   few of these per command: they cover the entry (bin/, src/cli/index.ts), the Ctrl+C handler and exit codes
//   as the shell sees them.
// - runBaocao: the same program, in this process, through the entry's main() (dist/cli/main.js): the same
//   arguments, environment, stdout, stderr and exit code, without paying half a second or more to start Node
//   and load the program again for every command. Only what the entry file does is left out: the Ctrl+C handler.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { main as Main } from "../../src/cli/main.js";

const BIN = fileURLToPath(new URL("../../bin/baocao.js", import.meta.url));
const MAIN = new URL("../../dist/cli/main.js", import.meta.url).href;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A run as test/setup/english-output.ts checks it: what was asked, and what came out. */
export interface RecordedRun extends CliRun {
  args: readonly string[];
  env: Record<string, string>;
}

/** Every run of this test file since the last check (test/setup/english-output.ts takes them). */
export const recordedRuns: RecordedRun[] = [];

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  input?: string;
}

/** The environment a run sees: the test's own, with NO_COLOR=1, without BAOCAO_LANG unless given. */
function cliEnvironment(options: CliOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...options.env };
  delete env.BAOCAO_LANG;
  if (options.env?.BAOCAO_LANG !== undefined) env.BAOCAO_LANG = options.env.BAOCAO_LANG;
  return env;
}

export function runCli(args: string[], options: CliOptions = {}): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: cliEnvironment(options),
    input: options.input ?? "",
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const result = { status: run.status, stdout: run.stdout, stderr: run.stderr };
  recordedRuns.push({ ...result, args, env: options.env ?? {} });
  return result;
}

let loadedMain: Promise<typeof Main> | undefined;

/** One run at a time: the run borrows process-wide state (stdout, stderr, env, cwd) while it lasts. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `baocao <args>` in this process and returns what it printed and its exit code. Standard input is not a
 * terminal and is empty (no prompts); use runCli for a run that reads stdin.
 */
export function runBaocao(args: string[], options: Omit<CliOptions, "input"> = {}): Promise<CliRun> {
  const run = queue.then(() => runInProcess(args, options));
  queue = run.catch(() => undefined);
  return run;
}

async function runInProcess(args: string[], options: Omit<CliOptions, "input">): Promise<CliRun> {
  loadedMain ??= (import(/* @vite-ignore */ MAIN) as Promise<{ main: typeof Main }>).then((module) => module.main);
  const main = await loadedMain;
  const env = cliEnvironment(options);
  const cwd = options.cwd ?? process.cwd();
  const stdout: string[] = [];
  const stderr: string[] = [];
  const restore = [
    borrowStream(process.stdout, stdout),
    borrowStream(process.stderr, stderr),
    // Some code reads process.env rather than the environment main() is given (BAOCAO_WORKERS).
    borrowEnvironment(env),
    borrowDirectory(cwd),
  ];
  try {
    const status = await main({ argv: args, env, cwd, stdinIsTTY: false });
    const result = { status, stdout: stdout.join(""), stderr: stderr.join("") };
    recordedRuns.push({ ...result, args, env: options.env ?? {} });
    return result;
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}

/** Collects what is written to `stream` (as text), which is not a terminal meanwhile. */
function borrowStream(stream: NodeJS.WriteStream, sink: string[]): () => void {
  const write = Object.getOwnPropertyDescriptor(stream, "write");
  const isTTY = Object.getOwnPropertyDescriptor(stream, "isTTY");
  stream.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    sink.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
    if (callback) queueMicrotask(callback);
    return true;
  };
  Object.defineProperty(stream, "isTTY", { value: false, configurable: true, writable: true });
  return () => {
    if (write) Object.defineProperty(stream, "write", write);
    else delete (stream as { write?: unknown }).write;
    if (isTTY) Object.defineProperty(stream, "isTTY", isTTY);
    else delete (stream as { isTTY?: unknown }).isTTY;
  };
}

function borrowEnvironment(env: NodeJS.ProcessEnv): () => void {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
  return () => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  };
}

/** The run's working directory (forms prints paths relative to process.cwd()). */
function borrowDirectory(cwd: string): () => void {
  const saved = process.cwd();
  if (cwd === saved) return () => {};
  process.chdir(cwd);
  return () => process.chdir(saved);
}
