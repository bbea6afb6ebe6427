import { describe, expect, it } from "vitest";
import { sampleConfig } from "../../test/helpers/sample.js";
import type { UnitSubmissionStatus } from "../store/index.js";
import { fieldValue, filterRecipients, parseWhere, statusesFor } from "./filter.js";
import { unitRecipient } from "./recipient.js";
import { parseRecipientCsv, tableRecipients } from "./recipient-table.js";

const units = sampleConfig.units.map(unitRecipient);
const codes = (list: { code: string | null }[]) => list.map((r) => r.code);
const statuses: Record<string, UnitSubmissionStatus> = {
  CAT: "accepted",
  "UBND-ANTHI": "rejected",
  SGDDT: "rejected",
  VNPT: "missing",
};
const statusOf = (code: string) => statuses[code] ?? "accepted";

describe("filterRecipients", () => {
  it("keeps every unit without a filter", () => {
    expect(filterRecipients(units, {}, statusOf)).toHaveLength(sampleConfig.units.length);
  });

  it("filters by kind, by group (accent- and case-insensitive part) and by code", () => {
    expect(codes(filterRecipients(units, { kind: "enterprise" }, statusOf))).toEqual([
      "VNPT",
      "VIETTEL",
      "MOBIFONE",
      "FPT",
    ]);
    expect(filterRecipients(units, { group: "ubnd huyen" }, statusOf)).toHaveLength(10);
    expect(codes(filterRecipients(units, { codes: ["FPT", "CAT"] }, statusOf))).toEqual(["CAT", "FPT"]);
    expect(codes(filterRecipients(units, { kind: "agency", group: "doanh nghiệp" }, statusOf))).toEqual([]);
  });

  it("--missing takes units without an accepted submission; --rejected only the rejected ones", () => {
    expect(
      codes(filterRecipients(units, { statuses: statusesFor({ missing: true, rejected: false })! }, statusOf)),
    ).toEqual(["SGDDT", "UBND-ANTHI", "VNPT"]);
    expect(
      codes(filterRecipients(units, { statuses: statusesFor({ missing: false, rejected: true })! }, statusOf)),
    ).toEqual(["SGDDT", "UBND-ANTHI"]);
    expect(statusesFor({ missing: false, rejected: false })).toBeUndefined();
  });

  it("--where compares any field by any spelling of its name, ignoring accents and case", () => {
    const table = parseRecipientCsv(
      Buffer.from("ten,Tỉnh,loai\nA,Hưng Yên,xã\nB,Thái Bình,phường\nC,HUNG YEN,phường\n"),
      "x.csv",
    );
    const rows = tableRecipients(table, sampleConfig);
    const names = (list: { name: string | null }[]) => list.map((r) => r.name);
    expect(names(filterRecipients(rows, { where: [parseWhere("tinh=hung yen")] }, statusOf))).toEqual(["A", "C"]);
    expect(
      names(filterRecipients(rows, { where: [parseWhere("Tỉnh=Hưng Yên"), parseWhere("LOAI=Phuong")] }, statusOf)),
    ).toEqual(["C"]);
    expect(
      names(
        filterRecipients(
          units,
          { where: [parseWhere("kind=district"), parseWhere("name=UBND huyen An Thi")] },
          statusOf,
        ),
      ),
    ).toEqual(["UBND huyện Ân Thi"]);
    // Rows without a unit have no status: a status filter leaves them out.
    expect(filterRecipients(rows, { statuses: new Set(["missing"]) }, statusOf)).toEqual([]);
  });

  it("finds a field by its header text or key", () => {
    const [row] = tableRecipients(parseRecipientCsv(Buffer.from("Tên đơn vị\nSở Tư pháp\n"), "x.csv"), sampleConfig);
    expect(fieldValue(row!, "Tên đơn vị")).toBe("Sở Tư pháp");
    expect(fieldValue(row!, "TEN DON VI")).toBe("Sở Tư pháp");
    expect(fieldValue(row!, "ten_don_vi")).toBe("Sở Tư pháp");
    expect(fieldValue(row!, "khac")).toBeUndefined();
  });
});

describe("parseWhere", () => {
  it("splits at the first '='", () => {
    expect(parseWhere("ghi_chu=a=b")).toEqual({ field: "ghi_chu", value: "a=b" });
    expect(parseWhere(" ten = Sở Tư pháp ")).toEqual({ field: "ten", value: "Sở Tư pháp" });
    expect(parseWhere("ten=")).toEqual({ field: "ten", value: "" });
  });

  it("refuses a condition without a field", () => {
    expect(() => parseWhere("=x")).toThrow(expect.objectContaining({ code: "letters/bad-where" }) as Error);
    expect(() => parseWhere("ten")).toThrow(expect.objectContaining({ code: "letters/bad-where" }) as Error);
  });
});
