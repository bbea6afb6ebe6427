// Sheet `Đánh giá`: the narrative sections the report quotes.
import { ASSESSMENT_SECTIONS, SHEETS } from "../../domain/form-contract.js";
import type { AssessmentSection } from "../../domain/form-contract.js";
import { foldForCompare } from "../../vn/normalize.js";
import type { Finding } from "../../domain/findings.js";
import { asText } from "../interpret.js";
import type { RawSubmission } from "../raw-submission.js";
import type { Submission } from "../submission.js";
import { finding } from "./finding.js";

export function checkAssessment(raw: RawSubmission): {
  assessment: Submission["assessment"][number][];
  findings: Finding[];
} {
  const table = raw.assessment;
  if (table.sheet === null) {
    return {
      assessment: [],
      findings: [finding("error", "sheet/missing", { sheet: SHEETS.assessment }, { name: SHEETS.assessment })],
    };
  }
  const sections = new Map<string, AssessmentSection>();
  for (const [key, title] of Object.entries(ASSESSMENT_SECTIONS) as [AssessmentSection, string][])
    sections.set(foldForCompare(title), key);
  const assessment: Submission["assessment"][number][] = [];
  const seen = new Set<AssessmentSection>();
  for (const row of table.rows) {
    const title = row.cells.section === undefined ? null : asText(row.cells.section.value);
    const section = title === null ? undefined : sections.get(foldForCompare(title.replace(/^[IVX0-9]+[.)]\s*/, "")));
    const content = row.cells.content === undefined ? null : asText(row.cells.content.value);
    if (section === undefined || seen.has(section)) continue;
    seen.add(section);
    if (content !== null) assessment.push({ section, content, ref: row.cells.content!.ref });
  }
  const findings = (Object.keys(ASSESSMENT_SECTIONS) as AssessmentSection[])
    .filter((section) => !seen.has(section))
    .map((section) =>
      finding(
        "warning",
        "assessment/missing-section",
        { sheet: table.sheet },
        { section: ASSESSMENT_SECTIONS[section] },
      ),
    );
  return { assessment, findings };
}
