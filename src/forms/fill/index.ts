export { fillForm, writeFilledForm } from "./fill-form.js";
export type { FormData, TypedValue } from "./fill-form.js";
