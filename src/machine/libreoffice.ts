// Where LibreOffice's `soffice` is on this computer, and how it was found. In order:
// 1. BAOCAO_SOFFICE (environment), 2. `libreoffice:` in baocao.yaml — a path the clerk gave: used as
//    given, never replaced by another LibreOffice; a path that does not exist is reported with where it
//    came from;
// 3. the PATH (on Windows with the extensions of PATHEXT that can be started without a shell: .COM, .EXE);
// 4. the standard install places: C:\Program Files\LibreOffice\program (and the x86 one) on Windows,
//    /Applications/LibreOffice.app on macOS, /usr/lib/libreoffice and /opt/libreoffice on Linux.
// On Windows soffice.com comes before soffice.exe: the console program waits for LibreOffice and prints
// its version, where soffice.exe (a windowed program) prints nothing.
// `locateLibreOffice` is pure given its `system` (platform, environment, file tests), so every platform is
// tested on any machine; `realSystem()` is this computer.
import { statSync } from "node:fs";
import { posix, win32 } from "node:path";

/** How a LibreOffice was found. */
export type LibreOfficeSource = "env" | "config" | "path" | "standard";

/** The `libreoffice:` key of baocao.yaml, with the workspace folder its relative path is read from. */
export interface ConfiguredLibreOffice {
  path: string;
  workspaceDir: string;
}

export interface LocateSystem {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** The folder a relative BAOCAO_SOFFICE is read from. */
  cwd: string;
  /** "file", "dir", or null when nothing is there. */
  kind: (path: string) => "file" | "dir" | null;
}

export type LibreOfficeLocation =
  | { found: true; command: string; source: LibreOfficeSource }
  /** A path given in BAOCAO_SOFFICE or baocao.yaml where there is no soffice. */
  | { found: false; source: "env" | "config"; path: string }
  | { found: false; source: null };

/** The environment variable that names soffice. */
export const SOFFICE_ENV = "BAOCAO_SOFFICE";

export function locateLibreOffice(
  system: LocateSystem,
  configured?: ConfiguredLibreOffice | null,
): LibreOfficeLocation {
  const path = system.platform === "win32" ? win32 : posix;
  const given = system.env[SOFFICE_ENV]?.trim();
  if (given !== undefined && given !== "") {
    const command = programAt(path.resolve(system.cwd, given), system);
    return command === null ? { found: false, source: "env", path: given } : { found: true, command, source: "env" };
  }
  if (configured != null && configured.path.trim() !== "") {
    const command = programAt(path.resolve(configured.workspaceDir, configured.path.trim()), system);
    return command === null
      ? { found: false, source: "config", path: configured.path }
      : { found: true, command, source: "config" };
  }
  for (const dir of searchPath(system)) {
    for (const name of programNames(system, ["soffice", "libreoffice"])) {
      const candidate = path.join(dir, name);
      if (system.kind(candidate) === "file") return { found: true, command: candidate, source: "path" };
    }
  }
  for (const candidate of standardPlaces(system)) {
    if (system.kind(candidate) === "file") return { found: true, command: candidate, source: "standard" };
  }
  return { found: false, source: null };
}

/**
 * The program a given path stands for: the file itself, or, for a folder (the clerk pasted the install
 * folder), soffice in it, in its program/ folder, or in a macOS app's Contents/MacOS.
 */
function programAt(given: string, system: LocateSystem): string | null {
  const kind = system.kind(given);
  if (kind === "file") return given;
  if (kind !== "dir") return null;
  const path = system.platform === "win32" ? win32 : posix;
  for (const sub of ["", "program", path.join("Contents", "MacOS")]) {
    for (const name of programNames(system, ["soffice"])) {
      const candidate = path.join(given, sub, name);
      if (system.kind(candidate) === "file") return candidate;
    }
  }
  return null;
}

/** The folders of PATH (on Windows the variable is spelt Path as often as PATH). */
function searchPath(system: LocateSystem): string[] {
  const key =
    system.platform === "win32"
      ? (Object.keys(system.env).find((name) => name.toUpperCase() === "PATH") ?? "PATH")
      : "PATH";
  const delimiter = system.platform === "win32" ? ";" : ":";
  return (system.env[key] ?? "")
    .split(delimiter)
    .map((dir) => dir.trim().replace(/^"(.*)"$/, "$1"))
    .filter((dir) => dir !== "");
}

/**
 * File names of a program: as is on macOS and Linux; on Windows with each extension of PATHEXT that Node
 * can start without a shell (.COM, .EXE: a .BAT or .CMD would need one), .COM first as in the default PATHEXT.
 */
function programNames(system: LocateSystem, names: string[]): string[] {
  if (system.platform !== "win32") return names;
  const pathext = (system.env.PATHEXT ?? system.env.Pathext ?? ".COM;.EXE;.BAT;.CMD")
    .split(";")
    .map((ext) => ext.trim().toLowerCase())
    .filter((ext) => ext === ".com" || ext === ".exe");
  const extensions = pathext.length > 0 ? [...new Set(pathext)] : [".com", ".exe"];
  return names.flatMap((name) => extensions.map((ext) => `${name}${ext}`));
}

function standardPlaces(system: LocateSystem): string[] {
  switch (system.platform) {
    case "win32": {
      const roots = [
        system.env.ProgramFiles ?? system.env.PROGRAMFILES,
        system.env["ProgramFiles(x86)"] ?? system.env["PROGRAMFILES(X86)"],
        "C:\\Program Files",
        "C:\\Program Files (x86)",
      ].filter((root): root is string => root !== undefined && root !== "");
      return [...new Set(roots)].flatMap((root) =>
        ["soffice.com", "soffice.exe"].map((name) => win32.join(root, "LibreOffice", "program", name)),
      );
    }
    case "darwin": {
      const home = system.env.HOME;
      return [
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        ...(home === undefined || home === ""
          ? []
          : [posix.join(home, "Applications/LibreOffice.app/Contents/MacOS/soffice")]),
      ];
    }
    default:
      return [
        "/usr/bin/soffice",
        "/usr/lib/libreoffice/program/soffice",
        "/opt/libreoffice/program/soffice",
        "/snap/bin/libreoffice",
      ];
  }
}

/** This computer. */
export function realSystem(): LocateSystem {
  return {
    platform: process.platform,
    env: process.env,
    cwd: process.cwd(),
    kind: (path) => {
      try {
        const stats = statSync(path);
        return stats.isDirectory() ? "dir" : stats.isFile() ? "file" : null;
      } catch {
        return null;
      }
    },
  };
}
