// `baocao directive --period P --report-number N --report-date D [--draft] …`: the People's Committee's
// công văn assigning tasks after the Department's report (src/app/directive.ts).
import { directive as writeDirective } from "../../../app/directive.js";
import type { WrittenDocument } from "../../../app/document.js";
import type { DocumentCommandOptions } from "../../document-options.js";
import { resolveNumbering } from "../../numbering.js";
import { loadWorkspace, requirePeriodOption } from "../../options.js";

export interface DirectiveOptions extends DocumentCommandOptions {
  reportNumber?: string;
  reportDate?: string;
}

export async function directive(options: DirectiveOptions): Promise<WrittenDocument> {
  const period = requirePeriodOption(options.period);
  const workspace = await loadWorkspace(options.workspace, options.cwd);
  return writeDirective(workspace, period, {
    cwd: options.cwd,
    ...(options.out === undefined ? {} : { out: options.out }),
    force: options.force,
    pdf: options.pdf,
    onPdf: options.onPdf,
    // The report being answered is a document already issued: its number and date are required.
    cited: () =>
      resolveNumbering({
        ...options,
        number: options.reportNumber,
        date: options.reportDate,
        draft: false,
        cites: "report",
      }),
    numbering: () => resolveNumbering(options),
  });
}
