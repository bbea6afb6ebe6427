// `baocao … --json | head -c 10`: when the reader of baocao's output goes away early, baocao ends quietly
// (no EPIPE stack trace) with its own exit code. Through a real shell pipe, with the built binary.
import { spawnSync } from "node:child_process";
import { cpSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runBaocao } from "./helpers/run-cli.js";
import { SAMPLE_DIR } from "./helpers/sample-workspace.js";
import { suiteTempDir } from "./helpers/temp-dir.js";

const BIN = fileURLToPath(new URL("../bin/baocao.js", import.meta.url));

/** Runs `baocao <args> <redirect> | <reader>` in bash; baocao's own exit code is printed last on stderr. */
function piped(args: string, reader: string, redirect = ""): { stdout: string; stderr: string; status: number } {
  const script = `"${process.execPath}" "${BIN}" ${args} ${redirect} | ${reader}; echo "exit=\${PIPESTATUS[0]}" >&2`;
  const run = spawnSync("bash", ["-c", script], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 120_000,
  });
  const status = Number(/exit=(\d+)\s*$/.exec(run.stderr)?.[1] ?? "-1");
  return { stdout: run.stdout, stderr: run.stderr.replace(/exit=\d+\s*$/, ""), status };
}

describe("output piped into a reader that stops early", () => {
  const suite = suiteTempDir();
  let ws = "";

  beforeAll(async () => {
    ws = join(suite(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    const ingest = await runBaocao(["-w", ws, "ingest", join(ws, "inbox"), "--period", "2023-H1"]);
    expect(ingest.status, ingest.stderr).toBe(1); // a few rejected on purpose
  });

  it("aggregate --json | head -c 10 (far more than the pipe holds): quiet, exit 0", () => {
    const run = piped(`-w "${ws}" aggregate --period 2023-H1 --json`, "head -c 10");
    expect(run.stdout).toBe('{\n  "perio');
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("validate --json into a reader that has already gone: quiet, validate's own exit code", () => {
    const run = piped(`-w "${ws}" validate "${join(ws, "inbox")}" --period 2023-H1 --json`, "true");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1); // the inbox has files with errors
  });

  it("status, stdout and stderr into a reader that has gone (2>&1 | true): status's exit code, 0", () => {
    const run = piped(`-w "${ws}" status --period 2023-H1`, "true", "2>&1");
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
