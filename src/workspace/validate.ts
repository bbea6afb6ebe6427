// Pure validation of a parsed baocao.yaml: raw data in, {value, issues} out. Never throws for bad data.
// The reader (read.ts) adds the file and line of each issue.
import type { z } from "zod";
import { checkReferences } from "./check-references.js";
import type { ConfigIssue, ConfigIssueDetail } from "./issues.js";
import { workspaceSchema } from "./schema.js";
import type { WorkspaceConfig } from "./schema.js";

export interface ValidationResult {
  value: WorkspaceConfig | null;
  issues: ConfigIssue[];
}

export function validateWorkspaceConfig(raw: unknown): ValidationResult {
  if (isObject(raw) && raw.version !== undefined && raw.version !== 1) {
    return { value: null, issues: [{ path: ["version"], detail: { kind: "version", value: String(raw.version) } }] };
  }
  const parsed = workspaceSchema.safeParse(raw);
  if (!parsed.success) {
    return { value: null, issues: parsed.error.issues.flatMap(toConfigIssues) };
  }
  const issues = checkReferences(parsed.data);
  return { value: issues.length === 0 ? parsed.data : null, issues };
}

function toConfigIssues(issue: z.core.$ZodIssue): ConfigIssue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    // One issue per key, pointing at the key itself so that the line number is the typo's line.
    return issue.keys.map((key) => ({ path: [...path, key], detail: { kind: "unknown-key" } }));
  }
  return [{ path, detail: detailOf(issue) }];
}

function detailOf(issue: z.core.$ZodIssue): ConfigIssueDetail {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return { kind: "required" };
      return { kind: "expected", type: issue.expected };
    case "invalid_value":
      return { kind: "one-of", values: issue.values.map(String) };
    case "invalid_union":
      // discriminatedUnion with an unknown discriminator value reports the allowed options here.
      if ("note" in issue && issue.note === "No matching discriminator") {
        return { kind: "one-of", values: ["requires", "compare", "incident-count", "incident-sum"] };
      }
      return { kind: "zod", issue: stripInput(issue) };
    case "invalid_format": {
      // schema.ts marks its own patterns with an error text "kind:<name>".
      const kind = issue.message.startsWith("kind:") ? issue.message.slice(5) : "";
      if (kind === "code" || kind === "authority" || kind === "iso-date") return { kind };
      return { kind: "zod", issue: stripInput(issue) };
    }
    default:
      return { kind: "zod", issue: stripInput(issue) };
  }
}

function stripInput(issue: z.core.$ZodIssue): unknown {
  const { input: _input, ...rest } = issue as z.core.$ZodIssue & { input?: unknown };
  return rest;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
