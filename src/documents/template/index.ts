// Document templates: Handlebars text with YAML front matter and a small-Markdown body → document model.
export { compileTemplate } from "./compile.js";
export type { CompiledTemplate, RenderedTemplate } from "./compile.js";
export { markdownToBlocks } from "./markdown.js";
export { escapeMarkdown } from "./escape.js";
export { HELPERS } from "./helpers.js";
export type { HelperSpec } from "./helpers.js";
export { TemplateError, formatTemplateError, templateLocation } from "./template-error.js";
export { TemplateProblemError, problem as templateProblem } from "./template-error.js";
export type { TemplateErrorDetails, TemplateProblem, TemplateProblemCode, TemplateSection } from "./template-error.js";
export { createTemplateCache, getCompiledTemplate, loadTemplate, resolveTemplateFile } from "./load-template.js";
export type { LoadTemplateOptions, TemplateCache, TemplateSource } from "./load-template.js";
