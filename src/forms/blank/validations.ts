// The data validations of the blank form: whole numbers, dates inside the data window.
import type { DataValidation } from "exceljs";
import type { CalendarDate } from "../../domain/calendar-date.js";
import { formatShortDate } from "../../vn/index.js";
import type { BlankFormInput } from "./build-blank-form.js";
import { formWindow } from "./guide.js";

export function toUtcDate(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

export function wholeNumberValidation(): DataValidation {
  return {
    type: "whole",
    operator: "greaterThanOrEqual",
    formulae: [0],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Số liệu không hợp lệ",
    error: "Nhập số nguyên không âm (0, 1, 2 …), không có phần thập phân, không có chữ. Số liệu bằng không thì gõ 0.",
  };
}

/** A date inside the data window; outside it Excel warns but lets the user keep the date. */
export function dateValidation(input: BlankFormInput, what: string): DataValidation {
  const window = formWindow(input.config, input.period);
  return {
    type: "date",
    operator: "between",
    formulae: [toUtcDate(window.from), toUtcDate(window.to)],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "Kiểm tra ngày",
    error:
      `${what} phải là ngày dạng dd/mm/yyyy, thường nằm trong kỳ báo cáo ` +
      `(từ ${formatShortDate(window.from)} đến ${formatShortDate(window.to)}).`,
  };
}
