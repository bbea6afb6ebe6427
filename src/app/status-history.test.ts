import { describe, expect, it } from "vitest";
import { ledgerEntry } from "../../test/helpers/store.js";
import { sampleConfig } from "../../test/helpers/sample.js";
import { periodCode } from "../domain/period/index.js";
import type { Period } from "../domain/period/index.js";
import { historyOf, historyPeriods } from "./status-history.js";

const half = (year: number, h: 1 | 2): Period => ({ kind: "half", year, half: h });
const codes = (periods: readonly Period[]) => periods.map(periodCode);

describe("historyPeriods", () => {
  const entries = [
    ledgerEntry({ period: "2021-H2" }),
    ledgerEntry({ period: "2023-H1" }),
    ledgerEntry({ period: "2023-Q3" }),
    ledgerEntry({ period: "not a period" }),
  ];

  it("takes the ledger's periods, fills the gaps of each kind and orders them by their start", () => {
    expect(codes(historyPeriods(sampleConfig, entries, {}))).toEqual([
      "2021-H2",
      "2022-H1",
      "2022-H2",
      "2023-H1",
      "2023-Q3",
    ]);
  });

  it("keeps within --from and --to, which are shown even when the ledger has nothing for them", () => {
    expect(codes(historyPeriods(sampleConfig, entries, { from: half(2022, 2), to: half(2024, 1) }))).toEqual([
      "2022-H2",
      "2023-H1",
      "2023-H2", // starts the day 2023-Q3 does: the code decides
      "2023-Q3",
      "2024-H1",
    ]);
    expect(codes(historyPeriods(sampleConfig, entries, { to: half(2022, 1) }))).toEqual(["2021-H2", "2022-H1"]);
  });

  it("refuses --from after --to", () => {
    expect(() => historyPeriods(sampleConfig, entries, { from: half(2023, 1), to: half(2022, 1) })).toThrow(
      /period\/from-after-to/,
    );
  });

  it("gives every expected unit a row, with names and labels for display", () => {
    const result = historyOf(sampleConfig, [ledgerEntry({ unit: "CAT", period: "2023-H1" })], {});
    expect(result.units).toHaveLength(sampleConfig.units.length);
    expect(result.labels).toEqual({ "2023-H1": "6 tháng đầu năm 2023" });
    expect(result.names.CAT).toBe("Công an tỉnh Hưng Yên");
    expect(result.periods[0]).toMatchObject({ code: "2023-H1", deadline: "2023-06-19", received: 1 });
  });
});
