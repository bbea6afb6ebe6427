export { readXlsx } from "./read-xlsx.js";
export type { ReadXlsxOptions, XlsxSheet, XlsxWorkbook } from "./read-xlsx.js";
export type { XlsxValue } from "./values.js";
