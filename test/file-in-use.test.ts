// An output left open in Excel, Word or a PDF reader (Windows refuses to replace it: the rename onto it fails
// with EBUSY, or EPERM/EACCES), for every command that writes: the clerk is told which file, which program
// probably holds it and what to do ("Không ghi được tong-hop.xlsx: tệp đang mở trong Excel? Đóng tệp rồi chạy
// lại."), exit 2, never "không có quyền ghi" nor an internal error, and nothing is lost: the temporary file is
// removed and the old file is intact. The failure is injected at the rename onto the chosen output
// (test/helpers/faults.ts); Windows is simulated for EPERM by setting process.platform for the run. EPERM on
// Linux stays a permission problem. Also here: every temporary file is made in its target's folder (a rename
// across file systems fails: EXDEV).
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { withFault } from "./helpers/faults.js";
import type { FaultKind, FaultRecord } from "./helpers/faults.js";
import { prepareStages } from "./helpers/prepared-stages.js";
import { runBaocao } from "./helpers/run-cli.js";
import type { CliRun } from "./helpers/run-cli.js";
import { suiteTempDir } from "./helpers/temp-dir.js";

const PERIOD = ["--period", "2023-H1"];

interface Scenario {
  /** Which prepared workspace the command runs in. */
  readonly from: "sample" | "ingested" | "aggregated";
  readonly args: (dir: string) => string[];
  /** The output the fault hits, by its path relative to the workspace. */
  readonly target: RegExp;
  /** The program the message names for it. */
  readonly holder: string;
  /** Whether a first run makes the output, so that the second replaces it (ingest archives a file once). */
  readonly replaces: boolean;
  /** Needs LibreOffice (report --pdf): skipped without it, and run on this system only. */
  readonly pdf?: boolean;
}

const libreOffice = spawnSync("soffice", ["--version"], { timeout: 30_000 }).status === 0;

const scenarios: Record<string, Scenario> = {
  forms: {
    from: "sample",
    args: (dir) => ["-w", dir, "forms", ...PERIOD, "--unit", "CAT", "--force"],
    target: /\.xlsx$/,
    holder: "Excel",
    replaces: true,
  },
  "validate --annotate": {
    from: "sample",
    args: (dir) => [
      "-w",
      dir,
      "validate",
      join(dir, "inbox", "2023-H1-SGDDT.xlsx"),
      ...PERIOD,
      "--annotate",
      join(dir, "kiem-tra"),
      "--force",
    ],
    target: /^kiem-tra\/.*\.xlsx$/,
    holder: "Excel",
    replaces: true,
  },
  "ingest (the store's copy)": {
    from: "sample",
    args: (dir) => ["-w", dir, "ingest", join(dir, "inbox", "2023-H1-CAT.xlsx"), ...PERIOD, "--received", "16/06/2023"],
    target: /^store\/.*\.xlsx$/,
    holder: "Excel",
    replaces: false,
  },
  "aggregate (tong-hop.xlsx)": {
    from: "ingested",
    args: (dir) => ["-w", dir, "aggregate", ...PERIOD],
    target: /tong-hop\.xlsx$/,
    holder: "Excel",
    replaces: true,
  },
  "aggregate (aggregate.json)": {
    from: "ingested",
    args: (dir) => ["-w", dir, "aggregate", ...PERIOD],
    target: /aggregate\.json$/,
    holder: "một chương trình khác",
    replaces: true,
  },
  report: {
    from: "aggregated",
    args: (dir) => ["-w", dir, "report", ...PERIOD, "--number", "12", "--date", "03/07/2023", "--force"],
    target: /\.docx$/,
    holder: "Word",
    replaces: true,
  },
  "report --pdf (the PDF)": {
    from: "aggregated",
    args: (dir) => ["-w", dir, "report", ...PERIOD, "--number", "12", "--date", "03/07/2023", "--pdf", "--force"],
    target: /\.pdf$/,
    holder: "trình đọc PDF",
    replaces: true,
    pdf: true,
  },
  directive: {
    from: "aggregated",
    args: (dir) => [
      "-w",
      dir,
      "directive",
      ...PERIOD,
      "--report-number",
      "841",
      "--report-date",
      "03/07/2023",
      "--draft",
      "--force",
    ],
    target: /\.docx$/,
    holder: "Word",
    replaces: true,
  },
  "letters (a letter)": {
    from: "ingested",
    args: (dir) => lettersArgs(dir),
    target: /\.docx$/,
    holder: "Word",
    replaces: true,
  },
  "letters (manifest.csv)": {
    from: "ingested",
    args: (dir) => lettersArgs(dir),
    target: /manifest\.csv$/,
    holder: "Excel",
    replaces: true,
  },
};

