// In process: the validate use case on the sample inbox (no worker threads under vitest: the workers are
// built .js files, so the files are validated in this thread, by the same code).
import { existsSync, writeFileSync } from "node:fs";
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
});
