// In process, from the sample workspace: ingest last year's and this year's submissions, then status,
// aggregate, report and directive; and a saved aggregate.json that is truncated, of another shape or
// stale is never used (the report comes out as from a fresh aggregate).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { H1_2022, H1_2023, TODAY, sampleWorkspace } from "../../test/helpers/sample-workspace.js";
import { docxParts, paragraphsOf } from "../../test/helpers/docx-inspect.js";
import { suiteTempDir } from "../../test/helpers/temp-dir.js";
import { aggregateJson, parseAggregateFile } from "../aggregate/index.js";
import type { Numbering } from "../documents/compose/index.js";
import type { Workspace } from "../workspace/read.js";
import { aggregateToFiles, computeAggregate } from "./aggregate.js";
import { directive } from "./directive.js";
import { everyFileTaken, ingest } from "./ingest.js";
import { report } from "./report.js";
import type { AggregateNotice } from "./saved-aggregate.js";
import { currentAggregate } from "./saved-aggregate.js";
import { status } from "./status.js";

const numbering =
  (number: string): (() => Promise<Numbering>) =>
  () =>
    Promise.resolve({ number, date: { year: 2023, month: 7, day: 3 } });

describe("the store and document use cases, in process", () => {
  const suite = suiteTempDir();
  let workspace: Workspace;
  let json: string;

  beforeAll(async () => {
    workspace = sampleWorkspace(suite());
    const cwd = workspace.dir;
    const previous = await ingest(workspace, H1_2022, {
      cwd,
      inputs: ["previous-2022-h1"],
      strict: false,
      now: new Date("2022-06-16T05:00:00Z"),
      today: TODAY,
    });
    expect(everyFileTaken(previous)).toBe(true);
    const current = await ingest(workspace, H1_2023, {
      cwd,
      inputs: ["inbox"],
      strict: false,
      now: new Date("2023-06-16T05:00:00Z"),
      today: TODAY,
    });
    expect(current.files.filter((file) => file.outcome === "archived")).toHaveLength(19);
    expect(everyFileTaken(current)).toBe(false);
    const written = await aggregateToFiles(workspace, H1_2023, { cwd, today: TODAY });
    json = join(workspace.dir, written.files.json);
  });

  it("status: who submitted, who was rejected, against the deadline of the period context", () => {
    const result = status(workspace, H1_2023);
    expect(result.label).toBe("6 tháng đầu năm 2023");
    expect(result.deadline).toBe("2023-06-19");
    expect(result.totals).toMatchObject({ expected: 22, rejected: 3 });
    expect(result.rows.filter((row) => row.status === "rejected").map((row) => row.unit)).toEqual([
      "SGDDT",
      "UBND-ANTHI",
      "UBND-TIENLU",
    ]);
  });

  it("aggregate: writes aggregate.json with its basis, readable through the schema", async () => {
    const parsed = parseAggregateFile(readFileSync(json, "utf8"));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.units.submitted).toHaveLength(19);
    expect(parsed.value.basis.config).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The same basis and figures when made again from the same store and configuration.
    expect(aggregateJson(await computeAggregate(workspace, H1_2023, TODAY))).toBe(readFileSync(json, "utf8"));
  });

  it("report: uses a current aggregate.json, and makes the same document from a fresh one when it is damaged", async () => {
    const notices: AggregateNotice[] = [];
    const options = {
      cwd: workspace.dir,
      force: true,
      pdf: false,
      today: TODAY,
      numbering: numbering("841"),
      onNotice: (notice: AggregateNotice) => notices.push(notice),
    };
    const saved = await report(workspace, H1_2023, { ...options, out: "a.docx" });
    expect(notices).toEqual([]);
    expect(saved.meta.number).toEqual({ value: "841", symbol: "BC-STTTT" });
    const good = readFileSync(json, "utf8");
    try {
      writeFileSync(json, good.slice(0, good.length / 2)); // truncated, as by a crash
      await report(workspace, H1_2023, { ...options, out: "b.docx" });
      expect(notices).toEqual([{ file: join("out", "2023-H1", "aggregate.json"), reason: "damaged" }]);
      expect(readFileSync(join(workspace.dir, "b.docx")).equals(readFileSync(join(workspace.dir, "a.docx")))).toBe(
        true,
      );
    } finally {
      writeFileSync(json, good);
    }
  });

  it("a saved aggregate of another shape, of another ledger or another configuration is not used", async () => {
    const good = readFileSync(json, "utf8");
    const reasons: string[] = [];
    const onNotice = (notice: AggregateNotice) => reasons.push(notice.reason);
    try {
      const { basis: _basis, ...older } = JSON.parse(good) as Record<string, unknown>;
      writeFileSync(json, JSON.stringify(older)); // as written before aggregate.json had a basis
      await currentAggregate(workspace, H1_2023, TODAY, onNotice);
      writeFileSync(json, JSON.stringify({ ...JSON.parse(good), indicators: "x" }));
      await currentAggregate(workspace, H1_2023, TODAY, onNotice);
      writeFileSync(json, good.replace(/"ledger": "sha256:[0-9a-f]{64}"/, `"ledger": "sha256:${"0".repeat(64)}"`));
      await currentAggregate(workspace, H1_2023, TODAY, onNotice);
      writeFileSync(json, good);
      // chi-tieu.yaml renamed an indicator after the aggregate was made: the report must use the new name.
      const renamed = {
        ...workspace,
        config: {
          ...workspace.config,
          indicators: workspace.config.indicators.map((i) =>
            i.code === "TH03" ? { ...i, name: "Tên mới của TH03" } : i,
          ),
        },
      };
      const fresh = await currentAggregate(renamed, H1_2023, TODAY, onNotice);
      expect(fresh.indicators.find((i) => i.code === "TH03")?.name).toBe("Tên mới của TH03");
      expect(reasons).toEqual(["shape", "shape", "ledger", "config"]);
      // The unchanged workspace still uses the file as it is.
      expect(
        (await currentAggregate(workspace, H1_2023, TODAY, onNotice)).indicators.find((i) => i.code === "TH03")?.name,
      ).not.toBe("Tên mới của TH03");
      expect(reasons).toHaveLength(4);
    } finally {
      writeFileSync(json, good);
    }
  });

  it("directive: cites the report by the number form bao-cao.hbs declares", async () => {
    const written = await directive(workspace, H1_2023, {
      cwd: workspace.dir,
      out: "cv.docx",
      force: true,
      pdf: false,
      cited: numbering("841"),
      numbering: numbering("1234"),
    });
    expect(written.meta.number.value).toBe("1234");
    expect(written.docx).toBe("cv.docx");
    const texts = paragraphsOf(docxParts(readFileSync(join(workspace.dir, "cv.docx"))).get("word/document.xml")!).map(
      (p) => p.text,
    );
    expect(texts).toContain("1. Các sở, ban, ngành; UBND huyện, thị xã, thành phố");
  });

  it("directive: addresses the local governments by their configured group (after 2025: xã, phường)", async () => {
    const units = workspace.config.units.map((unit) =>
      unit.kind === "district" ? { ...unit, group: "UBND các xã, phường" } : unit,
    );
    const reorganised = { ...workspace, config: { ...workspace.config, units } };
    await directive(reorganised, H1_2023, {
      cwd: workspace.dir,
      out: "cv-2025.docx",
      force: true,
      pdf: false,
      cited: numbering("841"),
      numbering: numbering("1235"),
    });
    const texts = paragraphsOf(
      docxParts(readFileSync(join(workspace.dir, "cv-2025.docx"))).get("word/document.xml")!,
    ).map((p) => p.text);
    expect(texts).toContain("1. Các sở, ban, ngành; UBND các xã, phường");
  });

  it("an existing document is refused before the number and date are asked (no answer asked for nothing)", async () => {
    writeFileSync(join(workspace.dir, "kept.docx"), "edited in Word");
    let asked = 0;
    const counted = () => {
      asked += 1;
      return numbering("841")();
    };
    const options = { cwd: workspace.dir, out: "kept.docx", force: false, pdf: false };
    await expect(report(workspace, H1_2023, { ...options, today: TODAY, numbering: counted })).rejects.toMatchObject({
      code: "document/exists",
    });
    await expect(
      directive(workspace, H1_2023, { ...options, cited: counted, numbering: counted }),
    ).rejects.toMatchObject({ code: "document/exists" });
    expect(asked).toBe(0);
    expect(readFileSync(join(workspace.dir, "kept.docx"), "utf8")).toBe("edited in Word");
  });
});
