import { describe, expect, it } from "vitest";
import { convertLegacyText } from "./convert.js";

describe("convertLegacyText", () => {
  it("uses the font when it names a legacy font", () => {
    expect(convertLegacyText("Hµ Néi", ".VnTime")).toEqual({ text: "Hà Nội", encoding: "tcvn3", capitals: false });
    expect(convertLegacyText("UBND TØNH H¦NG Y£N", ".VnTimeH")).toEqual({
      text: "UBND TỈNH HƯNG YÊN",
      encoding: "tcvn3",
      capitals: true,
    });
    expect(convertLegacyText("Tröôøng", "VNI-Times")).toEqual({ text: "Trường", encoding: "vni", capitals: false });
    // The font decides even where the detector would hold back: "Sè" is also Unicode "sè".
    expect(convertLegacyText("Sè 12", ".VnArial")).toEqual({ text: "Số 12", encoding: "tcvn3", capitals: false });
  });

  it("detects the encoding when there is no legacy font", () => {
    expect(convertLegacyText("NguyÔn V¨n An")).toEqual({ text: "Nguyễn Văn An", encoding: "tcvn3", capitals: false });
    expect(convertLegacyText("H\u00adng Yªn", "Times New Roman")).toEqual({
      text: "Hưng Yên",
      encoding: "tcvn3",
      capitals: false,
    });
    expect(convertLegacyText("Höng Yeân", "Arial")).toEqual({ text: "Hưng Yên", encoding: "vni", capitals: false });
    expect(convertLegacyText("UBND TØNH H¦NG Y£N")).toEqual({
      text: "UBND TỈNH HƯNG YÊN",
      encoding: "tcvn3",
      capitals: true,
    });
  });

  it("converts whole sentences", () => {
    expect(
      convertLegacyText("Së Th«ng tin vµ TruyÒn th«ng tØnh H\u00adng Yªn: b¸o c¸o 6 th¸ng ®Çu n¨m 2023.").text,
    ).toBe("Sở Thông tin và Truyền thông tỉnh Hưng Yên: báo cáo 6 tháng đầu năm 2023.");
    expect(
      convertLegacyText("Sôû Thoâng tin vaø Truyeàn thoâng tænh Höng Yeân: baùo caùo 6 thaùng ñaàu naêm 2023.").text,
    ).toBe("Sở Thông tin và Truyền thông tỉnh Hưng Yên: báo cáo 6 tháng đầu năm 2023.");
  });

  it("leaves Unicode text alone even under a legacy font", () => {
    for (const [text, font] of [
      ["Hưng Yên", ".VnTime"],
      ["Trường", "VNI-Times"],
      ["Hà Nội".normalize("NFD"), ".VnTimeH"],
      ["Tôi là Hà", ".VnTime"],
      ["Tôi là Hà", "VNI-Times"],
    ] as const) {
      expect(convertLegacyText(text, font)).toEqual({ text, encoding: null, capitals: false });
    }
  });

  it("returns the input exactly when nothing legacy is found or nothing changes", () => {
    for (const text of ["Hưng Yên", "Hà Nội".normalize("NFD"), "Müller", "1.234.567", "", "UBND"]) {
      expect(convertLegacyText(text)).toEqual({ text, encoding: null, capitals: false });
    }
    expect(convertLegacyText("UBND", ".VnTime")).toEqual({ text: "UBND", encoding: null, capitals: false });
    expect(convertLegacyText("ubnd", ".VnTimeH")).toEqual({ text: "UBND", encoding: "tcvn3", capitals: true });
  });
});
