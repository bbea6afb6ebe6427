// Batch letters (baocao letters): recipients, file names, template data, making the letters, the manifest.
export { recipientLabel, unitFields, unitRecipient } from "./recipient.js";
export type { Recipient } from "./recipient.js";
export {
  fieldKey,
  parseRecipientCsv,
  readRecipientWorkbook,
  tableRecipients,
  MAX_RECIPIENT_ROWS,
} from "./recipient-table.js";
export type { RecipientTable } from "./recipient-table.js";
export { fieldValue, filterRecipients, parseWhere, statusesFor } from "./filter.js";
export type { RecipientFilter, WhereCondition } from "./filter.js";
export { combinedFileName, letterFileNames, safeCode } from "./file-name.js";
export { findingRows, letterData, listedFindings, wordData, LISTED_FINDINGS } from "./letter-data.js";
export type { BatchContext, CitedLetter, FindingRow, FollowUp, PeriodFacts } from "./letter-data.js";
export { letterIssuer } from "./letter-issuer.js";
export type { LetterIssuer } from "./letter-issuer.js";
export { letterNumbering, MAX_NUMBER } from "./letter-numbering.js";
export type { BatchNumbering } from "./letter-numbering.js";
export { layoutEngine, wordEngine } from "./engine.js";
export type {
  BatchLetter,
  Checked,
  LetterEngine,
  LetterProblem,
  MadeLetter,
  MissingFieldsErrorClass,
} from "./engine.js";
export { collectMissingFields, missingFieldOf } from "./missing-fields.js";
export { buildDocuments, checkLetters, runSeparate, DEFAULT_CONCURRENCY } from "./run-batch.js";
export type { LetterOutcome, RunOptions } from "./run-batch.js";
export { manifestCsv, manifestJson, MANIFEST_CSV, MANIFEST_JSON } from "./manifest.js";
export type { Manifest, ManifestRow } from "./manifest.js";
export { parseCitedLetter, requestLettersOf, REQUEST_TEMPLATE } from "./cited-letter.js";
