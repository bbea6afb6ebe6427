// The paths baocao keeps (the ledger's `file`, which status shows, aggregate.json's sources and the summary
// workbook's "Nguồn" column carry) are relative to the workspace, whichever folder the command ran from: a
// subfolder of the workspace, or another folder with -w. Ledgers written before, whose paths were as given on
// the command line, are still read.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBaocao } from "./helpers/run-cli.js";
import { SAMPLE_DIR } from "./helpers/sample-workspace.js";
import { tempDir } from "./helpers/temp-dir.js";
import { load, sheet } from "./helpers/xlsx.js";

const PERIOD = ["--period", "2023-H1"];

interface LedgerLine {
  unit: string;
  file: string;
}

const ledgerOf = (ws: string): LedgerLine[] =>
  readFileSync(join(ws, "store", "ledger.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as LedgerLine);

describe("paths relative to the workspace, not to the folder the command ran from", () => {
  it("ingest from a subfolder and from another folder with -w; status, aggregate.json and Nguồn say the same", async () => {
    const root = tempDir();
    const ws = join(root, "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    const elsewhere = join(root, "elsewhere", "deeper");
    mkdirSync(elsewhere, { recursive: true });

    // From the inbox (the workspace is found upward) …
    const fromInbox = await runBaocao(["ingest", "2023-H1-CAT.xlsx", ...PERIOD, "--received", "16/06/2023"], {
      cwd: join(ws, "inbox"),
    });
    expect(fromInbox.status, fromInbox.stderr).toBe(0);
    // … the clerk is still shown the file as typed.
    expect(fromInbox.stdout + fromInbox.stderr).toContain("2023-H1-CAT.xlsx");
    // … and from another folder, naming the workspace.
    const fromElsewhere = await runBaocao(
      [
        "-w",
        ws,
        "ingest",
        join("..", "..", "ws", "inbox", "2023-H1-STTTT.xlsx"),
        ...PERIOD,
        "--received",
        "16/06/2023",
      ],
      { cwd: elsewhere },
    );
    expect(fromElsewhere.status, fromElsewhere.stderr).toBe(0);
    expect(ledgerOf(ws).map((line) => [line.unit, line.file])).toEqual([
      ["CAT", "inbox/2023-H1-CAT.xlsx"],
      ["STTTT", "inbox/2023-H1-STTTT.xlsx"],
    ]);

    // status shows them so, from wherever it runs.
    for (const cwd of [elsewhere, join(ws, "out")]) {
      mkdirSync(cwd, { recursive: true });
      const status = await runBaocao(["-w", ws, "status", ...PERIOD, "--json"], { cwd });
      expect(status.status, status.stderr).toBeLessThan(2);
      const units = (JSON.parse(status.stdout) as { rows: { unit: string; file: string | null }[] }).rows;
      expect(units.find((row) => row.unit === "CAT")?.file).toBe("inbox/2023-H1-CAT.xlsx");
      expect(units.find((row) => row.unit === "STTTT")?.file).toBe("inbox/2023-H1-STTTT.xlsx");
      const text = await runBaocao(["-w", ws, "status", ...PERIOD], { cwd });
      expect(text.stdout).toContain("inbox/2023-H1-CAT.xlsx");
    }

    // aggregate, run from elsewhere: the sources and the Vụ việc sheet's Nguồn column.
    const aggregate = await runBaocao(["-w", ws, "aggregate", ...PERIOD], { cwd: elsewhere });
    expect(aggregate.status, aggregate.stderr).toBe(0);
    const json = readFileSync(join(ws, "out", "2023-H1", "aggregate.json"), "utf8");
    const sourceFiles = new Set([...json.matchAll(/"file": "([^"]*)"/g)].map((match) => match[1]));
    expect([...sourceFiles].sort()).toEqual(["inbox/2023-H1-CAT.xlsx", "inbox/2023-H1-STTTT.xlsx"]);
    const workbook = await load(readFileSync(join(ws, "out", "2023-H1", "tong-hop.xlsx")));
    const incidents = sheet(workbook, "Vụ việc");
    const header = (incidents.getRow(1).values as unknown[]).indexOf("Nguồn");
    expect(header).toBeGreaterThan(0);
    const sources: string[] = [];
    incidents.eachRow((row, n) => {
      if (n > 1 && row.getCell(header).value !== null) sources.push(String(row.getCell(header).value));
    });
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(/^inbox\/2023-H1-(CAT|STTTT)\.xlsx!\d+$/);
  });

  it("a file outside the workspace is kept by its absolute path", async () => {
    const root = tempDir();
    const ws = join(root, "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    const received = join(root, "nhan", "2023-H1-CAT.xlsx");
    mkdirSync(join(root, "nhan"));
    cpSync(join(ws, "inbox", "2023-H1-CAT.xlsx"), received);
    const run = await runBaocao(["-w", ws, "ingest", join("nhan", "2023-H1-CAT.xlsx"), ...PERIOD], { cwd: root });
    expect(run.status, run.stderr).toBe(0);
    expect(ledgerOf(ws).map((line) => line.file)).toEqual([received]);
  });

  it("a ledger written before (paths as given on the command line) is still read", async () => {
    const ws = join(tempDir(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    const run = await runBaocao(["-w", ws, "ingest", join(ws, "inbox", "2023-H1-CAT.xlsx"), ...PERIOD]);
    expect(run.status, run.stderr).toBe(0);
    const ledger = join(ws, "store", "ledger.jsonl");
    const old = readFileSync(ledger, "utf8").replace(
      '"file":"inbox/2023-H1-CAT.xlsx"',
      '"file":"../../ws/inbox/2023-H1-CAT.xlsx"',
    );
    expect(old).toContain("../../ws/inbox/");
    writeFileSync(ledger, old);
    const status = await runBaocao(["-w", ws, "status", ...PERIOD]);
    expect(status.status, status.stderr).toBeLessThan(2);
    expect(status.stdout).toContain("../../ws/inbox/2023-H1-CAT.xlsx");
    const aggregate = await runBaocao(["-w", ws, "aggregate", ...PERIOD]);
    expect(aggregate.status, aggregate.stderr).toBe(0);
  });
});
