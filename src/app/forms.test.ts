import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { H1_2023, sampleWorkspace } from "../../test/helpers/sample-workspace.js";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { UserError } from "../errors.js";
import { forms } from "./forms.js";

describe("forms (use case)", () => {
  it("writes one deterministic blank form per unit asked for, and never replaces a different file unless forced", async () => {
    const workspace = sampleWorkspace(tempDir());
    const options = { cwd: workspace.dir, units: ["CAT", "VNPT"], force: false };
    const result = await forms(workspace, H1_2023, options);
    expect(result).toMatchObject({
      period: "2023-H1",
      label: "6 tháng đầu năm 2023",
      dir: join(workspace.dir, "forms", "2023-H1"),
    });
    expect(result.forms.map((form) => [form.unit, form.file, form.replaced])).toEqual([
      ["CAT", "forms/2023-H1/2023-H1-CAT.xlsx", false],
      ["VNPT", "forms/2023-H1/2023-H1-VNPT.xlsx", false],
    ]);
    const first = readFileSync(join(workspace.dir, result.forms[0]!.file));
    // The same bytes again: an unchanged form is simply replaced.
    expect((await forms(workspace, H1_2023, options)).forms.every((form) => form.replaced)).toBe(true);
    expect(readFileSync(join(workspace.dir, result.forms[0]!.file)).equals(first)).toBe(true);
    writeFileSync(join(workspace.dir, result.forms[1]!.file), "filled in by the agency");
    await expect(forms(workspace, H1_2023, options)).rejects.toMatchObject({ code: "forms/would-overwrite" });
    await expect(forms(workspace, H1_2023, { ...options, units: ["NOPE"] })).rejects.toBeInstanceOf(UserError);
    expect((await forms(workspace, H1_2023, { ...options, force: true })).forms).toHaveLength(2);
  });

  it("a folder where a form goes is named and kept, even with --force (not an internal error)", async () => {
    const workspace = sampleWorkspace(tempDir());
    const folder = join(workspace.dir, "forms", "2023-H1", "2023-H1-VIETTEL.xlsx");
    mkdirSync(join(folder, "inside"), { recursive: true });
    const options = { cwd: workspace.dir, units: ["VIETTEL"], force: true };
    await expect(forms(workspace, H1_2023, options)).rejects.toMatchObject({
      code: "output/unwritable",
      params: { file: "forms/2023-H1/2023-H1-VIETTEL.xlsx", code: "EISDIR" },
    });
    expect(readdirSync(folder)).toEqual(["inside"]);
  });
});
