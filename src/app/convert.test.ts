// .xls and .ods submissions converted through LibreOffice (src/machine/convert-spreadsheet.ts), in process:
// the forms of test/fixtures/converted/ were saved by LibreOffice itself from the filled .xlsx beside them.
// Skipped where LibreOffice is not installed (the "without LibreOffice" case runs everywhere).
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { H1_2023, TODAY, sampleWorkspace } from "../../test/helpers/sample-workspace.js";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { locateLibreOffice, realSystem, SOFFICE_ENV } from "../machine/libreoffice.js";
import { describeFinding } from "../messages/index.js";
import { readLedger } from "../store/ledger.js";
import type { Workspace } from "../workspace/read.js";
import { computeAggregate } from "./aggregate.js";
import { ingest } from "./ingest.js";
import { validate } from "./validate.js";

const FIXTURES = new URL("../../test/fixtures/converted/", import.meta.url).pathname;
const HAS_LIBREOFFICE = locateLibreOffice(realSystem()).found;
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** A copy of the sample workspace with one received file, `nhan/<name>`. */
function workspaceWith(name: string): Workspace {
  const workspace = sampleWorkspace(tempDir());
  mkdirSync(join(workspace.dir, "nhan"));
  copyFileSync(join(FIXTURES, name), join(workspace.dir, "nhan", name));
  return workspace;
}

async function ingestOne(workspace: Workspace, name: string) {
  return ingest(workspace, H1_2023, {
    cwd: workspace.dir,
    inputs: [join("nhan", name)],
    strict: false,
    now: new Date("2023-06-16T05:00:00Z"),
    today: TODAY,
  });
}

const saved = process.env[SOFFICE_ENV];
afterEach(() => {
  if (saved === undefined) delete process.env[SOFFICE_ENV];
  else process.env[SOFFICE_ENV] = saved;
});

describe.skipIf(!HAS_LIBREOFFICE)("converting .xls and .ods through LibreOffice", () => {
  it("accepts the .xls and the .ods with the same totals, sources and incidents as the .xlsx", async () => {
    const reference = workspaceWith("2023-H1-CAT.xlsx");
    await ingestOne(reference, "2023-H1-CAT.xlsx");
    const expected = await computeAggregate(reference, H1_2023, TODAY);
    for (const [name, format] of [
      ["2023-H1-CAT.xls", "xls"],
      ["2023-H1-CAT.ods", "ods"],
    ] as const) {
      const workspace = workspaceWith(name);
      const received = readFileSync(join(FIXTURES, name));
      const result = await ingestOne(workspace, name);
      expect(result.files).toMatchObject([{ file: `nhan/${name}`, unit: "CAT", outcome: "archived", errors: 0 }]);
      expect(result.conversions?.count).toBe(1);
      const actual = await computeAggregate(workspace, H1_2023, TODAY);
      const totals = (a: typeof actual) => a.indicators.map((i) => [i.code, i.total, i.byUnit]);
      expect(totals(actual)).toEqual(totals(expected));
      // Cell references are those of the unit's sheet.
      const cells = (a: typeof actual) => a.indicators.map((i) => i.sources.map((s) => [s.unit, s.sheet, s.cell]));
      expect(cells(actual)).toEqual(cells(expected));
      expect(actual.incidents.count).toBe(expected.incidents.count);
      expect(actual.incidents.damage).toBe(expected.incidents.damage);
      expect(actual.incidents.fines).toBe(expected.incidents.fines);
      // The ledger records both files; the archive keeps both.
      const [entry] = readLedger(join(workspace.dir, "store")).entries;
      expect(entry!.original).toEqual({
        format,
        sha256: sha256(received),
        size: received.length,
        archive: `${sha256(received).slice(0, 2)}/${sha256(received)}.${format}`,
      });
      expect(entry!.sha256).not.toBe(sha256(received));
      expect(readFileSync(join(workspace.dir, "store", entry!.original!.archive!))).toEqual(received);
      expect(sha256(readFileSync(join(workspace.dir, "store", entry!.archive!)))).toBe(entry!.sha256);
      // The information finding is recorded, and counts as neither error nor warning.
      expect(entry!.findings[0]).toMatchObject({ severity: "info", code: "file/converted", params: { format } });
      expect(entry!.warnings).toBe(entry!.findings.filter((f) => f.severity === "warning").length);
      // The conversion is reproducible: the same file ingested again is recognised.
      const again = await ingestOne(workspace, name);
      expect(again.files[0]!.outcome).toBe("already-current");
      // No work folder is left in the workspace.
      expect(readdirSync(workspace.dir).filter((f) => f.startsWith(".baocao-convert-"))).toEqual([]);
    }
  }, 120_000);

  it("validate: the finding list says the file was converted, in Vietnamese and English", async () => {
    const workspace = workspaceWith("2023-H1-CAT.xls");
    const result = await validate(workspace, {
      cwd: workspace.dir,
      inputs: ["nhan"],
      period: H1_2023,
      today: TODAY,
      lang: "vi",
    });
    const [file] = result.files;
    expect(file!.report.status).toBe("accepted");
    expect(file!.report.original?.format).toBe("xls");
    const note = file!.report.findings[0]!;
    expect(note).toMatchObject({ severity: "info", code: "file/converted", sheet: null, cell: null });
    expect(describeFinding(note, "vi").message).toContain("Tệp .xls đã được chuyển sang .xlsx bằng LibreOffice");
    expect(describeFinding(note, "en").message).toContain("converted to .xlsx by LibreOffice");
    expect(result.conversions).toMatchObject({ count: 1 });
  }, 60_000);
});

describe("without LibreOffice", () => {
  it("keeps the .xls and .ods findings, with the hint to install LibreOffice", async () => {
    process.env[SOFFICE_ENV] = join(tempDir(), "no-soffice-here");
    const workspace = workspaceWith("2023-H1-CAT.xls");
    copyFileSync(join(FIXTURES, "2023-H1-CAT.ods"), join(workspace.dir, "nhan", "2023-H1-CAT.ods"));
    const result = await validate(workspace, {
      cwd: workspace.dir,
      inputs: ["nhan"],
      period: H1_2023,
      today: TODAY,
      lang: "vi",
    });
    expect(result.conversions).toBeNull();
    const found = result.files.map((file) => [file.input.display, file.report.status, file.report.findings[0]!.code]);
    expect(found).toEqual([
      ["nhan/2023-H1-CAT.ods", "unreadable", "file/not-xlsx"],
      ["nhan/2023-H1-CAT.xls", "unreadable", "file/legacy-xls"],
    ]);
    for (const file of result.files) {
      expect(describeFinding(file.report.findings[0]!, "vi").hint).toContain("Hoặc cài LibreOffice trên máy này");
      expect(describeFinding(file.report.findings[0]!, "en").hint).toContain("Or install LibreOffice");
    }
  });
});
