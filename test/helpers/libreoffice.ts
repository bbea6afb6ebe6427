// LibreOffice for the tests that look at what baocao writes as LibreOffice shows it (PDF, a re-saved .xlsx):
// headless, with a profile of its own in `profileDir` so that a LibreOffice already running does not interfere.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Converts `files` to the format `to` ("pdf", "xlsx", …) into `outDir`; throws when LibreOffice fails. */
export function convertWithLibreOffice(
  files: readonly string[],
  to: string,
  outDir: string,
  profileDir: string = outDir,
): void {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(join(profileDir, "profile")).href}`,
      "--headless",
      "--convert-to",
      to,
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "ignore", timeout: 180_000 },
  );
}
