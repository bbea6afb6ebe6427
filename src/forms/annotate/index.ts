// Annotated copies of submissions (`validate --annotate DIR`): the agency's workbook with highlighted
// cells, notes and a first sheet listing the findings; and the copy's file name.
export { annotateWorkbook, MAX_KEPT_VALIDATION_CELLS } from "./annotate-workbook.js";
export type { AnnotatedFinding, AnnotateOptions } from "./annotate-workbook.js";
export { annotatedFileName, ANNOTATED_SUFFIX } from "./file-name.js";
export { annotateLabels } from "./labels.js";
export type { AnnotateLabels, AnnotateLang } from "./labels.js";
