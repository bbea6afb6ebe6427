// All checks of one workbook's contents, in reading order: identity, indicators, incidents,
// assessment, consistency rules, legacy text.
import { dataWindow } from "../../domain/period/index.js";
import { periodCode } from "../../domain/period/index.js";
import type { Finding } from "../../domain/findings.js";
import type { RawSubmission } from "../raw-submission.js";
import type { Submission } from "../submission.js";
import { MAX_ROWS } from "../read-workbook.js";
import { checkAssessment } from "./assessment.js";
import { finding } from "./finding.js";
import type { CheckContext } from "./context.js";
import { checkIdentity } from "./identity.js";
import { checkIncidents } from "./incidents.js";
import { checkIndicators } from "./indicators.js";
import { checkLegacyText } from "./legacy-text.js";
import { checkRules } from "./rules.js";

export function checkSubmission(
  raw: RawSubmission,
  context: CheckContext,
): { submission: Submission; findings: Finding[] } {
  const identity = checkIdentity(raw, context);
  const period = context.expectedPeriod ?? identity.identity.period;
  const window = period === null ? null : dataWindow(period, context.config.periods.rule);
  const indicators = checkIndicators(raw, identity.identity.unit, context);
  const incidents = checkIncidents(raw, window, context);
  const assessment = checkAssessment(raw);
  const incidentLogRead = raw.incidents.sheet !== null && incidents.findings.every((f) => f.code !== "header/missing");
  const rules = checkRules(indicators.values, incidentLogRead ? incidents.incidents : null, context);
  const findings = [
    ...[raw.indicators, raw.incidents, raw.assessment].flatMap((table) =>
      // Rows past the limit were not read: the submission is incomplete, never silently cut.
      table.sheet !== null && table.cutAfterRow != null
        ? [
            finding(
              "error",
              "sheet/too-many-rows",
              { sheet: table.sheet, row: table.cutAfterRow },
              { name: table.sheet, last: table.cutAfterRow, limit: MAX_ROWS },
            ),
          ]
        : [],
    ),
    ...identity.findings,
    ...indicators.findings,
    ...incidents.findings,
    ...assessment.findings,
    ...rules,
    ...checkLegacyText(raw),
  ];
  const submission: Submission = {
    unit: identity.identity.unit?.code ?? null,
    period: identity.identity.period === null ? null : periodCode(identity.identity.period),
    periodRef: raw.info.values.period?.ref ?? null,
    info: identity.identity.info,
    indicators: indicators.values,
    incidents: incidents.incidents,
    assessment: assessment.assessment,
  };
  return { submission, findings };
}
