import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Workbook, Worksheet } from "exceljs";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { tempDir } from "../../../test/helpers/temp-dir.js";
import { xmlError } from "../../../test/helpers/well-formed.js";
import { load, sheet, sheetXml, unzip } from "../../../test/helpers/xlsx.js";
import { readZipEntries } from "../../../test/helpers/zip.js";
import type { Period } from "../../domain/period/index.js";
import type { Unit, UnitKind } from "../../domain/unit.js";
import type { WorkspaceConfig } from "../../domain/workspace-config.js";
import { readWorkspace } from "../../workspace/read.js";
import {
  ASSESSMENT_HEADERS,
  ASSESSMENT_SECTIONS,
  FORM_VERSION,
  INCIDENT_FIRST_ROW,
  INCIDENT_HEADERS,
  INCIDENT_LAST_ROW,
  INDICATOR_HEADERS,
  INFO_LABELS,
  META_KEYS,
  SHEETS,
} from "../../domain/form-contract.js";
import { columnLetter } from "../excel/index.js";
import { buildBlankForm, writeBlankForm } from "./build-blank-form.js";
import { OPTIONAL_MARK } from "./guide.js";
import { convertWithLibreOffice } from "../../../test/helpers/libreoffice.js";

const SAMPLES = new URL("../../../samples/hung-yen-2023-h1/", import.meta.url).pathname;
const { config } = readWorkspace(SAMPLES);
const H1_2023: Period = { kind: "half", year: 2023, half: 1 };

function unit(code: string): Unit {
  const found = config.units.find((candidate) => candidate.code === code);
  if (found === undefined) throw new Error(`No unit ${code} in the sample`);
  return found;
}

/** Values of row `row` from column 1 to the last used cell. */
function rowValues(worksheet: Worksheet, row: number): unknown[] {
  const values: unknown[] = [];
  worksheet.getRow(row).eachCell({ includeEmpty: true }, (cell) => values.push(cell.value));
  return values;
}

/** Values of column `column` from row `from` down to the first empty cell. */
function columnValues(worksheet: Worksheet, column: number, from: number): unknown[] {
  const values: unknown[] = [];
  for (let row = from; ; row += 1) {
    const value = worksheet.getCell(row, column).value;
    if (value === null || value === undefined || value === "") return values;
    values.push(value);
  }
}

function isLocked(worksheet: Worksheet, address: string): boolean {
  // Excel's default for a cell without protection attributes is locked.
  return worksheet.getCell(address).protection?.locked !== false;
}

function expectedCodes(kind: UnitKind): string[] {
  return config.indicators.filter((indicator) => indicator.kinds.includes(kind)).map((indicator) => indicator.code);
}

interface XmlValidation {
  type: string;
  operator: string | undefined;
  sqref: string;
  formula1: string | undefined;
}

