// A problem found in the workspace configuration, as data. Messages are chosen when printing
// (src/workspace/format-issue.ts), so the same issue can be shown in Vietnamese or English.

export type ConfigIssueDetail =
  | { kind: "unknown-key" }
  | { kind: "required" }
  | { kind: "one-of"; values: readonly string[] }
  | { kind: "expected"; type: string }
  /** `code` is the yaml library's error code (BAD_INDENT …); `detail` its English text, shown with --lang en. */
  | { kind: "yaml-syntax"; code: string; detail: string }
  | { kind: "duplicate"; value: string; first: string }
  | { kind: "unknown-reference"; value: string; where: string }
  | { kind: "authority" }
  | { kind: "code" }
  | { kind: "iso-date" }
  | { kind: "issuer-id" }
  | { kind: "abbreviation" }
  | { kind: "email" }
  /** A text, list or number below its minimum; `origin` is zod's (string, array, number, int …). */
  | { kind: "too-small"; origin: string; minimum: number; inclusive: boolean }
  | { kind: "too-big"; origin: string; maximum: number; inclusive: boolean }
  | { kind: "whole-number" }
  | { kind: "duplicate-top-key"; key: string; first: string }
  | { kind: "include-path" }
  | { kind: "include-missing"; file: string }
  | { kind: "not-mapping" }
  | { kind: "version"; value: string }
  /** Anything else the schema rejects. Never zod's own text: it is English and names zod's types. */
  | { kind: "invalid" };

export interface ConfigIssue {
  /** Path inside the configuration, e.g. ["units", 3, "kind"]. */
  readonly path: readonly (string | number)[];
  readonly detail: ConfigIssueDetail;
  /** Filled in by the reader, which knows where each key came from. */
  readonly file?: string;
  readonly line?: number;
}

/** "units[3].kind" */
export function formatPath(path: readonly (string | number)[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text === "" ? part : `.${part}`;
  }
  return text;
}
