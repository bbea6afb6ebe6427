// handlebars is CommonJS typed with `export =`. Node's ESM loader exposes it only as the default export,
// which TypeScript will not default-import without allowSyntheticDefaultImports (off in this project).
import * as HandlebarsModule from "handlebars";

export type HandlebarsEnvironment = typeof HandlebarsModule;

export const Handlebars = (HandlebarsModule as unknown as { default: HandlebarsEnvironment }).default;
