// Phụ lục III of the report, rendered and read back: the incident list up to report.incidentListLimit,
// beyond it the totals by unit and by behaviour (adding up to aggregate.json's) and the first rows.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { docxParts, paragraphsOf } from "../../../test/helpers/docx-inspect.js";
import { sampleReport } from "../../../test/helpers/document-samples.js";
import { aggregate } from "../../aggregate/aggregate.js";
import type { SubmissionInput } from "../../aggregate/aggregate.js";
import type { Aggregate } from "../../aggregate/types.js";
import { calendarDate } from "../../domain/calendar-date.js";
import { dataWindow } from "../../domain/period/index.js";
import type { Period } from "../../domain/period/index.js";
import { validateBytes } from "../../intake/validate-file.js";
import { readWorkspace } from "../../workspace/read.js";
import type { WorkspaceConfig } from "../../domain/workspace-config.js";
import { workspaceSchema } from "../../workspace/schema.js";
import { renderDocument } from "../layout/render.js";
import { reportAppendices } from "./appendices.js";

const SAMPLES = new URL("../../../samples/hung-yen-2023-h1/", import.meta.url).pathname;
const H1_2023: Period = { kind: "half", year: 2023, half: 1 };

/** The sample inbox's accepted submissions, aggregated (46 incidents from 18 units). */
async function sampleAggregate(): Promise<{ data: Aggregate; config: WorkspaceConfig }> {
  const { config } = readWorkspace(SAMPLES);
  const inbox = join(SAMPLES, "inbox");
  const context = { config, expectedPeriod: H1_2023, today: calendarDate(2023, 7, 10) };
  const current: SubmissionInput[] = [];
  for (const file of readdirSync(inbox).sort()) {
    const { report, submission } = await validateBytes(file, readFileSync(join(inbox, file)), context);
    if (
      report.unit !== null &&
      report.status === "accepted" &&
      submission !== null &&
      !current.some((item) => item.unit === report.unit)
    ) {
      current.push({ unit: report.unit, file, archive: null, submission });
    }
  }
  const data = aggregate({
    config,
    period: H1_2023,
    window: dataWindow(H1_2023, config.periods.rule),
    current,
    previous: [],
    rejected: [],
    late: [],
  });
  return { data, config };
}

interface Table {
  readonly rows: readonly (readonly string[])[];
}

/** Phụ lục III as rendered: its paragraphs outside tables, and its tables as rows of cell texts. */
async function appendixThree(
  data: Aggregate,
  config: WorkspaceConfig,
  limit: number,
): Promise<{ title: string; text: string[]; tables: Table[] }> {
  const limited = { ...config, report: { incidentListLimit: limit } };
  const document = {
    ...sampleReport(),
    appendices: reportAppendices(data, limited, "(Kèm theo Báo cáo số 841/BC-STTTT)"),
  };
  const xml = docxParts(await renderDocument(document)).get("word/document.xml")!;
  const start = xml.indexOf("Phụ lục III");
  expect(start).toBeGreaterThan(0);
  // From the start of the paragraph "Phụ lục III".
  const part = xml.slice(Math.max(xml.lastIndexOf("<w:p>", start), xml.lastIndexOf("<w:p ", start)));
  const tables = [...part.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((table) => ({
    rows: [...(table[1] ?? "").matchAll(/<w:tr(?:\s[^>]*)?>(.*?)<\/w:tr>/gs)].map((row) =>
      [...(row[1] ?? "").matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) =>
        paragraphsOf(c[1] ?? "")
          .map((p) => p.text)
          .join(" "),
      ),
    ),
  }));
  const outside = paragraphsOf(part.replace(/<w:tbl>.*?<\/w:tbl>/gs, ""))
    .map((p) => p.text)
    .filter((t) => t !== "");
  return { title: outside[0] ?? "", text: outside, tables };
}

/** "1.814.358.200" → 1814358200; "" → 0. */
const parse = (text: string | undefined): number =>
  text === undefined || text === "" ? 0 : Number(text.replace(/\./g, ""));

/** Sums of the count, damage and fines columns over the body rows, and the "Tổng cộng" row. */
function sums(table: Table): { rows: number[]; total: number[]; labels: string[] } {
  const body = table.rows.slice(1, -1);
  const total = table.rows.at(-1)!;
  expect(total[1]).toBe("Tổng cộng");
  return {
    rows: [2, 3, 4].map((column) => body.reduce((sum, row) => sum + parse(row[column]), 0)),
    total: [2, 3, 4].map((column) => parse(total[column])),
    labels: body.map((row) => row[1] ?? ""),
  };
}

