import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeTcvn3 } from "./tcvn3.js";

describe("decodeTcvn3", () => {
  it("decodes the reference words", () => {
    expect(decodeTcvn3("Hµ Néi")).toBe("Hà Nội");
    expect(decodeTcvn3("H\u00adng Yªn")).toBe("Hưng Yên");
    expect(decodeTcvn3("NguyÔn V¨n An")).toBe("Nguyễn Văn An");
  });

  it("decodes whole sentences with both cases and punctuation", () => {
    expect(decodeTcvn3("Së Th«ng tin vµ TruyÒn th«ng tØnh H\u00adng Yªn: b¸o c¸o 6 th¸ng ®Çu n¨m 2023.")).toBe(
      "Sở Thông tin và Truyền thông tỉnh Hưng Yên: báo cáo 6 tháng đầu năm 2023.",
    );
    expect(decodeTcvn3("§¬n vÞ (x·, ph\u00adêng) - ¤ng ¡n, ¢u C¥ ¦u; §/c Lª ThÞ Hoa.")).toBe(
      "Đơn vị (xã, phường) - Ông Ăn, Âu CƠ Ưu; Đ/c Lê Thị Hoa.",
    );
  });

  it("upper-cases text typed in a capitals-only font (.VnTimeH)", () => {
    // Ỉ has no capital code: it was typed as lower-case "Ø" (ỉ) in .VnTimeH. ¦ and £ are own capitals.
    expect(decodeTcvn3("UBND TØNH H¦NG Y£N", { capitals: true })).toBe("UBND TỈNH HƯNG YÊN");
    expect(decodeTcvn3("ubnd tØnh h\u00adng yªn", { capitals: true })).toBe("UBND TỈNH HƯNG YÊN");
    expect(decodeTcvn3("Céng hoµ x· héi chñ nghÜa ViÖt Nam", { capitals: true })).toBe(
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    );
    expect(decodeTcvn3("UBND TØNH H¦NG Y£N")).toBe("UBND TỉNH HƯNG YÊN");
  });

  it("leaves characters outside the table alone, including Windows-1252 punctuation", () => {
    expect(decodeTcvn3("“Hµ Néi” … 25°C – €")).toBe("“Hà Nội” … 25°C – €");
    expect(decodeTcvn3("Hà Nội")).toBe("Hà Nội");
  });

  it("returns NFC even for decomposed input", () => {
    const decomposed = "Néi".normalize("NFD");
    expect(decodeTcvn3(decomposed)).toBe("Nội");
    expect(decodeTcvn3(decomposed).normalize("NFC")).toBe(decodeTcvn3(decomposed));
  });

  it("passes ASCII through unchanged (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)) }),
        (text) => {
          expect(decodeTcvn3(text)).toBe(text);
        },
      ),
    );
  });
});
