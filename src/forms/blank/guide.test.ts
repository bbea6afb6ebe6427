import { describe, expect, it } from "vitest";
import type { Period } from "../../domain/period/index.js";
import { readWorkspace } from "../../workspace/read.js";
import type { WorkspaceConfig } from "../../domain/workspace-config.js";
import { formDeadline, guideRows } from "./guide.js";

const SAMPLES = new URL("../../../samples/hung-yen-2023-h1/", import.meta.url).pathname;
const { config } = readWorkspace(SAMPLES);
const unit = config.units[0]!;
const H1_2023: Period = { kind: "half", year: 2023, half: 1 };

function text(config: WorkspaceConfig, period: Period): string {
  return guideRows({ config, unit, period })
    .map((row) => (row.kind === "item" ? `${row.label}: ${row.text}` : row.text))
    .join("\n");
}

describe("guideRows", () => {
  it("gives the window, the deadline under the workspace's holidays and last year's period", () => {
    const all = text(config, H1_2023);
    expect(all).toContain("Thời gian lấy số liệu: Số liệu tính từ ngày 15/12/2022 đến ngày 14/06/2023.");
    expect(all).toContain("Hạn gửi báo cáo: Gửi chậm nhất ngày 19/06/2023 (3 ngày làm việc sau ngày chốt số liệu).");
    expect(all).toContain("Cùng kỳ năm trước: Số liệu cùng kỳ năm trước (6 tháng đầu năm 2022)");
    expect(all).toContain("Kỳ báo cáo: 6 tháng đầu năm 2023 (mã 2023-H1).");
  });

  it("counts holidays: the 2023 Tết days push a January deadline back", () => {
    // Window of January 2023 closes Saturday 14/01; 3 working days: 16, 17, 18/01.
    const january: Period = { kind: "month", year: 2023, month: 1 };
    expect(formDeadline(config, january)).toEqual({ year: 2023, month: 1, day: 18 });
    // Window of the quarter closes Tuesday 14/03; 15, 16, 17/03.
    expect(formDeadline(config, { kind: "quarter", year: 2023, quarter: 1 })).toEqual({
      year: 2023,
      month: 3,
      day: 17,
    });
    // 30/04 (Sunday) window end in calendar rule, then holidays 1–3 May: 4, 5, 8 May.
    const calendar = { ...config, periods: { ...config.periods, rule: "calendar" as const } };
    expect(formDeadline(calendar, { kind: "month", year: 2023, month: 4 })).toEqual({ year: 2023, month: 5, day: 8 });
  });

  it("words calendar-day and same-day deadlines", () => {
    const calendarDays = { ...config, periods: { ...config.periods, deadline: { days: 5, workingDays: false } } };
    expect(text(calendarDays, H1_2023)).toContain("Gửi chậm nhất ngày 19/06/2023 (5 ngày sau ngày chốt số liệu).");
    const sameDay = { ...config, periods: { ...config.periods, deadline: { days: 0, workingDays: true } } };
    expect(text(sameDay, H1_2023)).toContain("Gửi chậm nhất ngày 14/06/2023 (ngày chốt số liệu).");
  });

  it("has a text for every item and starts with the title", () => {
    const rows = guideRows({ config, unit, period: H1_2023 });
    expect(rows[0]).toEqual({ kind: "title", text: "HƯỚNG DẪN ĐIỀN BIỂU MẪU BÁO CÁO" });
    for (const row of rows) {
      if (row.kind === "item") expect(row.text.trim().length, row.label).toBeGreaterThan(5);
    }
  });
});
