export * from "./calendar-date.js";
export * from "./catalogue.js";
export * from "./period/index.js";
export * from "./rules/index.js";
