// A problem found in the workspace configuration, as data. Messages are chosen when printing
// (src/workspace/format-issue.ts), so the same issue can be shown in Vietnamese or English.

export type ConfigIssueDetail =
  | { kind: "unknown-key" }
  | { kind: "required" }
  | { kind: "one-of"; values: readonly string[] }
  | { kind: "expected"; type: string }
  | { kind: "yaml-syntax"; detail: string }
  | { kind: "duplicate"; value: string; first: string }
  | { kind: "unknown-reference"; value: string; where: string }
  | { kind: "authority" }
  | { kind: "code" }
  | { kind: "iso-date" }
  | { kind: "duplicate-top-key"; key: string; first: string }
  | { kind: "include-path" }
  | { kind: "include-missing"; file: string }
  | { kind: "not-mapping" }
  | { kind: "version"; value: string }
  /** Any other zod issue: zod's own localised message is used. */
  | { kind: "zod"; issue: unknown };

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
