// Fault injection: every command that writes, with a failure injected at each of its writes (test/helpers/faults.ts):
// the disk filling up (ENOSPC), a file that cannot be opened (EACCES), a rename refused because the target is
// open elsewhere (EBUSY) or crosses file systems (EXDEV), and a crash between the temporary file and the
// rename. Each run must end per contract: exit 2 with a message naming the file (never an internal error), no
// temporary file left, no half-written file, the inputs and the ledger as they were. After a crash, the
// same command run again must succeed.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createHash } from "node:crypto";
import { basename, dirname, join, relative, sep } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FAULT_KINDS, pointKind, withFault } from "./helpers/faults.js";
import type { FaultKind, FaultRecord } from "./helpers/faults.js";
import { prepareStages } from "./helpers/prepared-stages.js";
import { runBaocao } from "./helpers/run-cli.js";
import type { CliRun } from "./helpers/run-cli.js";
import { suiteTempDir } from "./helpers/temp-dir.js";

/** Every file under `dir` (relative path → sha256). */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
  }
  return files;
}

/** The final name a temporary file stands for (".tong-hop.xlsx.123-ab12cd34.tmp" → "tong-hop.xlsx"). */
function finalName(path: string): string {
  const name = basename(path);
  const temporary = /^\.(.+)\.\d+-[0-9a-f]+\.tmp$/.exec(name);
  return temporary ? temporary[1]! : name;
}

const isTemporary = (path: string) =>
  /\.tmp$/.test(path) || path.split(sep).some((part) => part.startsWith(".baocao-init-"));

interface Scenario {
  /** The command's arguments, given the folder it works in. */
  readonly args: (dir: string) => string[];
  /** Prepares the folder the command works in (a copy of a prepared workspace, or nothing). */
  readonly prepare: (dir: string) => void;
  /** The exit code of a run without faults. */
  readonly status: number;
  /** Arguments added when the command is run again after a crash (letters: the letters written stay). */
  readonly again?: string[];
}

const PERIOD = ["--period", "2023-H1"];

/** What the message says of each fault (in Vietnamese, the default). */
const REASONS: Record<FaultKind, string> = {
  ENOSPC: "ổ đĩa đầy",
  EACCES: "không có quyền",
  EBUSY: "? Đóng tệp rồi chạy lại.", // "tệp đang mở trong Excel? Đóng tệp rồi chạy lại." (file-in-use.test.ts)
  EXDEV: "không chuyển được tệp tạm",
  EPERM: "không có quyền",
  crash: "",
};

