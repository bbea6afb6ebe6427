// In process: the validate use case on the sample inbox (no worker threads under vitest: the workers are
// built .js files, so the files are validated in this thread, by the same code).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { H1_2023, TODAY, sampleWorkspace } from "../../test/helpers/sample-workspace.js";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { UserError } from "../errors.js";
import { summarizeValidation, validate } from "./validate.js";
import { validateInputs } from "./validate-inputs.js";

describe("validate (use case)", () => {
  it("checks every file of a folder, annotates the ones with findings and lists what it skipped", async () => {
    const workspace = sampleWorkspace(tempDir());
    writeFileSync(join(workspace.dir, "inbox", "ghi-chu.txt"), "not a form");
    const result = await validate(workspace, {
      cwd: workspace.dir,
      inputs: ["inbox"],
      period: H1_2023,
      today: TODAY,
      annotate: "kiem-tra",
      lang: "vi",
    });
    expect(summarizeValidation(result.files)).toEqual({
      files: 22,
      accepted: 19,
      rejected: 3,
      unreadable: 0,
      errors: 3,
      warnings: 1,
    });
    expect(result.skipped.map((file) => file.display)).toEqual(["inbox/ghi-chu.txt"]);
    expect(result.annotated).toHaveLength(4);
    for (const file of result.annotated) expect(existsSync(file)).toBe(true);
  });

  it("refuses a file over the workspace's size limit unread, and stops at a missing input", async () => {
    const workspace = sampleWorkspace(tempDir());
    const big = join(workspace.dir, "big.xlsx");
    writeFileSync(big, Buffer.alloc(workspace.config.intake.maxFileMB * 1024 * 1024 + 1));
    const [result] = await validateInputs(workspace, [{ path: big, display: "big.xlsx" }], {
      period: H1_2023,
      today: TODAY,
    });
    expect(result!.report).toMatchObject({ status: "unreadable", findings: [{ code: "file/too-large" }] });
    expect(result!.report.sha256).toMatch(/^[0-9a-f]{64}$/);
    await expect(
      validateInputs(workspace, [{ path: join(workspace.dir, "none.xlsx"), display: "none.xlsx" }], {
        period: H1_2023,
        today: TODAY,
      }),
    ).rejects.toThrow(UserError);
  });

  it("writes one annotated copy per file even when two received files share a name", async () => {
    const workspace = sampleWorkspace(tempDir());
    const inbox = join(workspace.dir, "inbox");
    for (const folder of ["a", "b"]) {
      mkdirSync(join(workspace.dir, folder));
      copyFileSync(join(inbox, "2023-H1-STP.xlsx"), join(workspace.dir, folder, "bao-cao.xlsx"));
    }
    const result = await validate(workspace, {
      cwd: workspace.dir,
      inputs: ["a", "b"],
      period: H1_2023,
      today: TODAY,
      annotate: "kiem-tra",
      lang: "vi",
    });
    expect(result.annotated.map((file) => file.split(/[/\\]/).pop())).toEqual([
      "bao-cao.kiem-tra.xlsx",
      "bao-cao-2.kiem-tra.xlsx",
    ]);
    expect(readdirSync(join(workspace.dir, "kiem-tra")).sort()).toEqual([
      "bao-cao-2.kiem-tra.xlsx",
      "bao-cao.kiem-tra.xlsx",
    ]);
  });

  it("keeps an annotated copy already there unless forced, and writes nothing when it refuses", async () => {
    const workspace = sampleWorkspace(tempDir());
    const out = join(workspace.dir, "kiem-tra");
    mkdirSync(out);
    writeFileSync(join(out, "2023-H1-STP.kiem-tra.xlsx"), "edited by the clerk");
    const options = {
      cwd: workspace.dir,
      inputs: ["inbox"],
      period: H1_2023,
      today: TODAY,
      annotate: "kiem-tra",
      lang: "vi" as const,
    };
    await expect(validate(workspace, options)).rejects.toThrow(
      expect.objectContaining({
        code: "annotate/exists",
        exitCode: 2,
        params: { file: join(out, "2023-H1-STP.kiem-tra.xlsx"), count: 1 },
      }),
    );
    expect(readdirSync(out)).toEqual(["2023-H1-STP.kiem-tra.xlsx"]);
    expect(readFileSync(join(out, "2023-H1-STP.kiem-tra.xlsx"), "utf8")).toBe("edited by the clerk");
    const forced = await validate(workspace, { ...options, force: true });
    expect(forced.annotated).toHaveLength(4);
    expect(readFileSync(join(out, "2023-H1-STP.kiem-tra.xlsx"), "utf8")).not.toBe("edited by the clerk");
  });
});
