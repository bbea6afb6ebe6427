// The converter with stand-in soffice programs (shell scripts): the time limit, a failure, an output over the
// size limit, and the work folder left behind by none of them. The real LibreOffice: src/app/convert.test.ts.
import { chmodSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { spreadsheetConverter } from "./convert-spreadsheet.js";

/** A soffice that runs `body` (sh); "$out" is the --outdir, "$in" the input file. */
function fakeSoffice(dir: string, body: string): string {
  const file = join(dir, "soffice");
  writeFileSync(
    file,
    `#!/bin/sh\nfor a; do prev="$cur"; cur="$a"; [ "$prev" = "--outdir" ] && out="$a"; done\nin="$cur"\n${body}\n`,
  );
  chmodSync(file, 0o755);
  return file;
}

const workFolders = (dir: string) => readdirSync(dir).filter((name) => name.startsWith(".baocao-convert-"));

describe.skipIf(process.platform === "win32")("spreadsheetConverter", () => {
  it("returns what soffice wrote, then removes its work folder", async () => {
    const dir = tempDir();
    const soffice = fakeSoffice(dir, `cp "$in" "$out/submission.xlsx"`);
    const converter = spreadsheetConverter({ soffice, workParent: dir, maxBytes: 1000 });
    const result = await converter.convert(Buffer.from("PK not really"), "ods");
    expect(result).toEqual({ ok: true, bytes: Buffer.from("PK not really") });
    expect(workFolders(dir)).toHaveLength(1);
    converter.close();
    expect(workFolders(dir)).toEqual([]);
  });

  it("kills soffice past the time limit, says why it failed, and refuses too large an output", async () => {
    const dir = tempDir();
    const slow = spreadsheetConverter({
      soffice: fakeSoffice(dir, "sleep 30"),
      workParent: dir,
      maxBytes: 1000,
      timeoutMs: 300,
    });
    const started = Date.now();
    expect(await slow.convert(Buffer.from("x"), "xls")).toEqual({ ok: false, problem: "timeout", detail: "" });
    expect(Date.now() - started).toBeLessThan(10_000);
    slow.close();

    const failing = spreadsheetConverter({
      soffice: fakeSoffice(join(tempDir()), `echo "Error: source file could not be loaded" >&2; exit 1`),
      workParent: dir,
      maxBytes: 1000,
    });
    expect(await failing.convert(Buffer.from("x"), "xls")).toEqual({
      ok: false,
      problem: "failed",
      detail: "Error: source file could not be loaded",
    });
    failing.close();

    const big = spreadsheetConverter({
      soffice: fakeSoffice(tempDir(), `head -c 5000 /dev/zero > "$out/submission.xlsx"`),
      workParent: dir,
      maxBytes: 1000,
    });
    expect(await big.convert(Buffer.from("x"), "xlsb")).toEqual({ ok: false, problem: "too-large", detail: "5000" });
    big.close();
    expect(workFolders(dir)).toEqual([]);
  });
});
