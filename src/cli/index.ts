// Entry point of the built CLI (bin/baocao.js imports this).
import { installInterruptHandler } from "../io/interrupt.js";
import { main } from "./main.js";

installInterruptHandler();

const code = await main({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdinIsTTY: process.stdin.isTTY === true,
});
process.exitCode = code;
