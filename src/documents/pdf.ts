// PDF through LibreOffice (`soffice --headless --convert-to pdf`). A profile folder of its own per run,
// so a LibreOffice the clerk has open does not block the conversion; the PDF is moved into place whole.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { UserError } from "../errors.js";

export function libreOfficeAvailable(): boolean {
  return spawnSync("soffice", ["--version"], { timeout: 30_000 }).status === 0;
}

/** Converts `docx` to a PDF beside it (same name, .pdf) and returns its path. */
export function convertToPdf(docx: string): string {
  if (!libreOfficeAvailable()) throw new UserError("pdf/no-libreoffice", { file: docx });
  const work = mkdtempSync(join(tmpdir(), "baocao-pdf-"));
  try {
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        docx,
      ],
      { encoding: "utf8", timeout: 180_000 },
    );
    const produced = join(work, basename(docx).replace(/\.docx$/i, ".pdf"));
    if (run.status !== 0 || !existsSync(produced)) {
      throw new UserError("pdf/failed", {
        file: docx,
        detail: (run.stderr || run.error?.message || "").trim().split("\n")[0] ?? "",
      });
    }
    const target = join(dirname(docx), basename(produced));
    renameSync(produced, target);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
