// Reading back the workbooks baocao writes, for tests: through exceljs (values, styles) and as XML
// parts (what exceljs does not expose: data validations, auto-filters, cached values).
import ExcelJS from "exceljs";
import type { Workbook, Worksheet } from "exceljs";
import { readZipEntries } from "./zip.js";

export async function load(buffer: Buffer): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** The worksheet named `name`; throws when there is none, so a test fails on the name, not later. */
export function sheet(workbook: Workbook, name: string): Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`No sheet ${name}`);
  return found;
}

/** Every part of the package as text, by path. */
export function unzip(zip: Buffer): Map<string, string> {
  return new Map(readZipEntries(zip).map((entry) => [entry.name, entry.data.toString("utf8")]));
}

/** The XML of the worksheet named `name`, found through workbook.xml and its relationships. */
export function sheetXml(parts: Map<string, string>, name: string): string {
  const workbook = parts.get("xl/workbook.xml") ?? "";
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${name}"`));
  const id = tag === undefined ? undefined : /r:id="([^"]+)"/.exec(tag)?.[1];
  const rels = parts.get("xl/_rels/workbook.xml.rels") ?? "";
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`Id="${id}"`));
  const target = rel === undefined ? undefined : /Target="([^"]+)"/.exec(rel)?.[1];
  const xml = target === undefined ? undefined : parts.get(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  if (xml === undefined) throw new Error(`No worksheet part for ${name}`);
  return xml;
}

/** The parts whose paths match `pattern`, as text, in package order. */
export function partsMatching(zip: Buffer, pattern: RegExp): Map<string, string> {
  return new Map([...unzip(zip)].filter(([name]) => pattern.test(name)));
}