function validationsOf(xml: string): XmlValidation[] {
  return [...xml.matchAll(/<dataValidation\b([^>]*)>(.*?)<\/dataValidation>/g)].map((m) => {
    const attributes = m[1] ?? "";
    const attribute = (name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
    const formula = /<formula1>(.*?)<\/formula1>/.exec(m[2] ?? "")?.[1];
    return {
      type: attribute("type") ?? "any",
      operator: attribute("operator"),
      sqref: attribute("sqref") ?? "",
      formula1: formula?.replace(/&apos;/g, "'"),
    };
  });
}

const incidentColumn = (key: keyof typeof INCIDENT_HEADERS): string =>
  columnLetter(Object.keys(INCIDENT_HEADERS).indexOf(key) + 1);
const incidentRange = (key: keyof typeof INCIDENT_HEADERS): string =>
  `${incidentColumn(key)}${INCIDENT_FIRST_ROW}:${incidentColumn(key)}${INCIDENT_LAST_ROW}`;

// -------------------------------------------------------------------------------------------------

describe("writeBlankForm for an enterprise (VNPT, 2023-H1)", () => {
  let workbook: Workbook;
  let zip: Map<string, string>;
  beforeAll(async () => {
    const previousValues = new Map([
      ["TH01", 3],
      ["TH02", 125_000_000],
      ["TT01", 9], // not reported by enterprises: ignored
    ]);
    const buffer = await writeBlankForm({ config, unit: unit("VNPT"), period: H1_2023, previousValues });
    workbook = await load(buffer);
    zip = unzip(buffer);
  });

  it("has the contract's sheets in order, two of them hidden", () => {
    expect(workbook.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      [SHEETS.info, "visible"],
      [SHEETS.indicators, "visible"],
      [SHEETS.incidents, "visible"],
      [SHEETS.assessment, "visible"],
      [SHEETS.guide, "visible"],
      [SHEETS.lists, "hidden"],
      [SHEETS.meta, "veryHidden"],
    ]);
  });

  it("writes fixed document properties", () => {
    expect(workbook.creator).toBe("baocao");
    expect(workbook.lastModifiedBy).toBe("baocao");
    expect(workbook.created.toISOString()).toBe("2023-06-14T00:00:00.000Z");
    expect(workbook.modified.toISOString()).toBe("2023-06-14T00:00:00.000Z");
  });

  it("fills unit and period on `Thông tin`, label/value pairs from row 1", () => {
    const info = sheet(workbook, SHEETS.info);
    expect(columnValues(info, 1, 1)).toEqual(Object.values(INFO_LABELS));
    expect(info.getCell("B1").value).toBe("VNPT");
    expect(info.getCell("B2").value).toBe("VNPT Hưng Yên");
    expect(info.getCell("B3").value).toBe("6 tháng đầu năm 2023");
    for (const row of [4, 5, 6, 7, 8]) expect(info.getCell(row, 2).value).toBeNull();
    const preparedOn = Object.keys(INFO_LABELS).indexOf("preparedOn") + 1;
    expect(info.getCell(preparedOn, 2).numFmt).toBe("dd/mm/yyyy");
    const phone = Object.keys(INFO_LABELS).indexOf("phone") + 1;
    expect(info.getCell(phone, 2).numFmt).toBe("@");
  });

  it("lists exactly the enterprise indicators, in catalogue order", () => {
    const indicators = sheet(workbook, SHEETS.indicators);
    expect(rowValues(indicators, 1)).toEqual(Object.values(INDICATOR_HEADERS));
    const codes = columnValues(indicators, 1, 2);
    expect(codes).toEqual(expectedCodes("enterprise"));
    // DESIGN §5: operators report TH01, TH02, TH04, PH03, TU04.
    expect(codes).toEqual(["TH01", "TH02", "TH04", "PH03", "TU04"]);
    const byCode = new Map(config.indicators.map((indicator) => [indicator.code, indicator]));
    codes.forEach((code, index) => {
      const indicator = byCode.get(String(code));
      const name = String(indicators.getCell(index + 2, 2).value);
      expect(name.startsWith(indicator?.name ?? "?")).toBe(true);
      expect(name.endsWith(OPTIONAL_MARK)).toBe(indicator?.optional === true);
      expect(indicators.getCell(index + 2, 3).value).toBe(indicator?.unit);
    });
    expect(indicators.getCell("B6").value).toBe(`${byCode.get("TU04")?.name} ${OPTIONAL_MARK}`);
  });

  it("formats the number columns and pre-fills last year's values", () => {
    const indicators = sheet(workbook, SHEETS.indicators);
    expect(indicators.getCell("D2").numFmt).toBe("#,##0");
    expect(indicators.getCell("E6").numFmt).toBe("#,##0");
    expect(columnValues(indicators, 5, 2)).toEqual([3, 125_000_000]);
    expect(indicators.getCell("D2").value).toBeNull();
    expect(indicators.getCell("B2").alignment?.wrapText).toBe(true);
  });

  it("freezes the header rows and filters the incident log", () => {
    for (const name of [SHEETS.indicators, SHEETS.incidents, SHEETS.assessment]) {
      expect(sheet(workbook, name).views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
    expect(sheetXml(zip, SHEETS.incidents)).toContain(`<autoFilter ref="A1:K${INCIDENT_LAST_ROW}"/>`);
  });

  it("has the incident and assessment headers", () => {
    const incidents = sheet(workbook, SHEETS.incidents);
    expect(rowValues(incidents, 1)).toEqual(Object.values(INCIDENT_HEADERS));
    expect(incidents.getCell(INCIDENT_FIRST_ROW, 2).numFmt).toBe("dd/mm/yyyy");
    expect(incidents.getCell(`${incidentColumn("damage")}2`).numFmt).toBe("#,##0");
    expect(incidents.getCell(`${incidentColumn("fine")}${INCIDENT_LAST_ROW}`).numFmt).toBe("#,##0");
    expect(incidents.getCell(`${incidentColumn("decision")}2`).numFmt).toBe("@");
    const assessment = sheet(workbook, SHEETS.assessment);
    expect(rowValues(assessment, 1)).toEqual(Object.values(ASSESSMENT_HEADERS));
    expect(columnValues(assessment, 1, 2)).toEqual(Object.values(ASSESSMENT_SECTIONS));
    expect(assessment.getCell("B2").alignment?.wrapText).toBe(true);
  });

  it("protects the visible sheets without a password, allowing formatting and (on the log) rows and filters", () => {
    for (const name of [SHEETS.info, SHEETS.indicators, SHEETS.incidents, SHEETS.assessment, SHEETS.guide]) {
      const protection = (sheet(workbook, name) as Worksheet & { sheetProtection?: Record<string, unknown> })
        .sheetProtection;
      expect(protection, name).toMatchObject({ sheet: true, formatCells: true, formatColumns: true, formatRows: true });
      expect(protection?.hashValue, name).toBeUndefined();
      expect(protection?.algorithmName, name).toBeUndefined();
    }
    const log = (sheet(workbook, SHEETS.incidents) as Worksheet & { sheetProtection?: Record<string, unknown> })
      .sheetProtection;
    expect(log).toMatchObject({ insertRows: true, deleteRows: true, sort: true, autoFilter: true });
  });

  it("locks labels and codes and leaves input cells unlocked", () => {
    const info = sheet(workbook, SHEETS.info);
    expect(["A1", "A8", "B1", "B2", "B3"].filter((a) => !isLocked(info, a))).toEqual([]);
    expect(["B4", "B5", "B6", "B7", "B8"].filter((a) => isLocked(info, a))).toEqual([]);

    const indicators = sheet(workbook, SHEETS.indicators);
    expect(["A1", "D1", "A2", "B2", "C2", "A6", "C6"].filter((a) => !isLocked(indicators, a))).toEqual([]);
    expect(["D2", "E2", "F2", "D6", "E6", "F6"].filter((a) => isLocked(indicators, a))).toEqual([]);

    const incidents = sheet(workbook, SHEETS.incidents);
    expect(isLocked(incidents, "A1")).toBe(true);
    expect(isLocked(incidents, "K1")).toBe(true);
    expect(["A2", "B2", "C2", "F2", "K2", "A501", "K501"].filter((a) => isLocked(incidents, a))).toEqual([]);
    expect(isLocked(incidents, `A${INCIDENT_LAST_ROW + 1}`)).toBe(true);

    const assessment = sheet(workbook, SHEETS.assessment);
    expect(isLocked(assessment, "A2")).toBe(true);
    expect(isLocked(assessment, "B2")).toBe(false);
    expect(isLocked(assessment, "B6")).toBe(false);
  });

  it("writes one validation per column over the bounded incident rows, never per cell or whole column", () => {
    const validations = validationsOf(sheetXml(zip, SHEETS.incidents));
    const listed = validations.filter((v) => v.type === "list").map((v) => v.sqref);
    expect(listed).toEqual(["area", "field", "behavior", "handling"].map((k) => incidentRange(k as "area")));
    expect(validations.find((v) => v.sqref === incidentRange("detectedOn"))?.type).toBe("date");
    for (const key of ["damage", "fine"] as const) {
      expect(validations.filter((v) => v.sqref === incidentRange(key))).toEqual([
        { type: "whole", operator: "greaterThanOrEqual", sqref: incidentRange(key), formula1: "0" },
      ]);
    }
    // 4 lists + date + 2 money + STT: 8 entries, not 500 per column.
    expect(validations).toHaveLength(8);
    expect(validations.every((v) => /^[A-Z]+2:[A-Z]+501$/.test(v.sqref))).toBe(true);
  });

  it("points each drop-down at the hidden sheet, whose ranges hold exactly the code lists", () => {
    const expected: Record<string, readonly string[]> = {
      [incidentRange("area")]: config.areas.map((area) => area.name),
      [incidentRange("field")]: config.codeLists.fields,
      [incidentRange("behavior")]: config.codeLists.behaviors,
      [incidentRange("handling")]: config.codeLists.handling,
    };
    const lists = sheet(workbook, SHEETS.lists);
    const validations = validationsOf(sheetXml(zip, SHEETS.incidents)).filter((v) => v.type === "list");
    expect(validations).toHaveLength(4);
    for (const validation of validations) {
      const match = /^'Danh mục'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(validation.formula1 ?? "");
      expect(match, validation.formula1).not.toBeNull();
      const [, column, first, sameColumn, last] = match ?? [];
      expect(sameColumn).toBe(column);
      const values = [];
      for (let row = Number(first); row <= Number(last); row += 1) values.push(lists.getCell(`${column}${row}`).value);
      expect(values).toEqual(expected[validation.sqref]);
      expect(lists.getCell(`${column}${Number(last) + 1}`).value).toBeNull();
    }
  });

  it("validates the indicator values as whole numbers ≥ 0 with a Vietnamese message", () => {
    const validations = validationsOf(sheetXml(zip, SHEETS.indicators));
    expect(validations.map((v) => [v.type, v.operator, v.sqref, v.formula1])).toEqual([
      ["whole", "greaterThanOrEqual", "D2:D6", "0"],
      ["whole", "greaterThanOrEqual", "E2:E6", "0"],
    ]);
    expect(sheetXml(zip, SHEETS.indicators)).toContain('error="Nhập số nguyên không âm');
  });

  it("records form version, period and unit on the very hidden meta sheet", () => {
    const meta = sheet(workbook, SHEETS.meta);
    const pairs = Object.fromEntries([1, 2, 3].map((row) => [meta.getCell(row, 1).value, meta.getCell(row, 2).value]));
    expect(pairs).toEqual({
      [META_KEYS.formVersion]: FORM_VERSION,
      [META_KEYS.period]: "2023-H1",
      [META_KEYS.unit]: "VNPT",
    });
  });

  it("explains the period, its data window, the deadline and every column on `Hướng dẫn`", () => {
    const guide = sheet(workbook, SHEETS.guide);
    const texts: string[] = [];
    guide.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    const all = texts.join("\n");
    expect(all).toContain("Số liệu tính từ ngày 15/12/2022 đến ngày 14/06/2023.");
    // 3 working days after Wednesday 14/06/2023.
    expect(all).toContain("Gửi chậm nhất ngày 19/06/2023 (3 ngày làm việc sau ngày chốt số liệu).");
    expect(all).toContain("6 tháng đầu năm 2023 (mã 2023-H1)");
    expect(all).toMatch(/phải gõ 0/);
    expect(all).toMatch(/dd\/mm\/yyyy/);
    expect(all).toMatch(/Không đổi tên/);
    const labels = columnValues(guide, 1, 1).concat(texts);
    for (const header of [
      ...Object.values(INFO_LABELS),
      ...Object.values(INDICATOR_HEADERS),
      ...Object.values(INCIDENT_HEADERS),
      ...Object.values(ASSESSMENT_HEADERS),
    ]) {
      expect(labels, header).toContain(header);
    }
    for (const name of [SHEETS.info, SHEETS.indicators, SHEETS.incidents, SHEETS.assessment]) {
      expect(all).toContain(`«${name}»`);
    }
  });
});

describe("writeBlankForm for an agency (CAT, 2023-H1)", () => {
  let buffer: Buffer;
  let workbook: Workbook;
  beforeAll(async () => {
    buffer = await writeBlankForm({ config, unit: unit("CAT"), period: H1_2023 });
    workbook = await load(buffer);
  });

  it("lists exactly the agency indicators and no previous values", () => {
    const indicators = sheet(workbook, SHEETS.indicators);
    const codes = columnValues(indicators, 1, 2);
    expect(codes).toEqual(expectedCodes("agency"));
    expect(codes).toHaveLength(20);
    expect(columnValues(indicators, 5, 2)).toEqual([]);
    expect(validationsOf(sheetXml(unzip(buffer), SHEETS.indicators)).map((v) => v.sqref)).toEqual(["D2:D21", "E2:E21"]);
  });

  it("fills the unit and the meta sheet", () => {
    expect(sheet(workbook, SHEETS.info).getCell("B1").value).toBe("CAT");
    expect(sheet(workbook, SHEETS.info).getCell("B2").value).toBe("Công an tỉnh Hưng Yên");
    expect(sheet(workbook, SHEETS.meta).getCell("B3").value).toBe("CAT");
  });
});

describe("byte-identical output", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("gives the same bytes for the same input, whatever the clock says", async () => {
    const input = { config, unit: unit("VNPT"), period: H1_2023, previousValues: new Map([["TH01", 1]]) };
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2024-01-02T03:04:05Z"));
    const first = await writeBlankForm(input);
    vi.setSystemTime(new Date("2031-11-12T13:14:15Z"));
    const second = await writeBlankForm(input);
    vi.useRealTimers();
    const third = await writeBlankForm(input);
    expect(second.equals(first)).toBe(true);
    expect(third.equals(first)).toBe(true);
    // Every entry is stamped 14/06/2023 00:00 (MS-DOS date and time).
    const dosDate = ((2023 - 1980) << 9) | (6 << 5) | 14;
    expect(readZipEntries(first).every((entry) => entry.date === dosDate && entry.time === 0)).toBe(true);
  });

  it("needs the fixed zip stamps: exceljs alone stamps entries with the clock", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2024-01-02T03:04:05Z"));
    const first = Buffer.from(
      await (await buildBlankForm({ config, unit: unit("VNPT"), period: H1_2023 })).xlsx.writeBuffer(),
    );
    vi.setSystemTime(new Date("2031-11-12T13:14:15Z"));
    const second = Buffer.from(
      await (await buildBlankForm({ config, unit: unit("VNPT"), period: H1_2023 })).xlsx.writeBuffer(),
    );
    expect(second.equals(first)).toBe(false);
    // … and only the stamps differ: the parts themselves are identical.
    const a = new Map(readZipEntries(first).map((entry) => [entry.name, entry.data]));
    const b = new Map(readZipEntries(second).map((entry) => [entry.name, entry.data]));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, data] of a) expect(b.get(name)?.equals(data), name).toBe(true);
  });
});

