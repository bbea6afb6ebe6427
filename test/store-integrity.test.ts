// The store's integrity (issue #12 items 1, 6): an archived submission is read only when it is the very
// file the ledger recorded, a damaged one is named with what to do, and `doctor --store` reports damage
// without changing anything.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBaocao } from "./helpers/run-cli.js";
import { SAMPLE_DIR } from "./helpers/sample.js";
import { tempDir } from "./helpers/temp-dir.js";

interface Line {
  unit: string;
  file: string;
  archive: string;
}

/** The sample workspace with CAT and STTTT ingested for 2023-H1. */
async function ingested(): Promise<{ ws: string; cat: Line; stttt: Line }> {
  const ws = join(tempDir(), "ws");
  cpSync(SAMPLE_DIR, ws, { recursive: true });
  const files = ["2023-H1-CAT.xlsx", "2023-H1-STTTT.xlsx"].map((name) => join(ws, "inbox", name));
  const run = await runBaocao(["-w", ws, "ingest", ...files, "--period", "2023-H1"]);
  expect(run.status, run.stderr).toBe(0);
  const lines = readFileSync(join(ws, "store", "ledger.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((text) => JSON.parse(text) as Line);
  return { ws, cat: lines.find((l) => l.unit === "CAT")!, stttt: lines.find((l) => l.unit === "STTTT")! };
}

/** Every file under `dir` with its size and modification time: to tell that nothing was written. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const stats = statSync(path);
      return `${path} ${stats.size} ${stats.mtimeMs}`;
    })
    .sort();
}

describe("archived submissions are checked against the ledger", () => {
  const damages: [string, (ws: string, cat: Line, stttt: Line) => void, RegExp][] = [
    [
      "truncated",
      (ws, cat) => truncateSync(join(ws, "store", cat.archive), 1000),
      /Bản lưu store\/\S+ của CAT \(tệp nhận: \S+2023-H1-CAT\.xlsx\) đã bị hỏng hoặc bị thay đổi \(1000 byte/,
    ],
    [
      "replaced by another unit's archive",
      (ws, cat, stttt) => cpSync(join(ws, "store", stttt.archive), join(ws, "store", cat.archive)),
      /Bản lưu store\/\S+ của CAT .* đã bị hỏng hoặc bị thay đổi/,
    ],
    [
      "deleted",
      (ws, cat) => rmSync(join(ws, "store", cat.archive)),
      /Không tìm thấy bản lưu store\/\S+ của CAT \(tệp nhận: \S+2023-H1-CAT\.xlsx\)/,
    ],
  ];

  for (const [name, damage, message] of damages) {
    it(`an archive ${name}: aggregate and report stop with exit 2, name it and say what to do, write nothing`, async () => {
      const { ws, cat, stttt } = await ingested();
      damage(ws, cat, stttt);
      const before = snapshot(ws);
      for (const args of [
        ["aggregate", "--period", "2023-H1"],
        ["report", "--period", "2023-H1", "--draft"],
      ]) {
        const run = await runBaocao(["-w", ws, ...args]);
        expect(run.status, run.stderr).toBe(2);
        expect(run.stderr).toMatch(message);
        expect(run.stderr).toContain(`baocao ingest "${cat.file}" --period 2023-H1`);
        expect(run.stderr).not.toMatch(/\n\s+at |Lỗi nội bộ/);
      }
      expect(existsSync(join(ws, "out"))).toBe(false);
      expect(snapshot(ws)).toEqual(before);
    });
  }

  it("in English too", async () => {
    const { ws, cat } = await ingested();
    writeFileSync(join(ws, "store", cat.archive), "not the file");
    const run = await runBaocao(["-w", ws, "--lang", "en", "aggregate", "--period", "2023-H1"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /The archived copy store\/\S+ of CAT .* is damaged or was changed \(12 bytes instead of/,
    );
    expect(run.stderr).toContain("Ingest the unit's file again");
  });

  it("ingesting the unit's file again restores a damaged archive, and the aggregate works again", async () => {
    const { ws, cat } = await ingested();
    truncateSync(join(ws, "store", cat.archive), 10);
    // The ledger names the file from the workspace.
    expect(cat.file).toBe("inbox/2023-H1-CAT.xlsx");
    const again = await runBaocao(["ingest", cat.file, "--period", "2023-H1"], { cwd: ws });
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(join(ws, "store", cat.archive)).equals(readFileSync(join(ws, cat.file)))).toBe(true);
    expect(
      readFileSync(join(ws, "store", "ledger.jsonl"), "utf8")
        .trim()
        .split("\n"),
    ).toHaveLength(2);
    expect((await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1"])).status).toBe(0);
  });
});

describe("a store that cannot be read or written is named, with what to do (exit 2, no stack)", () => {
  function workspace(): string {
    const ws = join(tempDir(), "ws");
    cpSync(SAMPLE_DIR, ws, { recursive: true });
    return ws;
  }
  const ingest = (ws: string) =>
    runBaocao(["-w", ws, "ingest", join(ws, "inbox", "2023-H1-CAT.xlsx"), "--period", "2023-H1"]);

  it("store/.lock is a folder", async () => {
    const ws = workspace();
    mkdirSync(join(ws, "store", ".lock"), { recursive: true });
    const run = await ingest(ws);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${join(ws, "store", ".lock")} phải là tệp khóa của baocao nhưng lại là một thư mục`);
    expect(run.stderr).not.toMatch(/\n\s+at |Lỗi nội bộ/);
    expect(existsSync(join(ws, "store", "ledger.jsonl"))).toBe(false);
  });

  it("store is a file", async () => {
    const ws = workspace();
    rmSync(join(ws, "store"), { recursive: true, force: true });
    writeFileSync(join(ws, "store"), "");
    const run = await ingest(ws);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Không ghi được vào kho lưu trữ (${join(ws, "store")})`);
    expect(run.stderr).not.toMatch(/\n\s+at |Lỗi nội bộ/);
  });

  it("store/ledger.jsonl is a folder", async () => {
    const ws = workspace();
    mkdirSync(join(ws, "store", "ledger.jsonl"), { recursive: true });
    for (const args of [["ingest", join(ws, "inbox", "2023-H1-CAT.xlsx")], ["status"], ["aggregate"]]) {
      const run = await runBaocao(["-w", ws, "--lang", "en", ...args, "--period", "2023-H1"]);
      expect(run.status, args[0]).toBe(2);
      expect(run.stderr).toContain(`Cannot read ${join(ws, "store", "ledger.jsonl")} in the store: it is a folder`);
      expect(run.stderr).not.toMatch(/\n\s+at |Internal error/);
    }
  });
});

describe("doctor --store", () => {
  it("says the store is intact (exit 0), and lists each damaged archive without changing anything (exit 1)", async () => {
    const { ws, cat, stttt } = await ingested();
    const intact = await runBaocao(["-w", ws, "doctor", "--store"]);
    expect(intact.status, intact.stderr).toBe(0);
    expect(intact.stdout).toContain("2 bản, 0 bị hỏng");
    expect(intact.stdout).toContain("Kho lưu trữ nguyên vẹn");

    truncateSync(join(ws, "store", cat.archive), 100);
    rmSync(join(ws, "store", stttt.archive));
    const before = snapshot(ws);
    const damaged = await runBaocao(["-w", ws, "doctor", "--store"]);
    expect(damaged.status).toBe(1);
    expect(damaged.stdout).toContain("2 bản, 2 bị hỏng");
    expect(damaged.stdout).toMatch(/store\/\S+ của CAT, kỳ 2023-H1 .*, là bản hiện hành: 100 byte thay vì \d+/);
    expect(damaged.stdout).toMatch(/store\/\S+ của STTTT, kỳ 2023-H1 .*: không có tệp/);
    expect(damaged.stdout).toContain(
      `→ nhập lại tệp để khôi phục bản lưu: baocao ingest "${cat.file}" --period 2023-H1`,
    );
    expect(snapshot(ws)).toEqual(before);

    const json = await runBaocao(["-w", ws, "doctor", "--store", "--json"]);
    expect(json.status).toBe(1);
    const store = (JSON.parse(json.stdout) as { store: Record<string, unknown> }).store;
    expect(store).toMatchObject({
      ok: false,
      ledger: { entries: 2, tornLine: null },
      archives: {
        checked: 2,
        damaged: [
          { unit: "CAT", period: "2023-H1", file: cat.file, archive: cat.archive, current: true, problem: "size" },
          { unit: "STTTT", archive: stttt.archive, problem: "missing" },
        ],
      },
      lock: null,
      problems: [],
    });
  });

  it("reports a damaged ledger line and a .lock folder as problems (exit 1); plain doctor has no store key", async () => {
    const { ws } = await ingested();
    writeFileSync(join(ws, "store", "ledger.jsonl"), "{not json\n", { flag: "a" });
    mkdirSync(join(ws, "store", ".lock"));
    const run = await runBaocao(["-w", ws, "--lang", "en", "doctor", "--store"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Ledger \S+ledger\.jsonl is damaged at line 3/);
    expect(run.stdout).toContain("should be baocao's lock file but is a folder");
    // The lock's row says so too, not ✔ above its problem.
    expect(run.stdout).toMatch(/[!✘] Lock \(store\/\.lock\)/);
    const plain = await runBaocao(["-w", ws, "doctor", "--json"]);
    expect(plain.status).toBe(0);
    expect(JSON.parse(plain.stdout)).not.toHaveProperty("store");
  });
});

describe("a list value renamed in baocao.yaml after ingest", () => {
  it("is warned about with the list, the value and the count of incidents, not moved silently", async () => {
    const { ws } = await ingested();
    type Json = {
      incidents: { byBehavior: Record<string, { total: { count: number } }> };
      warnings: Record<string, unknown>[];
    };
    const first = JSON.parse(
      (await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1", "--json"])).stdout,
    ) as Json;
    const count = first.incidents.byBehavior["Lừa đảo qua mạng"]!.total.count;
    expect(count).toBeGreaterThan(0);
    expect(first.warnings.filter((w) => w.code === "list/value-not-in-config")).toEqual([]);

    const lists = join(ws, "chi-tieu.yaml");
    writeFileSync(lists, readFileSync(lists, "utf8").replace("- Lừa đảo qua mạng", "- Lừa đảo trực tuyến"));
    const run = await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1", "--json"]);
    expect(run.status, run.stderr).toBe(0);
    const renamed = JSON.parse(run.stdout) as Json;
    expect(renamed.warnings.filter((w) => w.code === "list/value-not-in-config")).toEqual([
      {
        code: "list/value-not-in-config",
        indicator: null,
        units: expect.arrayContaining(["CAT"]) as unknown,
        list: "Hành vi",
        value: "Lừa đảo qua mạng",
        count,
      },
    ]);
    expect(renamed.incidents.byBehavior["(không ghi)"]!.total.count).toBeGreaterThanOrEqual(count);

    const human = await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1"]);
    expect(human.stdout).toContain(
      `Cảnh báo: ${count} vụ việc có Hành vi "Lừa đảo qua mạng" không còn trong danh sách của baocao.yaml`,
    );
    // The report reads the aggregate.json just written back through its schema, warning included.
    const report = await runBaocao(["-w", ws, "report", "--period", "2023-H1", "--draft"]);
    expect(report.status, report.stderr).toBe(0);
    expect(report.stderr).not.toContain("tính lại số liệu tổng hợp");
    // … and says, as aggregate does, where those incidents went.
    expect(report.stderr).toContain(`${count} vụ việc có Hành vi "Lừa đảo qua mạng" không còn trong danh sách`);
  });
});

describe("the values recorded at ingest", () => {
  it("sit beside each archive, and aggregate made from them equals aggregate made by reading the forms again", async () => {
    const { ws, cat, stttt } = await ingested();
    for (const line of [cat, stttt]) {
      const record = join(ws, "store", line.archive.replace(/\.xlsx$/, ".values.json"));
      // The compact form (format 2, intake/values-text.ts): [the submission without incidents, texts, rows].
      const parsed = JSON.parse(readFileSync(record, "utf8")) as { period: string; submission: [{ unit: string }] };
      expect(parsed).toMatchObject({ format: 2, period: "2023-H1" });
      expect(parsed.submission[0].unit).toBe(line.unit);
    }
    const fromRecords = await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1", "--json"]);
    expect(fromRecords.status, fromRecords.stderr).toBe(0);
    const json = readFileSync(join(ws, "out", "2023-H1", "aggregate.json"));
    const counted = await runBaocao(["-w", ws, "--lang", "en", "doctor", "--store"]);
    expect(counted.stdout).toMatch(/Values recorded at ingest +2 recorded/);

    // An old store (no records) and a damaged record: the forms are read again, with the same result.
    rmSync(join(ws, "store", cat.archive.replace(/\.xlsx$/, ".values.json")));
    writeFileSync(join(ws, "store", stttt.archive.replace(/\.xlsx$/, ".values.json")), "{damaged");
    const fromForms = await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1", "--json"]);
    expect(fromForms.status, fromForms.stderr).toBe(0);
    expect(fromForms.stdout).toBe(fromRecords.stdout);
    // doctor --store counts the records and names a damaged one, which does not make the store damaged.
    const doctor = await runBaocao(["-w", ws, "doctor", "--store", "--json"]);
    expect(doctor.status, doctor.stderr).toBe(0);
    expect((JSON.parse(doctor.stdout) as { store: { values: unknown } }).store.values).toEqual({
      recorded: 0,
      damaged: [stttt.archive.replace(/\.xlsx$/, ".values.json")],
    });
    expect(readFileSync(join(ws, "out", "2023-H1", "aggregate.json")).equals(json)).toBe(true);
  });

  it("are what aggregate reads when they match the archive, the period and the configuration", async () => {
    const { ws, cat } = await ingested();
    const record = join(ws, "store", cat.archive.replace(/\.xlsx$/, ".values.json"));
    const parsed = JSON.parse(readFileSync(record, "utf8")) as {
      submission: [{ unit: string }, string[], unknown[][]];
    };
    // Marked in place (the same opening, the compact JSON written again the same way): seen in the aggregate
    // only if the record is read, not the form. The description is an incident row's 7th value.
    expect(parsed.submission[0].unit).toBe("CAT");
    parsed.submission[2][0]![6] = "ĐÁNH DẤU";
    writeFileSync(record, `${JSON.stringify(parsed)}\n`);
    const run = await runBaocao(["-w", ws, "aggregate", "--period", "2023-H1", "--json"]);
    expect(run.status, run.stderr).toBe(0);
    const list = (JSON.parse(run.stdout) as { incidents: { list: { description: string | null }[] } }).incidents.list;
    expect(list.filter((incident) => incident.description === "ĐÁNH DẤU")).toHaveLength(1);
  });

  it("are not trusted over a damaged archive: the hash check still stops aggregate", async () => {
    const { ws, cat } = await ingested();
    truncateSync(join(ws, "store", cat.archive), 100);
    const run = await runBaocao(["-w", ws, "--lang", "en", "aggregate", "--period", "2023-H1"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(cat.archive.split("/").pop());
  });
});
