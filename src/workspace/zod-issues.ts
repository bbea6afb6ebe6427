// zod's issues in our own words (ConfigIssue), for the workspace's schema (validate.ts) and a template's front
// matter (documents/compose/meta.ts). Apart from validate.ts so that the front matter's reader does not load and
// build the workspace's schema (report: ~10 ms, issue 16).
import type { z } from "zod";
import type { ConfigIssue, ConfigIssueDetail } from "./issues.js";

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
