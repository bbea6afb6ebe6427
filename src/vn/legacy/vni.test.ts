import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeVni } from "./vni.js";

describe("decodeVni", () => {
  it("decodes the reference words", () => {
    expect(decodeVni("Tröôøng")).toBe("Trường");
    expect(decodeVni("Höng Yeân")).toBe("Hưng Yên");
  });

  it("reads ơ and ư with a tone as one letter (vietnamese-conversion gives 'Trươøng')", () => {
    expect(decodeVni("ngöôøi")).toBe("người");
    expect(decodeVni("ÔÛ ñaây")).toBe("Ở đây");
    expect(decodeVni("TRÖÔØNG")).toBe("TRƯỜNG");
    expect(decodeVni("ÖÙng Hoøa")).toBe("Ứng Hòa");
  });

  it("decodes whole sentences with both cases and punctuation", () => {
    expect(decodeVni("Sôû Thoâng tin vaø Truyeàn thoâng tænh Höng Yeân: baùo caùo 6 thaùng ñaàu naêm 2023.")).toBe(
      "Sở Thông tin và Truyền thông tỉnh Hưng Yên: báo cáo 6 tháng đầu năm 2023.",
    );
    expect(decodeVni("UÛY BAN NHAÂN DAÂN TÆNH HÖNG YEÂN - Ñoäc laäp, Töï do, Haïnh phuùc!")).toBe(
      "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN - Độc lập, Tự do, Hạnh phúc!",
    );
    expect(decodeVni("Ñ/c Leâ Thò Hoa (xaõ Ñoàng Tieán), Ó, Ò, Î, æ, ó, ò, î.")).toBe(
      "Đ/c Lê Thị Hoa (xã Đồng Tiến), Ĩ, Ị, Ỵ, ỉ, ĩ, ị, ỵ.",
    );
  });

  it("leaves a mark without a base letter alone", () => {
    expect(decodeVni("ø 5ù xø")).toBe("ø 5ù xø");
  });

  it("passes ASCII through unchanged (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)) }),
        (text) => {
          expect(decodeVni(text)).toBe(text);
        },
      ),
    );
  });
});
