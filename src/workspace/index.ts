export * from "./schema.js";
export * from "./issues.js";
export { validateWorkspaceConfig } from "./validate.js";
export type { ValidationResult } from "./validate.js";
export { readWorkspace, resolveWorkspaceDir } from "./read.js";
export type { Workspace } from "./read.js";
export { CONFIG_FILE, findWorkspaceDir } from "./find-workspace.js";
export { formatConfigIssue } from "./format-issue.js";
export * from "./config-error.js";
