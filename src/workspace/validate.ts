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

export function toConfigIssues(issue: z.core.$ZodIssue): ConfigIssue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    // One issue per key, pointing at the key itself so that the line number is the typo's line.
    return issue.keys.map((key) => ({ path: [...path, key], detail: { kind: "unknown-key" } }));
  }
  return [{ path, detail: detailOf(issue) }];
}

/**
 * Every zod issue becomes one of our own details, so the user never sees zod's text (English, with
 * zod's type names such as "expected int, received number"). Codes after zod 4's `$ZodIssue` union.
 */
/** The origins of a size bound that messages word (a number, a text's length, a list's size). */
const BOUNDED_ORIGINS: ReadonlySet<string> = new Set(["int", "number", "string", "array"]);

export function detailOf(issue: z.core.$ZodIssue): ConfigIssueDetail {
  switch (issue.code) {
    case "invalid_type":
      // YAML `place:` with nothing after it is null: for the clerk that is a missing value too.
      if (issue.input === undefined || (issue.input === null && issue.expected !== "null")) return { kind: "required" };
      if (issue.expected === "int") return { kind: "whole-number" };
      return { kind: "expected", type: issue.expected };
    case "invalid_value":
      return { kind: "one-of", values: issue.values.map(String) };
    case "invalid_union": {
      // discriminatedUnion with a missing or unknown discriminator (a rule's `type:`).
      if (issue.discriminator !== undefined && "options" in issue && issue.options !== undefined) {
        const input = issue.input;
        if (isObject(input) && input[issue.discriminator] === undefined) return { kind: "required" };
        return { kind: "one-of", values: issue.options.map(String) };
      }
      return { kind: "invalid" };
    }
    case "invalid_format": {
      if (issue.format === "email") return { kind: "email" };
      // schema.ts marks its own patterns with an error text "kind:<name>".
      const kind = markedKind(issue.message);
      return kind ?? { kind: "invalid" };
    }
    case "invalid_key": {
      // A record key that breaks its pattern (an issuer id): the key's own issue says which.
      const inner = issue.issues[0];
      return inner === undefined ? { kind: "invalid" } : detailOf(inner);
    }
    case "too_small":
      return BOUNDED_ORIGINS.has(issue.origin)
        ? {
            kind: "too-small",
            origin: issue.origin,
            minimum: Number(issue.minimum),
            inclusive: issue.inclusive ?? true,
          }
        : { kind: "invalid" };
    case "too_big":
      return BOUNDED_ORIGINS.has(issue.origin)
        ? { kind: "too-big", origin: issue.origin, maximum: Number(issue.maximum), inclusive: issue.inclusive ?? true }
        : { kind: "invalid" };
    case "not_multiple_of":
      return issue.divisor === 1 ? { kind: "whole-number" } : { kind: "invalid" };
    case "custom":
      // A refinement in schema.ts (regulation.date: a real calendar day) marks itself the same way.
      return markedKind(issue.message) ?? { kind: "invalid" };
    default:
      // unrecognized_keys is handled by toConfigIssues; invalid_element (maps, sets) does not occur in
      // this schema.
      return { kind: "invalid" };
  }
}

const MARKED_KINDS = ["code", "authority", "iso-date", "issuer-id", "abbreviation"] as const;

function markedKind(message: string): ConfigIssueDetail | null {
  const kind = message.startsWith("kind:") ? message.slice(5) : "";
  return (MARKED_KINDS as readonly string[]).includes(kind) ? ({ kind } as ConfigIssueDetail) : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
