import { describe, expect, it } from "vitest";
import { findLibreOffice, findTimesFont } from "./check.js";
import { locateLibreOffice } from "./libreoffice.js";
import type { LocateSystem } from "./libreoffice.js";

/** A computer with only these files (and the folders above them). */
function system(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}, cwd = "/"): LocateSystem {
  const sep = platform === "win32" ? "\\" : "/";
  const norm = (path: string) => (platform === "win32" ? path.toLowerCase() : path);
  const fileSet = new Set(files.map(norm));
  const dirs = new Set(
    files.flatMap((file) => {
      const parts = file.split(sep);
      return parts.slice(1, -1).map((_, i) => norm(parts.slice(0, i + 2).join(sep)));
    }),
  );
  return {
    platform,
    env,
    cwd,
    kind: (path) => (fileSet.has(norm(path)) ? "file" : dirs.has(norm(path)) ? "dir" : null),
  };
}

const WIN = "C:\\Program Files\\LibreOffice\\program\\soffice.exe";
const WIN_COM = "C:\\Program Files\\LibreOffice\\program\\soffice.com";
const WIN_X86 = "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe";
const MAC = "/Applications/LibreOffice.app/Contents/MacOS/soffice";

describe("locateLibreOffice on Windows", () => {
  it("finds the standard install, soffice.com (the console program) before soffice.exe", () => {
    expect(locateLibreOffice(system("win32", [WIN]))).toEqual({ found: true, command: WIN, source: "standard" });
    expect(locateLibreOffice(system("win32", [WIN, WIN_COM]))).toEqual({
      found: true,
      command: WIN_COM,
      source: "standard",
    });
  });

  it("finds the 32-bit install under Program Files (x86), also through %ProgramFiles(x86)%", () => {
    expect(locateLibreOffice(system("win32", [WIN_X86]))).toMatchObject({ found: true, command: WIN_X86 });
    const d = "D:\\Apps32\\LibreOffice\\program\\soffice.exe";
    expect(locateLibreOffice(system("win32", [d], { "ProgramFiles(x86)": "D:\\Apps32" }))).toMatchObject({
      command: d,
      source: "standard",
    });
  });

  it("looks on the Path (any spelling of the name) with the extensions of PATHEXT, .bat and .cmd left out", () => {
    const onPath = "D:\\LO\\program\\soffice.exe";
    const env = { Path: 'C:\\Windows;"D:\\LO\\program"', PATHEXT: ".COM;.EXE;.BAT;.CMD" };
    expect(locateLibreOffice(system("win32", [onPath, WIN], env))).toEqual({
      found: true,
      command: onPath,
      source: "path",
    });
    const batch = system("win32", ["D:\\LO\\soffice.bat"], { PATH: "D:\\LO" });
    expect(locateLibreOffice(batch)).toEqual({ found: false, source: null });
  });

  it("takes BAOCAO_SOFFICE first, then baocao.yaml (a file or the install folder), before PATH and standard places", () => {
    const portable = "E:\\LibreOfficePortable\\App\\libreoffice\\program\\soffice.exe";
    const files = [portable, WIN];
    expect(locateLibreOffice(system("win32", files, { BAOCAO_SOFFICE: portable }))).toEqual({
      found: true,
      command: portable,
      source: "env",
    });
    const configured = { path: "E:\\LibreOfficePortable\\App\\libreoffice", workspaceDir: "D:\\bao-cao" };
    expect(locateLibreOffice(system("win32", files), configured)).toEqual({
      found: true,
      command: portable,
      source: "config",
    });
  });

  it("reports a given path with no soffice, naming where it came from, instead of using another LibreOffice", () => {
    expect(locateLibreOffice(system("win32", [WIN], { BAOCAO_SOFFICE: "C:\\LO\\soffice.exe" }))).toEqual({
      found: false,
      source: "env",
      path: "C:\\LO\\soffice.exe",
    });
    expect(locateLibreOffice(system("win32", [WIN]), { path: "lo\\soffice.exe", workspaceDir: "D:\\ws" })).toEqual({
      found: false,
      source: "config",
      path: "lo\\soffice.exe",
    });
  });

  it("finds nothing on a machine with only Node", () => {
    expect(
      locateLibreOffice(
        system("win32", ["C:\\Program Files\\nodejs\\node.exe"], { Path: "C:\\Program Files\\nodejs" }),
      ),
    ).toEqual({
      found: false,
      source: null,
    });
  });
});

