// Pure Vietnamese text formatting: no I/O, no clock, no locale data from the runtime.
export * from "./normalize.js";
export * from "./dates.js";
export * from "./numbers.js";
export * from "./money.js";
export * from "./words.js";
export * from "./change.js";