describe("fault injection: every write of every command that writes", () => {
  const suite = suiteTempDir();
  const prepared = { sample: "", ingested: "", aggregated: "" };

  beforeAll(async () => {
    // A few units (kept small: every run below starts from a copy): two accepted, two rejected on purpose.
    Object.assign(prepared, await prepareStages(suite(), ["CAT", "VIETTEL", "SGDDT", "UBND-ANTHI"]));
  });

  const copyOf = (which: keyof typeof prepared) => (dir: string) => cpSync(prepared[which], dir, { recursive: true });
  const scenarios: Record<string, Scenario> = {
    init: {
      prepare: () => {},
      args: (dir) => ["init", join(dir, "moi"), "--preset", "hung-yen-2023", "--no-input"],
      status: 0,
    },
    forms: {
      prepare: copyOf("sample"),
      args: (dir) => ["-w", dir, "forms", ...PERIOD, "--unit", "CAT", "--unit", "VIETTEL"],
      status: 0,
    },
    "validate --annotate": {
      prepare: copyOf("sample"),
      args: (dir) => [
        "-w",
        dir,
        "validate",
        join(dir, "inbox", "2023-H1-SGDDT.xlsx"),
        join(dir, "inbox", "2023-H1-UBND-ANTHI.xlsx"),
        ...PERIOD,
        "--annotate",
        join(dir, "kiem-tra"),
      ],
      status: 1, // both have errors, on purpose: each gets an annotated copy
      again: ["--force"], // the copies written before the crash stay, and are kept without --force
    },
    ingest: {
      prepare: copyOf("sample"),
      args: (dir) => [
        "-w",
        dir,
        "ingest",
        join(dir, "inbox", "2023-H1-CAT.xlsx"),
        join(dir, "inbox", "2023-H1-VIETTEL.xlsx"),
        ...PERIOD,
        "--received",
        "16/06/2023",
      ],
      status: 0,
    },
    // A rejected file is staged in the store while validated (store/staging.ts) and removed after planning:
    // a fault at its writes ends cleanly too, and a run without faults leaves nothing of it.
    "ingest with a rejected file": {
      prepare: copyOf("sample"),
      args: (dir) => [
        "-w",
        dir,
        "ingest",
        join(dir, "inbox", "2023-H1-CAT.xlsx"),
        join(dir, "inbox", "2023-H1-SGDDT.xlsx"),
        ...PERIOD,
        "--received",
        "16/06/2023",
      ],
      status: 1,
    },
    "ingest into a store with a ledger": {
      prepare: copyOf("ingested"),
      args: (dir) => ["-w", dir, "ingest", join(dir, "inbox", "2023-H1-STP.xlsx"), ...PERIOD],
      status: 0,
    },
    aggregate: { prepare: copyOf("ingested"), args: (dir) => ["-w", dir, "aggregate", ...PERIOD], status: 0 },
    report: {
      prepare: copyOf("aggregated"),
      args: (dir) => ["-w", dir, "report", ...PERIOD, "--number", "12", "--date", "03/07/2023"],
      status: 0,
    },
    directive: {
      prepare: copyOf("aggregated"),
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
      ],
      status: 0,
    },
    letters: {
      prepare: copyOf("ingested"),
      args: (dir) => [
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
      ],
      status: 0,
      again: ["--force"],
    },
  };

  let counter = 0;
  const freshDir = (scenario: Scenario): string => {
    const dir = join(suite(), `run-${++counter}`);
    scenario.prepare(dir);
    return dir;
  };
  // Every write is a fault point, the store's lock (store/.lock) and the store folder included.

  /** The write and commit points of a run without faults. */
  async function pointsOf(scenario: Scenario): Promise<FaultRecord> {
    const dir = freshDir(scenario);
    const { value, record } = await withFault({ under: dir, kind: "ENOSPC", at: -1 }, () =>
      runBaocao(scenario.args(dir)),
    );
    expect(value.status, value.stderr).toBe(scenario.status);
    return record;
  }

  for (const [command, scenario] of Object.entries(scenarios)) {
    it(`${command}: every fault at every write ends cleanly`, async () => {
      const points = await pointsOf(scenario);
      expect(points.writes.length, "the command writes something").toBeGreaterThan(0);
      const cases: { kind: FaultKind; at: number }[] = [];
      for (const kind of FAULT_KINDS) {
        const count = points[pointKind(kind)].length;
        for (let at = 0; at < count; at++) cases.push({ kind, at });
      }
      for (const { kind, at } of cases) await checkFault(scenario, kind, at, `${command} ${kind} #${at}`);
    });
  }

  async function checkFault(scenario: Scenario, kind: FaultKind, at: number, label: string): Promise<void> {
    const dir = freshDir(scenario);
    const before = snapshot(dir);
    // Whatever a crashed run would leave in the system's temporary folder goes to a folder of the suite's,
    // removed with it.
    const systemTmp = process.env.TMPDIR;
    process.env.TMPDIR = mkdtempSync(join(dirname(dir), "tmp-"));
    const { value: run, record } = await withFault({ under: dir, kind, at }, () =>
      runBaocao(scenario.args(dir)),
    ).finally(() => {
      if (systemTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = systemTmp;
    });
    const after = snapshot(dir);
    const faulted = record.faulted;
    expect(faulted, label).not.toBeNull();
    const target = relative(dir, join(faulted!, "..", finalName(faulted!)));
    const where = `${label}: ${target}\n${run.stderr}`;

    if (kind !== "crash") {
      // (After a crash nothing is printed: the process is gone.)
      expect(run.stderr, where).not.toMatch(/Lỗi nội bộ|Internal error|\n\s+at /);
      expectRefusal(run, where, finalName(faulted!));
      expect(run.stderr, where).toContain(REASONS[kind]);
      // No temporary file is left behind.
      expect([...after.keys()].filter(isTemporary), where).toEqual([]);
    }
    // The file the fault hit is as it was (absent, or the old one), never half-written …
    expect(after.get(target), where).toBe(before.get(target));
    // … and every file that was there before (inputs, the ledger, earlier outputs) is unchanged.
    for (const [path, hash] of before) expect(after.get(path), `${where}\n${path}`).toBe(hash);

    if (kind === "crash" && !scenario.args(dir).includes("init")) {
      // A crash leaves a temporary file at most; the next run does not mind it. (The crashed "process" is
      // this one, still alive: its store lock is cleared here, as the next run would clear a dead one's.)
      rmSync(join(dir, "store", ".lock"), { force: true });
      const again = await runBaocao([...scenario.args(dir), ...(scenario.again ?? [])]);
      expect(again.status, `${where}\nagain:\n${again.stderr}`).toBe(scenario.status);
    }
  }
});

function expectRefusal(run: CliRun, where: string, file: string): void {
  expect(run.status, where).toBe(2);
  expect(run.stderr, where).toContain(file);
}