describe("Phụ lục III (incidents)", () => {
  let sample: { data: Aggregate; config: WorkspaceConfig };
  beforeAll(async () => {
    sample = await sampleAggregate();
  });

  it("defaults to listing up to 200 incidents (report.incidentListLimit)", () => {
    const { config } = sample;
    expect(workspaceSchema.parse({ ...config, report: undefined }).report.incidentListLimit).toBe(200);
    expect(workspaceSchema.parse({ ...config, report: { incidentListLimit: 5 } }).report.incidentListLimit).toBe(5);
    for (const report of [
      { incidentListLimit: -1 },
      { incidentListLimit: 2.5 },
      { incidentListLimit: 2001 },
      { incidentListLimt: 10 },
    ]) {
      expect(workspaceSchema.safeParse({ ...config, report }).success, JSON.stringify(report)).toBe(false);
    }
  });

  it("lists every incident when there are no more than the limit", async () => {
    const { data, config } = sample;
    const count = data.incidents.list.length;
    expect(count).toBeGreaterThan(20);
    const { title, text, tables } = await appendixThree(data, config, count);
    expect(title).toBe("Phụ lục III");
    expect(text).toContain("DANH SÁCH VỤ VIỆC");
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toHaveLength(count + 1);
    expect(tables[0]!.rows.slice(1).map((row) => row[0])).toEqual(
      data.incidents.list.map((_, index) => String(index + 1)),
    );
  });

  it("beyond the limit: exactly the first `limit` incidents, and totals by unit and behaviour that add up to aggregate.json", async () => {
    const { data, config } = sample;
    const { count, damage, fines } = data.incidents;
    const { text, tables } = await appendixThree(data, config, 10);
    expect(text).toContain("TỔNG HỢP VỤ VIỆC");
    const intro = text.find((t) => t.startsWith("Trong 6 tháng đầu năm 2023"))!;
    expect(intro).toContain(`đã báo cáo ${count} vụ việc`);
    expect(intro).toContain(
      `danh sách đầy đủ ${count} vụ việc có tại trang tính (sheet) “Vụ việc” của tệp tong-hop.xlsx`,
    );
    expect(intro).toContain("liệt kê 10 vụ việc đầu tiên");
    expect(text).toEqual(
      expect.arrayContaining([
        "1. Tổng hợp theo đơn vị báo cáo",
        "2. Tổng hợp theo hành vi",
        `3. Danh sách 10 vụ việc đầu tiên (trong tổng số ${count} vụ việc)`,
      ]),
    );
    expect(tables).toHaveLength(3);
    const [byUnit, byBehavior, list] = tables as [Table, Table, Table];

    // The list: the header and exactly ten rows, the first ten of aggregate.json, numbered as in tong-hop.xlsx.
    expect(list.rows).toHaveLength(11);
    expect(list.rows.slice(1).map((row) => row[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(list.rows.slice(1).map((row) => row[5])).toEqual(
      data.incidents.list.slice(0, 10).map((incident) => incident.description ?? ""),
    );

    // By unit: one row per unit with incidents, in catalogue order; the rows add up to the total row,
    // which is aggregate.json's count, damage and fines.
    const units = sums(byUnit);
    expect(units.total).toEqual([count, damage, fines]);
    expect(units.rows).toEqual([count, damage, fines]);
    const names = new Map(config.units.map((unit) => [unit.code, unit.shortName ?? unit.name]));
    expect(units.labels).toEqual(
      data.units.submitted
        .filter((code) => (data.incidents.byUnit[code]?.count ?? 0) > 0)
        .map((code) => names.get(code)),
    );
    for (const row of byUnit.rows.slice(1, -1)) {
      const code = [...names].find(([, name]) => name === row[1])![0];
      expect([parse(row[2]), parse(row[3]), parse(row[4])]).toEqual([
        data.incidents.byUnit[code]!.count,
        data.incidents.byUnit[code]!.damage,
        data.incidents.byUnit[code]!.fines,
      ]);
    }

    // By behaviour: likewise, in code-list order, the behaviours that occurred.
    const behaviors = sums(byBehavior);
    expect(behaviors.total).toEqual([count, damage, fines]);
    expect(behaviors.rows).toEqual([count, damage, fines]);
    expect(behaviors.labels).toEqual(
      Object.entries(data.incidents.byBehavior)
        .filter(([, slot]) => slot.total.count > 0)
        .map(([name]) => name),
    );
  });

  it("is the same from an aggregate holding only the incidents it lists (as report reads aggregate.json)", async () => {
    const { data, config } = sample;
    for (const limit of [0, 10]) {
      const listed = { ...data, incidents: { ...data.incidents, list: data.incidents.list.slice(0, limit) } };
      expect(await appendixThree(listed, config, limit)).toEqual(await appendixThree(data, config, limit));
    }
  });

  it("a limit of 0 gives the totals only", async () => {
    const { data, config } = sample;
    const { text, tables } = await appendixThree(data, config, 0);
    expect(tables).toHaveLength(2);
    expect(text.some((t) => t.startsWith("3. Danh sách"))).toBe(false);
    expect(text.find((t) => t.startsWith("Trong 6 tháng"))).not.toContain("đầu tiên");
  });
});
