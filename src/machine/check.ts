// Facts about this computer that matter to baocao: Node's version, LibreOffice for PDF export, and a
// Times New Roman font (or Liberation Serif, which has the same metrics) so PDFs break lines as Word does.
import { spawnSync } from "node:child_process";
import { locateLibreOffice, realSystem } from "./libreoffice.js";
import type { ConfiguredLibreOffice, LibreOfficeSource, LocateSystem } from "./libreoffice.js";

export interface LibreOfficeReport {
  /** Found and answers `--version`. */
  found: boolean;
  /** The program found (or the one that did not run). */
  command: string | null;
  version: string | null;
  /** How it was found: BAOCAO_SOFFICE, baocao.yaml, the PATH, a standard install place. */
  source: LibreOfficeSource | null;
  /**
   * Why not found: nowhere on this computer; a path given in BAOCAO_SOFFICE or baocao.yaml (`given`,
   * `source`) where there is no soffice; or a program that does not run.
   */
  problem: "not-found" | "configured-missing" | "does-not-run" | null;
  given: string | null;
}

export interface MachineReport {
  /** The operating system, for the install advice: win32, darwin, linux… */
  platform: NodeJS.Platform;
  node: { version: string; ok: boolean };
  libreoffice: LibreOfficeReport;
  font: { found: boolean; name: string | null; metricCompatible: boolean; checked: boolean };
}

/** `configured`: the `libreoffice:` key of the workspace's baocao.yaml, when it has one. */
export function checkMachine(configured?: ConfiguredLibreOffice | null): MachineReport {
  const system = realSystem();
  return {
    platform: system.platform,
    node: checkNode(process.versions.node),
    libreoffice: findLibreOffice(system, configured),
    font: findTimesFont(system),
  };
}

export function checkNode(version: string): MachineReport["node"] {
  const major = Number(version.split(".")[0]);
  return { version, ok: major >= 20 };
}

/** Where LibreOffice is (see libreoffice.ts) and whether it answers `--version` (`run`: tests give their own). */
export function findLibreOffice(
  system: LocateSystem,
  configured?: ConfiguredLibreOffice | null,
  run: (command: string) => { ok: boolean; stdout: string } = runVersion,
): LibreOfficeReport {
  const location = locateLibreOffice(system, configured);
  if (!location.found) {
    return location.source === null
      ? { found: false, command: null, version: null, source: null, problem: "not-found", given: null }
      : {
          found: false,
          command: null,
          version: null,
          source: location.source,
          problem: "configured-missing",
          given: location.path,
        };
  }
  const answer = run(location.command);
  const version = answer.stdout.trim().split(/\r?\n/)[0]?.trim() || null;
  return {
    found: answer.ok,
    command: location.command,
    version: answer.ok ? version : null,
    source: location.source,
    problem: answer.ok ? null : "does-not-run",
    given: null,
  };
}

function runVersion(command: string): { ok: boolean; stdout: string } {
  const run = spawnSync(command, ["--version"], { encoding: "utf8", timeout: 30_000, windowsHide: true });
  return { ok: run.error === undefined && run.status === 0, stdout: run.stdout ?? "" };
}

export function findTimesFont(system: LocateSystem = realSystem()): MachineReport["font"] {
  // Windows and macOS ship Times New Roman, where fc-list is seldom installed: look for the file itself.
  const fontFiles =
    system.platform === "win32"
      ? [`${system.env.WINDIR ?? system.env.windir ?? "C:\\Windows"}\\Fonts\\times.ttf`]
      : system.platform === "darwin"
        ? ["/System/Library/Fonts/Supplemental/Times New Roman.ttf", "/Library/Fonts/Times New Roman.ttf"]
        : [];
  if (fontFiles.some((file) => system.kind(file) === "file"))
    return { found: true, name: "Times New Roman", metricCompatible: false, checked: true };
  const run = spawnSync("fc-list", [":", "family"], { encoding: "utf8", timeout: 15_000 });
  if (run.error !== undefined || run.status !== 0)
    return { found: false, name: null, metricCompatible: false, checked: false };
  const families = run.stdout
    .split("\n")
    .flatMap((line) => line.split(","))
    .map((name) => name.trim());
  if (families.includes("Times New Roman"))
    return { found: true, name: "Times New Roman", metricCompatible: false, checked: true };
  if (families.includes("Liberation Serif"))
    return { found: true, name: "Liberation Serif", metricCompatible: true, checked: true };
  return { found: false, name: null, metricCompatible: false, checked: true };
}
