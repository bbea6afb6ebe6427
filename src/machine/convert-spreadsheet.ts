// An .xls, .ods or .xlsb submission → the .xlsx LibreOffice makes of it (`soffice --headless --convert-to
// xlsx`), so that intake reads it like any form. LibreOffice keeps the sheets' names and every cell where it
// was, so the findings name the cells of the unit's own file.
//
// One work folder per command run (a hidden `.baocao-convert-…` folder in the folder given: the workspace,
// never the system's temporary folder, which may be on another drive), holding LibreOffice's own profile (so
// an open LibreOffice does not block the conversion; made on the first file, reused by the next) and each
// file's input and output. Files are converted one after the other: each conversion starts LibreOffice
// (about a second of CPU), and two at a time would share the profile. A time limit per file; Ctrl+C kills
// LibreOffice and removes the folder.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { onInterrupt } from "../io/interrupt.js";
import { withFixedZipTimestamps } from "../zip/index.js";
import { runSoffice } from "./soffice.js";

export type ConvertibleFormat = "xls" | "ods" | "xlsb";

/** Per file: LibreOffice loads a form in about a second; a minute means it hangs on this file. */
export const CONVERSION_TIMEOUT_MS = 60_000;

export type Conversion =
  | { readonly ok: true; readonly bytes: Buffer }
  /** `timeout`: killed after the time limit; `failed`: no .xlsx came out (detail: LibreOffice's first words). */
  | { readonly ok: false; readonly problem: "timeout" | "failed" | "too-large"; readonly detail: string };

export interface SpreadsheetConverter {
  /** Converts one file's bytes (never throws: a problem is a failed Conversion). */
  convert(bytes: Uint8Array, format: ConvertibleFormat): Promise<Conversion>;
  /** Removes the work folder (LibreOffice's profile included). */
  close(): void;
}

export interface ConverterOptions {
  /** The soffice to run (machine/libreoffice.ts locateLibreOffice). */
  soffice: string;
  /** The folder the work folder is made in (the workspace). */
  workParent: string;
  /** Largest converted workbook kept, in bytes (the submissions' own limit). */
  maxBytes: number;
  timeoutMs?: number;
}

/** A converter for one command run; the work folder is made on the first file. */
export function spreadsheetConverter(options: ConverterOptions): SpreadsheetConverter {
  let work: string | null = null;
  let count = 0;
  let kill = () => {};
  const forget = onInterrupt(() => {
    kill();
    if (work !== null) rmSync(work, { recursive: true, force: true });
  });
  return {
    async convert(bytes, format) {
      try {
        work ??= mkdtempSync(join(options.workParent, ".baocao-convert-"));
      } catch (error) {
        return { ok: false, problem: "failed", detail: (error as NodeJS.ErrnoException).code ?? String(error) };
      }
      // Plain names inside the work folder: the received name (spaces, accents, "x (1).xls") never reaches
      // LibreOffice's command line, and the extension says the format LibreOffice should expect.
      count += 1;
      const dir = join(work, String(count));
      const input = join(dir, `submission.${format}`);
      const out = join(dir, "out");
      try {
        mkdirSync(out, { recursive: true });
        writeFileSync(input, bytes);
        const run = await runSoffice(
          options.soffice,
          [
            `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`,
            "--headless",
            "--convert-to",
            "xlsx:Calc Office Open XML",
            "--outdir",
            out,
            input,
          ],
          options.timeoutMs ?? CONVERSION_TIMEOUT_MS,
          (killer) => (kill = killer),
        );
        kill = () => {};
        const produced = join(out, "submission.xlsx");
        if (run.timedOut) return { ok: false, problem: "timeout", detail: "" };
        if (run.status !== 0 || !existsSync(produced)) {
          const detail = (run.stderr || run.error?.message || "").trim().split("\n")[0] ?? "";
          return { ok: false, problem: "failed", detail };
        }
        const size = statSync(produced).size;
        if (size > options.maxBytes) return { ok: false, problem: "too-large", detail: String(size) };
        return { ok: true, bytes: reproducible(readFileSync(produced)) };
      } catch (error) {
        return { ok: false, problem: "failed", detail: error instanceof Error ? error.message : String(error) };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    close() {
      forget();
      if (work !== null) rmSync(work, { recursive: true, force: true });
      work = null;
    },
  };
}

/**
 * The converted workbook with its zip entries' times fixed: LibreOffice stamps them with the time of the
 * conversion, so the same .xls would make a new .xlsx (another SHA-256) each time, and ingesting it again
 * would not be recognised as the same submission. The parts themselves do not change between runs.
 */
function reproducible(xlsx: Buffer): Buffer {
  try {
    return withFixedZipTimestamps(xlsx, { year: 1980, month: 1, day: 1 });
  } catch {
    return xlsx;
  }
}
