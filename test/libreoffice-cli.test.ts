// report --pdf runs the LibreOffice the clerk named: in BAOCAO_SOFFICE, or in the libreoffice: key of
// baocao.yaml (relative to the workspace); a named path with no soffice is refused with where it came from.
// A stand-in soffice (a shell script that writes a PDF where LibreOffice would) shows which program ran.
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runBaocao } from "./helpers/run-cli.js";
import { SAMPLE_DIR } from "./helpers/sample.js";
import { suiteTempDir } from "./helpers/temp-dir.js";

/** A soffice that writes "<name>.pdf" holding `mark` into --outdir, as `soffice --convert-to pdf` does. */
const fakeSoffice = (mark: string) => `#!/bin/sh
out=""; last=""
while [ $# -gt 0 ]; do
  if [ "$1" = "--outdir" ]; then shift; out="$1"; fi
  last="$1"; shift
done
name=$(basename "$last" .docx)
printf '%%PDF-1.4 ${mark}\\n' > "$out/$name.pdf"
`;

describe.skipIf(process.platform === "win32")("report --pdf: which LibreOffice", () => {
  const suite = suiteTempDir();
  let ws = "";
  const pdf = () => join(ws, "out", "2023-H1", "bao-cao-2023-H1.pdf");
  const report = (env: Record<string, string> = {}, lang: "vi" | "en" = "vi") =>
    runBaocao(["-w", ws, "report", "--period", "2023-H1", "--draft", "--pdf", "--force"], {
      env: { ...env, BAOCAO_LANG: lang },
    });

  beforeAll(async () => {
    ws = join(suite(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    const ingest = await runBaocao(["-w", ws, "ingest", join(ws, "inbox"), "--period", "2023-H1"]);
    expect([0, 1]).toContain(ingest.status);
    for (const [dir, mark] of [
      ["env-lo", "from-env"],
      ["tools/LibreOffice/program", "from-yaml"],
    ] as const) {
      mkdirSync(join(ws, dir), { recursive: true });
      writeFileSync(join(ws, dir, "soffice"), fakeSoffice(mark));
      chmodSync(join(ws, dir, "soffice"), 0o755);
    }
  });

  it("BAOCAO_SOFFICE names the program", async () => {
    const run = await report({ BAOCAO_SOFFICE: join(ws, "env-lo", "soffice") });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(pdf(), "utf8")).toContain("from-env");
  });

  it("the libreoffice: key of baocao.yaml names the install folder, relative to the workspace", async () => {
    const yaml = join(ws, "baocao.yaml");
    const original = readFileSync(yaml, "utf8");
    writeFileSync(yaml, `${original}\nlibreoffice: tools/LibreOffice\n`);
    try {
      rmSync(pdf(), { force: true });
      const run = await report();
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(pdf(), "utf8")).toContain("from-yaml");
    } finally {
      writeFileSync(yaml, original);
    }
  });

  it("a named path with no soffice: exit 2, saying where the path came from; the .docx is written", async () => {
    rmSync(pdf(), { force: true });
    const env = await report({ BAOCAO_SOFFICE: "/khong-co/soffice" });
    expect(env.status).toBe(2);
    expect(env.stderr).toContain("Biến môi trường BAOCAO_SOFFICE ghi /khong-co/soffice, nhưng ở đó không có soffice");
    expect(env.stderr).not.toMatch(/Lỗi nội bộ|\n\s+at /);
    expect(existsSync(join(ws, "out", "2023-H1", "bao-cao-2023-H1.docx"))).toBe(true);
    expect(existsSync(pdf())).toBe(false);

    const yaml = join(ws, "baocao.yaml");
    const original = readFileSync(yaml, "utf8");
    writeFileSync(yaml, `${original}\nlibreoffice: 'C:\\LibreOffice\\program\\soffice.exe'\n`);
    try {
      const config = await report({}, "en");
      expect(config.status).toBe(2);
      expect(config.stderr).toContain(
        "The libreoffice key of baocao.yaml says C:\\LibreOffice\\program\\soffice.exe, but there is no soffice there",
      );
    } finally {
      writeFileSync(yaml, original);
    }
  });
});
