// Three kinds of error (after changesets' packages/errors):
// - UserError: a situation the user can fix; the CLI prints its localised message, no stack, exit 2.
// - ExitError: the message was already shown; only the exit code is left to set.
// - anything else is a bug: the CLI prints the stack and asks for a report.
import type { ConfigIssue } from "./workspace/issues.js";

export type ErrorParams = Record<string, string | number>;

export class UserError extends Error {
  constructor(
    readonly code: string,
    readonly params: ErrorParams = {},
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = "UserError";
  }
}

/** baocao.yaml (or a file it includes) is not valid. */
export class WorkspaceConfigError extends UserError {
  constructor(
    readonly file: string,
    readonly issues: readonly ConfigIssue[],
  ) {
    super("workspace/invalid", { file, count: issues.length });
    this.name = "WorkspaceConfigError";
  }
}

export class ExitError extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = "ExitError";
  }
}
