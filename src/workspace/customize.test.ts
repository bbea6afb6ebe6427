import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { customizeSources } from "./customize.js";

const main = `# header comment
version: 1
organisation:
  province: Hưng Yên   # tỉnh
  place: Hưng Yên
issuers:
  ubnd:
    name: Ủy ban nhân dân tỉnh Hưng Yên
    header: [ỦY BAN NHÂN DÂN, TỈNH HƯNG YÊN]
    signers:
      - id: pct
        title: PHÓ CHỦ TỊCH
        name: Nguyễn Duy Hưng
`;
const units = "units:\n  - { code: VNPT, name: VNPT Hưng Yên }\n";

describe("customizeSources", () => {
  it("renames the province everywhere, in capitals too, and keeps comments", () => {
    const [a, b] = customizeSources(
      [
        { file: "baocao.yaml", text: main },
        { file: "u.yaml", text: units },
      ],
      { province: "Thái Bình" },
    );
    expect(a!.text).toContain("# header comment");
    expect(a!.text).toContain("# tỉnh");
    const data = parse(a!.text);
    expect(data.organisation).toEqual({ province: "Thái Bình", place: "Thái Bình" });
    expect(data.issuers.ubnd.header).toEqual(["ỦY BAN NHÂN DÂN", "TỈNH THÁI BÌNH"]);
    expect(parse(b!.text).units[0].name).toBe("VNPT Thái Bình");
  });

  it("sets the place, issuer names and signers by id", () => {
    const [a] = customizeSources([{ file: "baocao.yaml", text: main }], {
      place: "Phố Hiến",
      issuers: { ubnd: { name: "UBND tỉnh X", signers: { pct: { name: "Trần Văn B", title: "CHỦ TỊCH" } } } },
    });
    const data = parse(a!.text);
    expect(data.organisation.place).toBe("Phố Hiến");
    expect(data.issuers.ubnd.name).toBe("UBND tỉnh X");
    expect(data.issuers.ubnd.signers[0]).toEqual({ id: "pct", title: "CHỦ TỊCH", name: "Trần Văn B" });
  });

  it("returns the text unchanged when nothing is answered", () => {
    const sources = [{ file: "baocao.yaml", text: main }];
    expect(customizeSources(sources, {})[0]!.text).toBe(main);
  });
});
