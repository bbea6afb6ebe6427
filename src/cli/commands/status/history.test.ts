import { describe, expect, it } from "vitest";
import { ledgerEntry } from "../../../../test/helpers/store.js";
import type { StatusHistoryResult } from "../../../app/status-history.js";
import { submissionHistory } from "../../../store/index.js";
import { displayWidth } from "../../table.js";
import { Output } from "../../output.js";
import { printStatusHistory, rateText } from "./history.js";

const periods = Array.from({ length: 12 }, (_, index) => ({
  code: `${2015 + Math.floor(index / 2)}-H${(index % 2) + 1}`,
  deadline: `${2015 + Math.floor(index / 2)}-${index % 2 === 0 ? "06" : "12"}-20`,
}));

function result(): StatusHistoryResult {
  const entries = periods.map((period) =>
    ledgerEntry({ unit: "CAT", period: period.code, time: `${period.deadline}T01:00:00.000Z` }),
  );
  return {
    ...submissionHistory(entries, periods, ["CAT", "SCT"]),
    labels: {},
    names: { CAT: "Công an tỉnh Hưng Yên", SCT: "Sở Công Thương tỉnh Hưng Yên và các đơn vị trực thuộc" },
  };
}

function print(columns: number, lang: "vi" | "en" = "vi", json = false): string {
  let text = "";
  const stdout = { write: (chunk: string) => (text += chunk), isTTY: true, columns };
  const settings = { lang, json, quiet: false, color: false, debug: false };
  printStatusHistory(result(), new Output(settings, stdout, { write: () => true }));
  return text;
}

describe("printStatusHistory", () => {
  it("fits a narrow terminal: the newest periods, shortened names, and says how many were left out", () => {
    const text = print(80);
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("Tiến độ nộp báo cáo qua 12 kỳ (2015-H1 – 2020-H2):");
    const table = lines.slice(1, lines.indexOf(""));
    for (const line of table) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(lines[1]).toContain("2020-H2");
    expect(lines[1]).not.toContain("2015-H1");
    expect(text).toMatch(/\d+ kỳ cũ hơn không vừa màn hình \(từ 2015-H1\)/);
    // The unit's rate counts every period, shown or not.
    expect(table.find((line) => line.trimStart().startsWith("CAT"))).toMatch(/12\/12 \(100%\)$/);
    expect(table.find((line) => line.trimStart().startsWith("SCT"))).toMatch(/…/);
  });

  it("shows every period on a wide terminal", () => {
    const text = print(250);
    expect(text.split("\n")[1]).toContain("2015-H1");
    expect(text).not.toContain("không vừa màn hình");
  });

  it("--json leaves out the display names and labels", () => {
    const json = JSON.parse(print(80, "vi", true)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["periods", "units"]);
  });

  it("writes rates as count/total (percent)", () => {
    expect(rateText(2, 3)).toBe("2/3 (67%)");
    expect(rateText(0, 0)).toBe("—");
  });
});
