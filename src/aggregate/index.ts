export * from "./types.js";
export { aggregate } from "./aggregate.js";
export type { AggregateInput, SubmissionInput } from "./aggregate.js";
export { UNSPECIFIED } from "./incidents.js";
export { aggregateJson, aggregateJsonPieces } from "./json.js";
export { aggregateBasis, canonicalJson, sha256Of } from "./basis.js";
export type { AggregateBasis } from "./basis.js";
export { aggregateFileSchema, parseAggregateFile } from "./schema.js";
export type { AggregateFile, ParsedAggregateFile } from "./schema.js";