describe("locateLibreOffice on macOS", () => {
  it("finds the app in /Applications, or in ~/Applications", () => {
    expect(locateLibreOffice(system("darwin", [MAC], { PATH: "/usr/bin:/bin" }))).toEqual({
      found: true,
      command: MAC,
      source: "standard",
    });
    const mine = "/Users/lan/Applications/LibreOffice.app/Contents/MacOS/soffice";
    expect(locateLibreOffice(system("darwin", [mine], { HOME: "/Users/lan" }))).toMatchObject({ command: mine });
  });

  it("accepts the .app folder in baocao.yaml", () => {
    expect(
      locateLibreOffice(system("darwin", [MAC]), { path: "/Applications/LibreOffice.app", workspaceDir: "/ws" }),
    ).toEqual({ found: true, command: MAC, source: "config" });
  });
});

describe("locateLibreOffice on Linux", () => {
  it("finds soffice, then libreoffice, on the PATH", () => {
    expect(locateLibreOffice(system("linux", ["/usr/bin/soffice"], { PATH: "/usr/local/bin:/usr/bin" }))).toEqual({
      found: true,
      command: "/usr/bin/soffice",
      source: "path",
    });
    expect(locateLibreOffice(system("linux", ["/opt/lo/bin/libreoffice"], { PATH: "/opt/lo/bin" }))).toMatchObject({
      command: "/opt/lo/bin/libreoffice",
      source: "path",
    });
  });

  it("falls back to /usr/lib/libreoffice/program when the PATH has no soffice", () => {
    const lib = "/usr/lib/libreoffice/program/soffice";
    expect(locateLibreOffice(system("linux", [lib], { PATH: "/bin" }))).toEqual({
      found: true,
      command: lib,
      source: "standard",
    });
  });

  it("reads a relative BAOCAO_SOFFICE from the current folder and a relative baocao.yaml path from the workspace", () => {
    const files = ["/home/lan/lo/soffice", "/srv/ws/tools/soffice"];
    expect(locateLibreOffice(system("linux", files, { BAOCAO_SOFFICE: "lo/soffice" }, "/home/lan"))).toMatchObject({
      command: "/home/lan/lo/soffice",
      source: "env",
    });
    expect(locateLibreOffice(system("linux", files), { path: "tools/soffice", workspaceDir: "/srv/ws" })).toMatchObject(
      {
        command: "/srv/ws/tools/soffice",
        source: "config",
      },
    );
  });
});

describe("findLibreOffice (doctor)", () => {
  it("says where and how it found LibreOffice, and its version", () => {
    const run = () => ({ ok: true, stdout: "LibreOffice 24.8.4.2 bb3cfa12\r\n" });
    expect(findLibreOffice(system("win32", [WIN]), null, run)).toEqual({
      found: true,
      command: WIN,
      version: "LibreOffice 24.8.4.2 bb3cfa12",
      source: "standard",
      problem: null,
      given: null,
    });
  });

  it("tells a program that does not run from a missing one and from a wrong configured path", () => {
    const fails = () => ({ ok: false, stdout: "" });
    expect(findLibreOffice(system("linux", ["/usr/bin/soffice"], { PATH: "/usr/bin" }), null, fails)).toMatchObject({
      found: false,
      command: "/usr/bin/soffice",
      problem: "does-not-run",
    });
    expect(findLibreOffice(system("linux", []), null, fails)).toMatchObject({ found: false, problem: "not-found" });
    expect(
      findLibreOffice(system("linux", []), { path: "/opt/none/soffice", workspaceDir: "/ws" }, fails),
    ).toMatchObject({ found: false, problem: "configured-missing", source: "config", given: "/opt/none/soffice" });
  });
});

describe("findTimesFont", () => {
  it("finds Times New Roman in the Windows and macOS font folders without fc-list", () => {
    expect(findTimesFont(system("win32", ["C:\\Windows\\Fonts\\times.ttf"], { WINDIR: "C:\\Windows" }))).toEqual({
      found: true,
      name: "Times New Roman",
      metricCompatible: false,
      checked: true,
    });
    expect(findTimesFont(system("darwin", ["/System/Library/Fonts/Supplemental/Times New Roman.ttf"]))).toMatchObject({
      found: true,
    });
  });
});
