// runBaocao (in-process) must see and say exactly what the binary does, or the tests that use it would
// test something else: the same stdout, stderr and exit code, byte for byte, for a few kinds of run.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBaocao, runCli } from "./helpers/run-cli.js";
import { SAMPLE_DIR } from "./helpers/sample.js";
import { tempDir } from "./helpers/temp-dir.js";

describe("runBaocao and runCli", () => {
  const anthi = join(SAMPLE_DIR, "inbox", "2023-H1-UBND-ANTHI.xlsx");
  const cases: [string, number, string[], { env?: Record<string, string> }?][] = [
    ["help, in English from BAOCAO_LANG", 0, ["--help"], { env: { BAOCAO_LANG: "en" } }],
    ["a usage error", 2, ["doctr"]],
    ["doctor --json on the sample workspace", 0, ["-w", SAMPLE_DIR, "doctor", "--json"]],
    ["validate finding problems", 1, ["-w", SAMPLE_DIR, "validate", anthi, "--period", "2023-H1"]],
  ];
  it.each(cases)("%s (exit %i): the same output and exit code", async (_name, status, args, options = {}) => {
    const spawned = runCli(args, options);
    const inProcess = await runBaocao(args, options);
    expect(inProcess).toEqual(spawned);
    expect(inProcess.status).toBe(status);
    expect(inProcess.stdout + inProcess.stderr).not.toBe("");
  });

  it("a run in another folder finds the workspace there, and the test's folder and environment are restored", async () => {
    const cwd = process.cwd();
    const env = { ...process.env };
    const dir = tempDir();
    const run = await runBaocao(["doctor"], { cwd: dir, env: { BAOCAO_LANG: "en" } });
    expect(run).toEqual(runCli(["doctor"], { cwd: dir, env: { BAOCAO_LANG: "en" } }));
    expect(run.status).toBe(2);
    expect(process.cwd()).toBe(cwd);
    expect(process.env).toEqual(env);
  });
});
