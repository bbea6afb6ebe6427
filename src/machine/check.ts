// Facts about this computer that matter to baocao: Node's version, LibreOffice for PDF export, and a
// Times New Roman font (or Liberation Serif, which has the same metrics) so PDFs break lines as Word does.
import { spawnSync } from "node:child_process";

export interface MachineReport {
  node: { version: string; ok: boolean };
  libreoffice: { found: boolean; command: string | null; version: string | null };
  font: { found: boolean; name: string | null; metricCompatible: boolean; checked: boolean };
}

export function checkMachine(): MachineReport {
  return { node: checkNode(process.versions.node), libreoffice: findLibreOffice(), font: findTimesFont() };
}

export function checkNode(version: string): MachineReport["node"] {
  const major = Number(version.split(".")[0]);
  return { version, ok: major >= 20 };
}

export function findLibreOffice(): MachineReport["libreoffice"] {
  for (const command of ["soffice", "libreoffice"]) {
    const run = spawnSync(command, ["--version"], { encoding: "utf8", timeout: 30_000 });
    if (run.error === undefined && run.status === 0) {
      return { found: true, command, version: run.stdout.trim().split("\n")[0] ?? null };
    }
  }
  return { found: false, command: null, version: null };
}

export function findTimesFont(): MachineReport["font"] {
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
