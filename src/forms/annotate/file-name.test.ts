import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { annotatedFileName, annotatedFileNames } from "./file-name.js";

describe("annotatedFileName", () => {
  it("adds .kiem-tra before .xlsx", () => {
    expect(annotatedFileName("2023-H1-CAT.xlsx")).toBe("2023-H1-CAT.kiem-tra.xlsx");
    expect(annotatedFileName("2023-H1-CAT.XLSX")).toBe("2023-H1-CAT.kiem-tra.xlsx");
    expect(annotatedFileName("bao_cao.v2.xlsx")).toBe("bao_cao.v2.kiem-tra.xlsx");
  });

  it("keeps only the last part of a path", () => {
    expect(annotatedFileName("../../x.xlsx")).toBe("x.kiem-tra.xlsx");
    expect(annotatedFileName("a/b\\c.xlsx")).toBe("c.kiem-tra.xlsx");
    expect(annotatedFileName("C:\\Users\\van-thu\\Downloads\\2023-H1-CAT.xlsx")).toBe("2023-H1-CAT.kiem-tra.xlsx");
  });

  it("slugifies names with accents, spaces or anything unsafe", () => {
    expect(annotatedFileName("Báo cáo Văn Lâm.xlsx")).toBe("bao-cao-van-lam.kiem-tra.xlsx");
    expect(annotatedFileName("Đội 1 (bản cuối).xlsx")).toBe("doi-1-ban-cuoi.kiem-tra.xlsx");
    expect(annotatedFileName("a..b.xlsx")).toBe("a-b.kiem-tra.xlsx");
    expect(annotatedFileName(".hidden.xlsx")).toBe("hidden.kiem-tra.xlsx");
    expect(annotatedFileName("-rf.xlsx")).toBe("rf.kiem-tra.xlsx");
    expect(annotatedFileName("bad\u0000\u001fname.xlsx")).toBe("bad-name.kiem-tra.xlsx");
  });

  it("never gives an empty stem, a bare '..' or a Windows device name", () => {
    expect(annotatedFileName("..")).toBe("bao-cao.kiem-tra.xlsx");
    expect(annotatedFileName("../")).toBe("bao-cao.kiem-tra.xlsx");
    expect(annotatedFileName(".xlsx")).toBe("bao-cao.kiem-tra.xlsx");
    expect(annotatedFileName("")).toBe("bao-cao.kiem-tra.xlsx");
    expect(annotatedFileName("CON.xlsx")).toBe("bao-cao-CON.kiem-tra.xlsx");
    expect(annotatedFileName("nul.txt.xlsx")).toBe("bao-cao-nul.txt.kiem-tra.xlsx");
  });

  it("does not stack the suffix on an annotated copy", () => {
    expect(annotatedFileName("2023-H1-CAT.kiem-tra.xlsx")).toBe("2023-H1-CAT.kiem-tra.xlsx");
  });

  it("is always a plain ASCII file name ending in .kiem-tra.xlsx", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (name) => {
        const result = annotatedFileName(name);
        expect(result).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]*\.kiem-tra\.xlsx$/);
        expect(result).not.toContain("..");
        expect(result.length).toBeLessThanOrEqual(120);
      }),
    );
  });

  it("gives each file of a run its own name, also ignoring case", () => {
    expect(annotatedFileNames(["a/bao-cao.xlsx", "b/bao-cao.xlsx", "c/BAO-CAO.xlsx", "bao-cao-2.xlsx"])).toEqual([
      "bao-cao.kiem-tra.xlsx",
      "bao-cao-2.kiem-tra.xlsx",
      "BAO-CAO-3.kiem-tra.xlsx",
      "bao-cao-2-2.kiem-tra.xlsx",
    ]);
  });
});
