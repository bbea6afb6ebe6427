// A Ctrl+C that comes during a long synchronous step (laying out a large report) waits for the event loop;
// a command that then finished without another turn of the loop lost it and exited 0. interruptCheckpoint
// gives the loop that turn: the command stops there with exit 130 (src/io/interrupt.ts). Run in a child
// process of its own, with the built module, as the CLI runs it.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

const INTERRUPT = new URL("../dist/io/interrupt.js", import.meta.url).href;

/** A process that busies itself for `ms` (no turn of the event loop), then maybe awaits a checkpoint. */
function script(checkpoint: boolean): string {
  return `
    const { installInterruptHandler, interruptCheckpoint } = await import(${JSON.stringify(INTERRUPT)});
    installInterruptHandler();
    process.stdout.write("ready\\n");
    const until = Date.now() + 1500;
    while (Date.now() < until) {}
    ${checkpoint ? "await interruptCheckpoint();" : ""}
    process.stdout.write("finished\\n");
  `;
}

async function interrupted(checkpoint: boolean): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", script(checkpoint)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  child.stdout.setEncoding("utf8");
  const ready = new Promise<void>((resolve) =>
    child.stdout.on("data", (chunk: string) => {
      stdout += chunk;
      if (stdout.includes("ready")) resolve();
    }),
  );
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await ready;
  await new Promise((resolve) => setTimeout(resolve, 200));
  child.kill("SIGINT");
  const code = await exited;
  return { code, stdout };
}

describe("interruptCheckpoint", () => {
  it("a Ctrl+C during a synchronous step stops the command at the next checkpoint with exit 130", async () => {
    expect(await interrupted(true)).toEqual({ code: 130, stdout: "ready\n" });
  });

  it("(without a checkpoint the signal is lost and the command runs to its end: why report needs one)", async () => {
    expect(await interrupted(false)).toEqual({ code: 0, stdout: "ready\nfinished\n" });
  });
});
