// Three kinds of error (after changesets' packages/errors):
// - UserError: a situation the user can fix; the CLI prints its localised message, no stack, exit 2.
// - ExitError: the message was already shown; only the exit code is left to set.
// - anything else is a bug: the CLI prints the stack and asks for a report.

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

export class ExitError extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = "ExitError";
  }
}
