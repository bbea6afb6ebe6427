// Runs the built CLI (bin/baocao.js) as a user would, with NO_COLOR and without a terminal.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/baocao.js", import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...options.env };
  delete env.BAOCAO_LANG;
  if (options.env?.BAOCAO_LANG !== undefined) env.BAOCAO_LANG = options.env.BAOCAO_LANG;
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env,
    input: options.input ?? "",
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
