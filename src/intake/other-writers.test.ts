// An .xlsx written by a program other than Excel or LibreOffice (a web export, a script): every text an
// inline string (no shared-strings part), formulas shared across cells, and no cached values at all, since
// such programs do not calculate. Crafted here from the filled form of test/fixtures/converted/ by rewriting
// its XML parts. A formula without a cached value must be a finding naming its cell, never a silent 0.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { context } from "../../test/helpers/sample.js";
import { makeZip, readZipEntries } from "../../test/helpers/zip.js";
import { validateBytes } from "./validate-file.js";

const FORM = readFileSync(new URL("../../test/fixtures/converted/2023-H1-CAT.xlsx", import.meta.url));

/**
 * The form with its shared strings inlined into the cells, and the cells of `formulas` ("Chỉ tiêu" sheet,
 * e.g. D4, D5) replaced by one shared formula with no cached value.
 */
function otherWriter(formulas: readonly string[]): Buffer {
  const entries = readZipEntries(FORM);
  const strings = [
    ...entries
      .find((entry) => entry.name === "xl/sharedStrings.xml")!
      .data.toString("utf8")
      .matchAll(/<si>([\s\S]*?)<\/si>/g),
  ].map((match) => match[1]!);
  const workbook = entries.find((entry) => entry.name === "xl/workbook.xml")!.data.toString("utf8");
  const rels = entries.find((entry) => entry.name === "xl/_rels/workbook.xml.rels")!.data.toString("utf8");
  const indicatorsId = /<sheet [^>]*name="Chỉ tiêu"[^>]*r:id="([^"]+)"/.exec(workbook)![1]!;
  const indicatorsPart = `xl/${new RegExp(`Id="${indicatorsId}"[^>]*Target="([^"]+)"`).exec(rels)![1]!}`;
  const out = entries
    .filter((entry) => entry.name !== "xl/sharedStrings.xml")
    .map((entry) => {
      if (!entry.name.startsWith("xl/worksheets/")) return { name: entry.name, data: entry.data };
      let xml = entry.data
        .toString("utf8")
        .replace(
          /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
          (_, before: string, after: string, index: string) =>
            `<c ${before}t="inlineStr"${after}><is>${strings[Number(index)]!}</is></c>`,
        );
      if (entry.name === indicatorsPart) {
        formulas.forEach((cell, i) => {
          const formula =
            i === 0
              ? `<f t="shared" ref="${formulas[0]!}:${formulas.at(-1)!}" si="0">E${cell.slice(1)}-1</f>`
              : `<f t="shared" si="0"/>`;
          xml = xml.replace(new RegExp(`<c r="${cell}"( [^>]*)?>.*?</c>`), `<c r="${cell}"$1>${formula}</c>`);
        });
      }
      return { name: entry.name, data: Buffer.from(xml, "utf8") };
    });
  return makeZip(out);
}

describe("an .xlsx from another program: inline strings, shared formulas, no cached values", () => {
  it("reads the inline strings like shared ones (the form validates as the original does)", async () => {
    const original = await validateBytes("cat.xlsx", FORM, context);
    const crafted = await validateBytes("cat-other.xlsx", otherWriter([]), context);
    expect(crafted.report).toMatchObject({ unit: "CAT", period: "2023-H1", status: original.report.status });
    expect(crafted.report.findings).toEqual(original.report.findings);
    expect(crafted.submission!.indicators).toEqual(original.submission!.indicators);
  });

  it("names each formula cell without a cached value (the shared formula's first cell and the others), never 0", async () => {
    const { report, submission } = await validateBytes("cat-other.xlsx", otherWriter(["D4", "D5"]), context);
    expect(report.status).toBe("rejected");
    const formulas = report.findings.filter((f) => f.code === "value/formula-without-result");
    expect(formulas.map((f) => [f.severity, f.sheet, f.cell, f.column])).toEqual([
      ["error", "Chỉ tiêu", "D4", "Kỳ này"],
      ["error", "Chỉ tiêu", "D5", "Kỳ này"],
    ]);
    // The formula is shown as the file holds it (the second cell's from the shared one).
    expect(formulas.map((f) => f.value)).toEqual(["=E4-1", "=E4-1"]);
    const read = submission!.indicators.filter((i) => i.currentRef.cell === "D4" || i.currentRef.cell === "D5");
    expect(read.map((i) => i.current)).toEqual([null, null]);
  });
});