describe("buildBlankForm edge cases", () => {
  it("leaves out the area drop-down when the workspace has no areas", async () => {
    const noAreas: WorkspaceConfig = { ...config, areas: [] };
    const buffer = await writeBlankForm({ config: noAreas, unit: unit("VNPT"), period: H1_2023 });
    const validations = validationsOf(sheetXml(unzip(buffer), SHEETS.incidents));
    expect(validations.map((v) => v.sqref)).not.toContain(incidentRange("area"));
    expect(validations.filter((v) => v.type === "list")).toHaveLength(3);
  });

  it("uses the calendar rule's window when the workspace asks for it", async () => {
    const calendar: WorkspaceConfig = { ...config, periods: { ...config.periods, rule: "calendar" } };
    const workbook = await load(await writeBlankForm({ config: calendar, unit: unit("CAT"), period: H1_2023 }));
    const texts: string[] = [];
    sheet(workbook, SHEETS.guide).eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain("Số liệu tính từ ngày 01/01/2023 đến ngày 30/06/2023.");
  });

  it("rejects a previous value that is not a number", async () => {
    await expect(
      buildBlankForm({ config, unit: unit("VNPT"), period: H1_2023, previousValues: new Map([["TH01", Number.NaN]]) }),
    ).rejects.toThrow(RangeError);
  });

  it("protects every sheet but the very hidden one before the workbook is returned", async () => {
    const workbook = await buildBlankForm({ config, unit: unit("VNPT"), period: H1_2023 });
    const parts = unzip(Buffer.from(await workbook.xlsx.writeBuffer()));
    for (const name of [
      SHEETS.info,
      SHEETS.indicators,
      SHEETS.incidents,
      SHEETS.assessment,
      SHEETS.guide,
      SHEETS.lists,
    ]) {
      expect(sheetXml(parts, name), name).toMatch(/<sheetProtection\b[^>]*\bsheet="1"/);
    }
  });

  it("builds and writes a form quickly (no password hashing)", async () => {
    await writeBlankForm({ config, unit: unit("CAT"), period: H1_2023 }); // warm up
    const started = performance.now();
    await writeBlankForm({ config, unit: unit("CAT"), period: H1_2023 });
    // Generous bound for slow CI; it takes ~50 ms here. Password hashing alone would take ~600 ms per sheet.
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

// --- LibreOffice round trip ------------------------------------------------------------------------

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

describe("LibreOffice round trip", () => {
  it.skipIf(!hasSoffice)(
    "keeps sheets, headers, values and the meta sheet after soffice re-saves the form",
    async () => {
      const dir = tempDir();
      mkdirSync(join(dir, "in"));
      const source = join(dir, "in", "form.xlsx");
      const outDir = join(dir, "out");
      const form = await writeBlankForm({
        config,
        unit: unit("VNPT"),
        period: H1_2023,
        previousValues: new Map([["TH02", 125_000_000]]),
      });
      writeFileSync(source, form);
      convertWithLibreOffice([source], "xlsx", outDir, dir);
      const workbook = await load(readFileSync(join(outDir, "form.xlsx")));
      const names = workbook.worksheets.map((ws) => ws.name);
      expect(names).toEqual(expect.arrayContaining(Object.values(SHEETS)));
      // LibreOffice has no "very hidden": it may save the meta sheet as plain hidden.
      expect(["hidden", "veryHidden"]).toContain(sheet(workbook, SHEETS.meta).state);
      expect(sheet(workbook, SHEETS.lists).state).toBe("hidden");

      expect(rowValues(sheet(workbook, SHEETS.indicators), 1)).toEqual(Object.values(INDICATOR_HEADERS));
      expect(rowValues(sheet(workbook, SHEETS.incidents), 1)).toEqual(Object.values(INCIDENT_HEADERS));
      expect(columnValues(sheet(workbook, SHEETS.indicators), 1, 2)).toEqual(expectedCodes("enterprise"));
      expect(sheet(workbook, SHEETS.indicators).getCell("E3").value).toBe(125_000_000);
      expect(sheet(workbook, SHEETS.info).getCell("B1").value).toBe("VNPT");
      expect(sheet(workbook, SHEETS.info).getCell("B3").value).toBe("6 tháng đầu năm 2023");
      const meta = sheet(workbook, SHEETS.meta);
      expect([1, 2, 3].map((row) => [meta.getCell(row, 1).value, meta.getCell(row, 2).value])).toEqual([
        [META_KEYS.formVersion, FORM_VERSION],
        [META_KEYS.period, "2023-H1"],
        [META_KEYS.unit, "VNPT"],
      ]);
    },
  );
});

describe("writeBlankForm: text XML cannot hold", () => {
  it("writes well-formed XML for a unit name with U+FFFE or _xFFFE_, and keeps _xFFFE_ literal", async () => {
    const odd: Unit = { ...unit("CAT"), name: "Công an \uFFFF tỉnh _xFFFE_" };
    const buffer = await writeBlankForm({ config, unit: odd, period: H1_2023 });
    for (const [name, xml] of unzip(buffer)) if (name.endsWith(".xml")) expect(xmlError(xml), name).toBeNull();
    const texts: unknown[] = [];
    for (const worksheet of (await load(buffer)).worksheets)
      worksheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.value)));
    expect(
      texts.filter((text) => typeof text === "string" && text.includes("Công an \uFFFD tỉnh _xFFFE_")),
    ).not.toEqual([]);
  });
});
