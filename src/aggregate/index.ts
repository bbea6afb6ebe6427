export * from "./types.js";
export { aggregate } from "./aggregate.js";
export type { AggregateInput, SubmissionInput } from "./aggregate.js";
export { UNSPECIFIED } from "./incidents.js";
export { aggregateJson, aggregateJsonPieces, stableJsonPieces } from "./json.js";
export { fromAggregateJson, toAggregateJson } from "./to-json.js";
export type { AggregateJson, IncidentRecordJson } from "./to-json.js";