function lettersArgs(dir: string): string[] {
  return [
    "-w",
    dir,
    "letters",
    "don-doc",
    "--rejected",
    ...PERIOD,
    "--number-from",
    "15",
    "--date",
    "20/06/2023",
    "--force",
  ];
}

/** Every file under `dir`, relative, with "/" (the temporary files included). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

const isTemporary = (path: string) => /\.tmp$/.test(path) || /(^|\/)\.baocao-/.test(path);

/** Runs with process.platform set to `platform` (the check of a file in use depends on it). */
async function onPlatform<T>(platform: NodeJS.Platform, body: () => Promise<T>): Promise<T> {
  const original = Object.getOwnPropertyDescriptor(process, "platform")!;
  Object.defineProperty(process, "platform", { ...original, value: platform });
  try {
    return await body();
  } finally {
    Object.defineProperty(process, "platform", original);
  }
}

describe("an output open in another program (Excel, Word): every command that writes", () => {
  const suite = suiteTempDir();
  const prepared = { sample: "", ingested: "", aggregated: "" };
  let counter = 0;

  beforeAll(async () => {
    // SGDDT is rejected on purpose: the letters go to it.
    Object.assign(prepared, await prepareStages(suite(), ["CAT", "VIETTEL", "SGDDT"]));
  });

  /**
   * A fresh workspace where the scenario's output exists already (when the command replaces it: made by a first
   * run), and the writes and renames of a run of the command (that first run, or one in a scratch copy).
   */
  async function prepare(scenario: Scenario, extra: string[] = []): Promise<{ dir: string; record: FaultRecord }> {
    const fresh = () => {
      const dir = join(suite(), `run-${++counter}`);
      cpSync(prepared[scenario.from], dir, { recursive: true });
      return dir;
    };
    const counted = fresh();
    const { value: first, record } = await withFault({ under: counted, kind: "EBUSY", at: -1 }, () =>
      runBaocao([...scenario.args(counted), ...extra]),
    );
    expect(first.status, first.stderr).toBeLessThan(2);
    if (scenario.replaces) return { dir: counted, record };
    // A command that writes its output once (ingest's copy in the store) is faulted in a fresh workspace.
    const dir = fresh();
    const moved = (path: string) => join(dir, relative(counted, path));
    return { dir, record: { ...record, writes: record.writes.map(moved), commits: record.commits.map(moved) } };
  }

  /** The run with the rename onto the scenario's output failing with `kind`; the output's path and content. */
  async function runFaulted(
    scenario: Scenario,
    kind: FaultKind,
    extra: string[] = [],
    /** Done to the output before the faulted run. */
    change: (target: string) => void = () => {},
  ): Promise<{ run: CliRun; dir: string; target: string; before: Buffer | null; after: Buffer | null }> {
    const { dir, record } = await prepare(scenario, extra);
    const at = record.commits.findIndex((path) => scenario.target.test(relative(dir, path).split("\\").join("/")));
    expect(at, `${scenario.target} among ${record.commits.join(", ")}`).toBeGreaterThanOrEqual(0);
    const target = record.commits[at]!;
    const read = () => (existsSync(target) ? readFileSync(target) : null);
    change(target);
    const before = read();
    if (scenario.replaces) expect(before, "the output exists before the run").not.toBeNull();
    const { value: run, record: faulted } = await withFault({ under: dir, kind, at }, () =>
      runBaocao([...scenario.args(dir), ...extra]),
    );
    expect(faulted.faulted).toBe(target);
    return { run, dir, target, before, after: read() };
  }

  /** Exit 2, the "open in …" message, no internal error, the old file intact, no temporary file left. */
  function expectInUse(
    result: Awaited<ReturnType<typeof runFaulted>>,
    scenario: Scenario,
    sentence: (name: string) => string,
  ): void {
    const { run, dir, target, before, after } = result;
    const where = `${target}\n${run.stderr}`;
    expect(run.status, where).toBe(2);
    expect(run.stderr, where).toContain(sentence(basename(target)));
    expect(run.stderr, where).not.toMatch(/quyền|permission|Lỗi nội bộ|Internal error|\n\s+at /);
    expect(after, where).toEqual(before);
    expect(filesUnder(dir).filter(isTemporary), where).toEqual([]);
  }

  for (const [command, scenario] of Object.entries(scenarios)) {
    it.skipIf(scenario.pdf === true && !libreOffice)(
      `${command}: EBUSY on the rename → "đang mở trong ${scenario.holder}", exit 2, the old file kept`,
      async () => {
        const result = await runFaulted(scenario, "EBUSY");
        expectInUse(
          result,
          scenario,
          (name) => `Không ghi được ${name}: tệp đang mở trong ${scenario.holder}? Đóng tệp rồi chạy lại.`,
        );
      },
    );

    // (LibreOffice is started differently on Windows: the PDF is checked on this system only.)
    if (scenario.replaces && scenario.pdf !== true) {
      it(`${command}: on Windows, EPERM replacing the output is the same message`, async () => {
        const result = await onPlatform("win32", () => runFaulted(scenario, "EPERM"));
        expectInUse(result, scenario, (name) => `Không ghi được ${name}: tệp đang mở trong ${scenario.holder}?`);
      });
    }
  }

  it("says it in English with --lang en", async () => {
    const scenario = scenarios["aggregate (tong-hop.xlsx)"]!;
    const result = await runFaulted(scenario, "EBUSY", ["--lang", "en"]);
    expectInUse(result, scenario, () => "Cannot write tong-hop.xlsx: is it open in Excel? Close it and run again.");
  });

  it("EPERM off Windows is a permission problem, not a file in use", async () => {
    const scenario = scenarios.report!;
    const { run, target, before, after } = await onPlatform("linux", () => runFaulted(scenario, "EPERM"));
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain(basename(target));
    expect(run.stderr).toContain("không có quyền ghi");
    expect(run.stderr).not.toContain("đang mở");
    expect(after).toEqual(before);
  });

  it("on Windows, EPERM replacing a file marked read-only says so, not that it is open", async () => {
    const scenario = scenarios["aggregate (tong-hop.xlsx)"]!;
    const { run, target, before, after } = await onPlatform("win32", () =>
      runFaulted(scenario, "EPERM", [], (path) => chmodSync(path, 0o444)),
    );
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain(`Không ghi được ${target}: tệp được đánh dấu chỉ đọc. Bỏ chọn ô "Chỉ đọc"`);
    expect(run.stderr).not.toContain("đang mở");
    expect(after).toEqual(before);
  });

  it("every temporary file is made in its target's folder (no rename across file systems)", async () => {
    // (The PDF is made in a work folder beside it: src/documents/pdf.ts.)
    for (const scenario of Object.values(scenarios).filter((each) => each.pdf !== true)) {
      const { record } = await prepare(scenario);
      const temporaries = record.writes.filter((path) => /\.tmp$/.test(path));
      expect(temporaries.length, String(scenario.target)).toBeGreaterThan(0);
      for (const temporary of temporaries) {
        const final = /^\.(.+)\.\d+-[0-9a-f]+\.tmp$/.exec(basename(temporary))?.[1];
        expect(final, temporary).toBeDefined();
        // Ingest stages the store's files in one folder of the run inside the store (store/staging.ts), on
        // the same file system: each goes to its archive folder, named by the first two hex digits.
        const staging = /^\.staging-.+-\d+-[0-9a-f]+\.tmp$/.test(basename(dirname(temporary)));
        const folder = staging ? join(dirname(dirname(temporary)), final!.slice(0, 2)) : dirname(temporary);
        expect(record.commits, temporary).toContain(join(folder, final!));
      }
    }
  });
});
