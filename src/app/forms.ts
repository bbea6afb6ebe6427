// The forms use case: one blank submission form per reporting unit, named <period>-<unit>.xlsx (default
// folder forms/<period>/ of the workspace).
import { fileKind } from "../io/regular-file.js";
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { findUnit } from "../domain/catalogue.js";
import type { Period } from "../domain/period/index.js";
import { periodContext } from "../domain/period/period-context.js";
import { UserError } from "../errors.js";
import { writeBlankForm } from "../forms/blank/index.js";
import { writeFileAtomic } from "../io/write-atomic.js";
import type { Workspace } from "../workspace/read.js";
import type { Unit } from "../workspace/schema.js";

export interface FormsOptions {
  cwd: string;
  /** Unit codes; none: every unit. */
  units?: readonly string[];
  /** The folder (relative to cwd); default forms/<period>/ of the workspace. */
  out?: string;
  force: boolean;
  /** Forms made so far, of all (a progress bar on a terminal). */
  onProgress?: (done: number, total: number) => void;
}

export interface FormsResult {
  period: string;
  label: string;
  dir: string;
  forms: { unit: string; name: string; file: string; replaced: boolean }[];
}

/** A unit code is safe in a file name (schema: capitals, digits, "-", "_"). */
export function formFileName(period: string, unit: Unit): string {
  return `${period}-${unit.code}.xlsx`;
}

export async function forms(workspace: Workspace, period: Period, options: FormsOptions): Promise<FormsResult> {
  const { config } = workspace;
  const units =
    options.units === undefined || options.units.length === 0
      ? config.units
      : options.units.map((code) => findUnit(config, code) ?? unknownUnit(code, config.units));
  const { code, label } = periodContext(config, period);
  const dir = options.out === undefined ? join(workspace.dir, "forms", code) : resolve(options.cwd, options.out);
  const result: FormsResult = { period: code, label, dir, forms: [] };
  const planned = [];
  for (const unit of units) {
    const file = join(dir, formFileName(code, unit));
    planned.push({ unit, file, bytes: await writeBlankForm({ config, unit, period }) });
    options.onProgress?.(planned.length, units.length);
  }
  // A folder (or anything but a file) where a form goes is not replaced, even with --force.
  for (const { file } of planned) {
    const kind = fileKind(file);
    if (kind !== "file" && kind !== "missing")
      throw new UserError("output/unwritable", { file: relative(options.cwd, file) || file, code: "EISDIR" });
  }
  // Blank forms are deterministic: an existing file that differs is not ours to replace (an agency may
  // have sent back its filled form under the same name).
  const conflicts = planned.filter(({ file, bytes }) => existsSync(file) && !readFileSync(file).equals(bytes));
  if (conflicts.length > 0 && !options.force) {
    throw new UserError("forms/would-overwrite", {
      files: conflicts.map(({ file }) => relative(options.cwd, file) || file).join(", "),
    });
  }
  for (const { unit, file, bytes } of planned) {
    const replaced = existsSync(file);
    writeFileAtomic(file, bytes);
    result.forms.push({ unit: unit.code, name: unit.name, file: relative(options.cwd, file) || file, replaced });
  }
  return result;
}

function unknownUnit(code: string, units: readonly Unit[]): never {
  throw new UserError("unit/unknown-option", { code, codes: units.map((unit) => unit.code).join(", ") });
}
