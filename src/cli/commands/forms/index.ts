// `baocao forms --period P [--unit CODE…] [--out DIR]`: one blank submission form per reporting unit
// (src/app/forms.ts).
import { relative } from "node:path";
import { forms as writeForms } from "../../../app/forms.js";
import type { FormsResult } from "../../../app/forms.js";
import type { Lang } from "../../../messages/index.js";
import { messages } from "../../../messages/index.js";
import type { Output } from "../../output.js";
import type { FeedbackSettings } from "../../progress.js";
import { withProgress } from "../../progress.js";
import { loadWorkspace, requirePeriodOption } from "../../options.js";

export interface FormsOptions {
  cwd: string;
  workspace?: string;
  period: string;
  units?: string[];
  out?: string;
  force?: boolean;
  lang: Lang;
  /** Where a progress bar may go (a terminal, without --quiet or --json); none when not given. */
  feedback?: FeedbackSettings;
}

export type { FormsResult };

export async function forms(options: FormsOptions): Promise<FormsResult> {
  const period = requirePeriodOption(options.period);
  const workspace = await loadWorkspace(options.workspace, options.cwd);
  return withProgress(options.feedback, messages(options.lang).forms.progress, (onProgress) =>
    writeForms(workspace, period, {
      cwd: options.cwd,
      ...(options.units === undefined ? {} : { units: options.units }),
      ...(options.out === undefined ? {} : { out: options.out }),
      force: options.force === true,
      ...(onProgress === undefined ? {} : { onProgress }),
    }),
  );
}

export function printForms(result: FormsResult, output: Output): void {
  if (output.settings.json) {
    output.json(result);
    return;
  }
  const m = messages(output.settings.lang).forms;
  for (const form of result.forms) output.info(`  ${form.file}  ${form.name}`);
  output.result(
    output.out.green(
      m.done({ count: result.forms.length, label: result.label, dir: relative(process.cwd(), result.dir) || "." }),
    ),
  );
}
