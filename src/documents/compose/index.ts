export { composeMeta, documentSymbol, frontMatterSchema } from "./meta.js";
export type { FrontMatter, Numbering } from "./meta.js";
export { documentReference } from "./reference.js";
export { parseFrontMatter } from "./meta.js";
export { declaredFrontMatter } from "./declared-front-matter.js";
