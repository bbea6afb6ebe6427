export * from "./rule.js";
export * from "./evaluate.js";
