// The error that carries every problem of baocao.yaml (or a file it includes), located by file and line.
import { UserError } from "../errors.js";
import type { ConfigIssue } from "./issues.js";

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
