// Blank submission forms (form version 1): build the workbook for one unit and period, or its bytes.
export { buildBlankForm, writeBlankForm, DATE_FORMAT, NUMBER_FORMAT, FORM_CREATOR } from "./build-blank-form.js";
export type { BlankFormInput } from "./build-blank-form.js";
export { guideRows, OPTIONAL_MARK, formDeadline, formWindow } from "./guide.js";
export type { GuideRow } from "./guide.js";
