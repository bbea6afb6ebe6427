import { describe, expect, it } from "vitest";
import { combinedFileName, letterFileNames, safeCode } from "./file-name.js";

const SAFE = /^[0-9]{2,}(-[A-Za-z0-9_-]+)?-[a-z0-9-]+(-\d+)?\.docx$/;
const named = (...names: (string | null)[]) => names.map((name) => ({ code: null, name }));

describe("letterFileNames", () => {
  it("names a unit's letter <NN>-<code>-<slug>.docx", () => {
    expect(
      letterFileNames([
        { code: "UBND-ANTHI", name: "UBND huyện Ân Thi" },
        { code: "CAT", name: "Công an tỉnh Hưng Yên" },
      ]),
    ).toEqual(["01-UBND-ANTHI-ubnd-huyen-an-thi.docx", "02-CAT-cong-an-tinh-hung-yen.docx"]);
  });

  it("keeps hostile names inside the folder, in plain ASCII", () => {
    const hostile = [
      "../../etc/passwd",
      "CON",
      "a/b\\c",
      "Đ*?<>|",
      "🎉🎉",
      "x".repeat(300),
      "..",
      "nul.txt",
      " ",
      "C:\\Windows\\system32",
      "\u0000evil\n",
    ];
    const names = letterFileNames(named(...hostile));
    for (const name of names) {
      expect(name).toMatch(SAFE);
      expect(name).not.toMatch(/[/\\:*?"<>|\0]|\.\./);
      expect(name.length).toBeLessThanOrEqual(100);
    }
    expect(names).toEqual([
      "01-etc-passwd.docx",
      "02-con.docx",
      "03-a-b-c.docx",
      "04-d.docx",
      "05-thu.docx",
      `06-${"x".repeat(60)}.docx`,
      "07-thu.docx",
      "08-nul-txt.docx",
      "09-thu.docx",
      "10-c-windows-system32.docx",
      "11-evil.docx",
    ]);
  });

  it("never names two letters alike, even with the same name or names differing only in case", () => {
    const names = letterFileNames([
      { code: "A", name: "Sở Tư pháp" },
      { code: "A", name: "SỞ TƯ PHÁP" },
      { code: "a", name: "so tu phap" },
      { code: null, name: "Sở Tư pháp" },
    ]);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(4);
    expect(names[0]).toBe("01-A-so-tu-phap.docx");
  });

  it("pads the position to the batch size so files sort in letter order", () => {
    const names = letterFileNames(Array.from({ length: 120 }, (_, i) => ({ code: null, name: `Đơn vị ${i}` })));
    expect(names[0]).toBe("001-don-vi-0.docx");
    expect(names[119]).toBe("120-don-vi-119.docx");
    expect([...names].sort()).toEqual(names);
  });

  it("uses the code when there is no name", () => {
    expect(letterFileNames([{ code: "VNPT", name: null }])).toEqual(["01-VNPT-vnpt.docx"]);
  });
});

describe("safeCode", () => {
  it("keeps workspace codes and cleans anything else", () => {
    expect(safeCode("UBND-ANTHI")).toBe("UBND-ANTHI");
    expect(safeCode("S_01")).toBe("S_01");
    expect(safeCode("../Mã Đơn/vị")).toBe("Ma-Don-vi");
    expect(safeCode("***")).toBe("");
    expect(safeCode(null)).toBe("");
    expect(safeCode("A".repeat(50))).toHaveLength(30);
  });
});

describe("combinedFileName", () => {
  it("is the template's slug", () => {
    expect(combinedFileName("don-doc")).toBe("don-doc.docx");
    expect(combinedFileName("Mẫu của tôi")).toBe("mau-cua-toi.docx");
  });
});
