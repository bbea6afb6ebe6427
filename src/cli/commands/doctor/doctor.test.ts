// doctor's LibreOffice row: where LibreOffice was found and how, or the install advice of the machine's
// operating system (the platform is injected, so Windows and macOS are checked on any machine).
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleWorkspace } from "../../../../test/helpers/sample-workspace.js";
import { suiteTempDir, tempDir } from "../../../../test/helpers/temp-dir.js";
import type { LibreOfficeReport, MachineReport } from "../../../machine/check.js";
import { messages } from "../../../messages/index.js";
import type { Lang } from "../../../messages/index.js";
import { Output } from "../../output.js";
import { doctor, printDoctor } from "./index.js";

const NOT_FOUND: LibreOfficeReport = {
  found: false,
  command: null,
  version: null,
  source: null,
  problem: "not-found",
  given: null,
};

function machineOf(platform: NodeJS.Platform, libreoffice: LibreOfficeReport = NOT_FOUND) {
  return (): MachineReport => ({
    platform,
    node: { ok: true, version: "20.11.1" },
    libreoffice,
    font: { checked: true, found: true, name: "Times New Roman", metricCompatible: false },
  });
}

const suiteDir = suiteTempDir();
let shared: string | undefined;

/** What `baocao doctor` prints on a machine like `machine` (in one copy of the sample workspace). */
function printed(machine: () => MachineReport, lang: Lang = "vi"): string {
  shared ??= sampleWorkspace(suiteDir()).dir;
  const result = doctor({ cwd: shared, today: { year: 2023, month: 6, day: 20 }, machine });
  const out: string[] = [];
  const output = new Output(
    { lang, json: false, quiet: false, color: false, debug: false },
    { write: (text: string) => out.push(text) },
    { write: (text: string) => out.push(text) },
  );
  printDoctor(result, output);
  return out.join("");
}

describe("doctor: LibreOffice", () => {
  it("on Windows without LibreOffice: the installer from libreoffice.org or winget, never apt-get", () => {
    const text = printed(machineOf("win32"));
    expect(text).toMatch(/LibreOffice \(xuất PDF\)\s+không có — chỉ cần khi xuất PDF/);
    expect(text).toContain("https://www.libreoffice.org/download/");
    expect(text).toContain("winget install TheDocumentFoundation.LibreOffice");
    expect(text).not.toContain("apt-get");
    expect(printed(machineOf("win32"), "en")).toContain(
      "download the installer from https://www.libreoffice.org/download/",
    );
  });

  it("on macOS: the .dmg or Homebrew; on Linux: apt-get", () => {
    const mac = printed(machineOf("darwin"));
    expect(mac).toContain("tải tệp .dmg");
    expect(mac).toContain("brew install --cask libreoffice");
    expect(mac).not.toContain("apt-get");
    expect(printed(machineOf("linux"))).toContain("sudo apt-get install libreoffice-writer-nogui");
  });

  it("says where it found LibreOffice and how", () => {
    const found = (source: LibreOfficeReport["source"]): LibreOfficeReport => ({
      found: true,
      command: "C:\\Program Files\\LibreOffice\\program\\soffice.com",
      version: "LibreOffice 24.8.4.2",
      source,
      problem: null,
      given: null,
    });
    expect(printed(machineOf("win32", found("standard")))).toContain(
      "LibreOffice 24.8.4.2 — C:\\Program Files\\LibreOffice\\program\\soffice.com (ở nơi cài đặt mặc định)",
    );
    expect(printed(machineOf("win32", found("path")))).toContain("soffice.com (trong PATH)");
    expect(printed(machineOf("win32", found("env")))).toContain("(theo biến môi trường BAOCAO_SOFFICE)");
    expect(printed(machineOf("win32", found("config")), "en")).toContain("(from the libreoffice key of baocao.yaml)");
  });

  it("names where a path with no soffice was given", () => {
    const text = printed(
      machineOf("win32", {
        ...NOT_FOUND,
        problem: "configured-missing",
        source: "config",
        given: "D:\\LO\\soffice.exe",
      }),
    );
    expect(text).toContain("Khóa libreoffice trong baocao.yaml ghi D:\\LO\\soffice.exe, nhưng ở đó không có soffice");
  });

  it("gives the machine check the workspace's libreoffice key, relative to the workspace", () => {
    const workspace = sampleWorkspace(tempDir());
    appendFileSync(join(workspace.dir, "baocao.yaml"), "\nlibreoffice: tools/LibreOffice/program/soffice.exe\n");
    const seen: unknown[] = [];
    doctor({
      cwd: workspace.dir,
      today: { year: 2023, month: 6, day: 20 },
      machine: (configured) => {
        seen.push(configured);
        return machineOf("win32")();
      },
    });
    expect(seen).toEqual([{ path: "tools/LibreOffice/program/soffice.exe", workspaceDir: workspace.dir }]);
  });

  it("report --pdf without LibreOffice gives the same advice for the machine's OS", () => {
    const noLibreOffice = (lang: Lang, platform: string) =>
      messages(lang).errors["pdf/no-libreoffice"]!({ file: "out/2023-H1/bao-cao-2023-H1.docx", platform });
    expect(noLibreOffice("vi", "win32")).toContain("winget install TheDocumentFoundation.LibreOffice");
    expect(noLibreOffice("vi", "win32")).not.toContain("apt-get");
    expect(noLibreOffice("en", "darwin")).toContain("brew install --cask libreoffice");
    expect(noLibreOffice("vi", "linux")).toContain("apt-get install libreoffice-writer-nogui");
  });
});
