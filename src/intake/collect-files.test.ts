import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { UserError } from "../errors.js";
import { collectInputFiles } from "./collect-files.js";

describe("collectInputFiles", () => {
  it("reads every spreadsheet of a folder, and lists each other file with the reason it was not read", () => {
    const dir = tempDir({
      "inbox/2023-H1-CAT.xlsx": "x",
      "inbox/huyen/2023-H1-UBND-ANTHI.xlsm": "x",
      "inbox/2023-H1-VNPT.xls": "x",
      "inbox/2023-H1-FPT.ods": "x",
      "inbox/2023-H1-SCT.XLSB": "x",
      "inbox/~$2023-H1-CAT.xlsx": "x",
      "inbox/2023-H1-CAT.kiem-tra.xlsx": "x",
      "inbox/.DS_Store": "x",
      "inbox/.git/config": "x",
      "inbox/cong-van.pdf": "x",
      "inbox/so-lieu.csv": "x",
    });
    const { files, skipped } = collectInputFiles(["inbox"], dir);
    expect(files.map((file) => file.display)).toEqual([
      "inbox/2023-H1-CAT.xlsx",
      "inbox/2023-H1-FPT.ods",
      "inbox/2023-H1-SCT.XLSB",
      "inbox/2023-H1-VNPT.xls",
      "inbox/huyen/2023-H1-UBND-ANTHI.xlsm",
    ]);
    expect(skipped.map(({ display, reason }) => ({ display, reason }))).toEqual([
      { display: "inbox/.DS_Store", reason: "hidden" },
      { display: "inbox/.git/", reason: "hidden" },
      { display: "inbox/~$2023-H1-CAT.xlsx", reason: "lock-file" },
      { display: "inbox/2023-H1-CAT.kiem-tra.xlsx", reason: "annotated-copy" },
      { display: "inbox/cong-van.pdf", reason: "not-a-spreadsheet" },
      { display: "inbox/so-lieu.csv", reason: "not-a-spreadsheet" },
    ]);
  });

  it("always reads a file named on the command line, even when its folder is given too", () => {
    const dir = tempDir({ "inbox/bang.csv": "x", "inbox/a.xlsx": "x" });
    const { files, skipped } = collectInputFiles(["inbox", "inbox/bang.csv"], dir);
    expect(files.map((file) => file.display)).toEqual(["inbox/a.xlsx", "inbox/bang.csv"]);
    expect(skipped).toEqual([]);
  });

  it("names what it skipped when nothing is left to read", () => {
    const dir = tempDir({ "inbox/cong-van.docx": "x" });
    expect(() => collectInputFiles(["inbox"], dir)).toThrow(UserError);
    try {
      collectInputFiles(["inbox"], dir);
    } catch (error) {
      expect(error).toMatchObject({ code: "input/no-files", params: { skipped: "inbox/cong-van.docx" } });
    }
  });

  it.runIf(process.platform !== "win32")(
    "reads links to spreadsheets, and lists FIFOs, link loops, broken links and linked folders as skipped",
    { timeout: 10_000 },
    () => {
      const dir = tempDir({ "inbox/a.xlsx": "x", "elsewhere/b.xlsx": "x" });
      execFileSync("mkfifo", [join(dir, "inbox/pipe.xlsx")]);
      symlinkSync(join(dir, "elsewhere/b.xlsx"), join(dir, "inbox/b.xlsx"));
      symlinkSync("loop.xlsx", join(dir, "inbox/loop.xlsx"));
      symlinkSync("nowhere.xlsx", join(dir, "inbox/broken.xlsx"));
      symlinkSync(join(dir, "elsewhere"), join(dir, "inbox/linked"));
      mkdirSync(join(dir, "inbox/empty"));
      const { files, skipped } = collectInputFiles(["inbox"], dir);
      expect(files.map((file) => file.display)).toEqual(["inbox/a.xlsx", "inbox/b.xlsx"]);
      expect(skipped.map(({ display, reason }) => ({ display, reason }))).toEqual([
        { display: "inbox/broken.xlsx", reason: "broken-link" },
        { display: "inbox/linked/", reason: "linked-folder" },
        { display: "inbox/loop.xlsx", reason: "link-loop" },
        { display: "inbox/pipe.xlsx", reason: "special-file" },
      ]);
    },
  );

  it.runIf(process.platform !== "win32")(
    "refuses a FIFO or a link loop named on the command line, before opening it",
    { timeout: 10_000 },
    () => {
      const dir = tempDir();
      execFileSync("mkfifo", [join(dir, "pipe.xlsx")]);
      symlinkSync("loop.xlsx", join(dir, "loop.xlsx"));
      expect(() => collectInputFiles(["pipe.xlsx"], dir)).toThrow(
        expect.objectContaining({ code: "input/not-regular", params: { file: "pipe.xlsx", kind: "fifo" } }),
      );
      expect(() => collectInputFiles(["loop.xlsx"], dir)).toThrow(
        expect.objectContaining({ code: "input/not-regular", params: { file: "loop.xlsx", kind: "symlink-loop" } }),
      );
    },
  );
});
