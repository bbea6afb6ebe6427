export * from "./calendar-date.js";
export * from "./catalogue.js";
export * from "./indicator.js";
export * from "./period/index.js";
export * from "./rules/index.js";
export * from "./unit.js";
export * from "./workspace-config.js";
export * from "./xml-text.js";
