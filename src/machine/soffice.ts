// Running LibreOffice's soffice headless: in a process group of its own, so that the whole of it can be
// killed (Ctrl+C, a time limit). Shared by the PDF export (src/documents/pdf.ts) and the conversion of
// .xls/.ods/.xlsb submissions (convert-spreadsheet.ts).
import { spawn } from "node:child_process";

export interface SofficeRun {
  status: number | null;
  stderr: string;
  /** The process could not be started. */
  error?: Error;
  /** Killed for running past the time limit. */
  timedOut: boolean;
}

/**
 * Runs `soffice args`, killed after `timeoutMs`. `onStart` receives the function that kills it (for the
 * Ctrl+C cleanup of the caller).
 */
export function runSoffice(
  soffice: string,
  args: readonly string[],
  timeoutMs: number,
  onStart: (kill: () => void) => void = () => {},
): Promise<SofficeRun> {
  return new Promise((resolve) => {
    const child = spawn(soffice, [...args], {
      stdio: ["ignore", "ignore", "pipe"],
      windowsHide: true,
      detached: process.platform !== "win32",
    });
    const kill = () => {
      try {
        if (child.pid !== undefined && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        // Already gone.
      }
    };
    onStart(kill);
    let stderr = "";
    let timedOut = false;
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      if (stderr.length < 10_000) stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ status: null, stderr, error, timedOut });
    });
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stderr, timedOut });
    });
  });
}
