// What `baocao letters` shows: failed letters on stderr as they matter most, then one summary line; with
// --dry-run the plan, letter by letter; with --json the manifest.
import { join } from "node:path";
import type { LettersResult } from "../../../app/letters.js";
import type { Manifest } from "../../../letters/index.js";
import { messages } from "../../../messages/index.js";
import type { Output } from "../../output.js";

export function printLetters(result: LettersResult, output: Output): void {
  if (output.settings.json) {
    output.json(result);
    return;
  }
  const m = messages(output.settings.lang).letters;
  const { out, err } = output;
  if (result.total === 0) {
    output.result(m.none);
    return;
  }
  const width = String(result.total).length;
  const who = (row: Manifest["letters"][number]) =>
    [row.code, row.name].filter((part) => part !== null && part !== "").join(" ") || "?";
  if (result.earlierBatch !== null) output.info(m.earlierBatch({ earlier: result.earlierBatch, dir: result.dir }));
  if (result.dryRun) {
    output.result(m.dryRunTitle({ ok: result.ok, total: result.total, dir: result.dir }));
    for (const row of result.letters) {
      const position = String(row.index).padStart(width, " ");
      const number = row.number === null ? "" : `  ${m.number({ number: row.number })}`;
      output.result(
        row.status === "ok"
          ? `  ${position} ${out.green("✔")} ${who(row)} → ${row.file ?? ""}${number}`
          : `  ${position} ${out.red("✘")} ${who(row)}: ${row.error ?? ""}`,
      );
    }
    return;
  }
  for (const row of result.letters) {
    if (row.status === "failed")
      output.error(`${err.red("✘")} ${m.failed({ index: row.index, recipient: who(row), error: row.error ?? "" })}`);
  }
  if (result.combined !== null)
    output.result(out.green(m.combined({ count: result.ok, file: join(result.dir, result.combined) })));
  else if (result.ok > 0) output.result(out.green(m.written({ count: result.ok, dir: result.dir })));
  if (result.failed > 0) output.result(out.red(m.failedTotal({ failed: result.failed, total: result.total })));
  output.info(m.manifest({ file: join(result.dir, "manifest.csv") }));
}
