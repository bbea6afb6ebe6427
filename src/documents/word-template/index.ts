// Custom Word templates (.docx with {{placeholders}}), prepared once and filled per recipient.
export { prepareWordTemplate } from "./prepare.js";
export type { FillOptions, PrepareOptions, WordTemplate } from "./prepare.js";
export type { WordData, WordValue } from "./plan.js";
export { MissingFieldsError, WordTemplateError } from "./errors.js";
