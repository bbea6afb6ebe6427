// No English in Vietnamese output (issue 13 item 4): after each test, what every CLI run of it (and of its
// file's beforeAll) printed in Vietnamese is scanned for common English words (test/helpers/english-words.ts).
// stdout of a --json run is JSON and is not scanned; its stderr is (but not the stack trace of --debug).
import { afterEach } from "vitest";
import { englishLines, runsInEnglish } from "../helpers/english-words.js";
import { recordedRuns } from "../helpers/run-cli.js";

afterEach(() => {
  const runs = recordedRuns.splice(0);
  const problems: string[] = [];
  for (const run of runs) {
    if (runsInEnglish(run.args, run.env)) continue;
    const json = run.args.includes("--json") || run.args.includes("--version") || run.args.includes("-V");
    // --debug adds the stack trace, which is for developers.
    const debug = run.args.includes("--debug");
    const lines = [...(json ? [] : englishLines(run.stdout)), ...(debug ? [] : englishLines(run.stderr))];
    if (lines.length > 0) problems.push(`baocao ${run.args.join(" ")}\n${lines.map((line) => `  ${line}`).join("\n")}`);
  }
  if (problems.length > 0) throw new Error(`English words in Vietnamese output:\n${problems.join("\n")}`);
});
