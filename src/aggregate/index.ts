export * from "./types.js";
export { aggregate } from "./aggregate.js";
export type { AggregateInput, SubmissionInput } from "./aggregate.js";
export { UNSPECIFIED } from "./incidents.js";
export { aggregateJson, aggregateJsonPieces } from "./json.js";
