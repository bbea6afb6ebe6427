// Entry point of the built CLI (bin/baocao.js imports this). Ctrl+C is listened for before the rest of
// the program loads (a few hundred ms): from then on an interruption cleans up instead of killing outright.
import { dropOutputAfterBrokenPipe } from "../io/broken-pipe.js";
import { installInterruptHandler } from "../io/interrupt.js";

installInterruptHandler();
// `baocao … --json | head`: the rest of the output is dropped quietly when the reader has gone.
dropOutputAfterBrokenPipe(process.stdout);
dropOutputAfterBrokenPipe(process.stderr);

const { main } = await import("./main.js");
const code = await main({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdinIsTTY: process.stdin.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
});
process.exitCode = code;
