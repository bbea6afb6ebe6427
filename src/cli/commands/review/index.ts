// `baocao review <UNIT> --period P (--accept | --reject) --note "…" [--unlock "reason"]`: the clerk's
// decision about a unit's current submission (src/app/review.ts).
import { review as reviewSubmission } from "../../../app/review.js";
import type { ReviewResult } from "../../../app/review.js";
import { UserError } from "../../../errors.js";
import { messages } from "../../../messages/index.js";
import type { Output } from "../../output.js";
import { loadWorkspace, requirePeriodOption } from "../../options.js";

export interface ReviewCommandOptions {
  cwd: string;
  workspace?: string;
  unit: string;
  period: string;
  accept?: boolean;
  reject?: boolean;
  note?: string;
  unlock?: string;
  now?: Date;
}

export async function review(options: ReviewCommandOptions): Promise<ReviewResult> {
  const period = requirePeriodOption(options.period);
  if (options.accept === options.reject) throw new UserError("review/choose", {});
  if (options.note === undefined || options.note.trim() === "") throw new UserError("review/no-note", {});
  return reviewSubmission(await loadWorkspace(options.workspace, options.cwd), period, {
    unit: options.unit,
    action: options.accept === true ? "accept" : "reject",
    note: options.note,
    now: options.now ?? new Date(),
    ...(options.unlock === undefined ? {} : { unlock: options.unlock }),
  });
}

export function printReview(result: ReviewResult, output: Output): void {
  if (output.settings.json) {
    output.json(result);
    return;
  }
  const m = messages(output.settings.lang).review;
  const lines: string[] = [];
  if (result.unlocked !== null) lines.push(m.unlocked({ period: result.period, reason: result.unlocked }));
  const params = { ...result, unlocked: result.unlocked ?? "" };
  lines.push(result.action === "accept" ? m.accepted(params) : m.rejected(params));
  output.result(lines.join("\n"));
}
