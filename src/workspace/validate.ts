// Pure validation of a parsed baocao.yaml: raw data in, {value, issues} out. Never throws for bad data.
// The reader (read.ts) adds the file and line of each issue.
import { checkReferences } from "./check-references.js";
import type { ConfigIssue } from "./issues.js";
import { workspaceSchema } from "./schema.js";
import { toConfigIssues } from "./zod-issues.js";
import type { WorkspaceConfig } from "./schema.js";

// In their own module so that a reader of other YAML (a template's front matter) does not build this schema.
export { detailOf, toConfigIssues } from "./zod-issues.js";

export interface ValidationResult {
  value: WorkspaceConfig | null;
  issues: ConfigIssue[];
}

export function validateWorkspaceConfig(raw: unknown): ValidationResult {
  if (isObject(raw) && raw.version !== undefined && raw.version !== 1) {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- shown to the clerk as written, even a mapping
    return { value: null, issues: [{ path: ["version"], detail: { kind: "version", value: String(raw.version) } }] };
  }
  // reportInput: without it zod 4 leaves `input` out of its issues, and a wrong type ("days: abc")
  // could not be told from a missing value.
  const parsed = workspaceSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    return { value: null, issues: parsed.error.issues.flatMap(toConfigIssues) };
  }
  const issues = checkReferences(parsed.data);
  return { value: issues.length === 0 ? parsed.data : null, issues };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
