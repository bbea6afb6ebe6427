export * from "./findings.js";
export * from "./submission.js";
export { validateBytes } from "./validate-file.js";
export type { ValidatedFile, ValidateOptions } from "./validate-file.js";
export type { CheckContext } from "./checks/context.js";
export { collectInputFiles } from "./collect-files.js";
export type { InputFile } from "./collect-files.js";
export { DEFAULT_LIMITS } from "./inspect-file.js";
