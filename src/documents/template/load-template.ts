// The only I/O of templates: find templates/<name>.hbs in the workspace, else among the built-in
// templates of the package, read it, and compile each file once per process.
import { join } from "node:path";
import { UserError } from "../../errors.js";
import { readTextFile } from "../../io/read-text.js";
import { assertRegularFile, fileKind } from "../../io/regular-file.js";
import { PACKAGE_ROOT } from "../../package-root.js";
import { compileTemplate } from "./compile.js";
import type { CompiledTemplate } from "./compile.js";

/** Template names are file names without a path: no "..", no "/", nothing to escape the folder with. */
const TEMPLATE_NAME = /^[a-z0-9-]+$/;
const TEMPLATES_DIR = "templates";

export interface LoadTemplateOptions {
  /** The workspace folder; its templates/<name>.hbs overrides the built-in one. */
  readonly workspaceDir?: string;
  /** Where the built-in templates/ folder is; default the package root. */
  readonly packageRoot?: string;
}

export interface TemplateSource {
  readonly name: string;
  readonly source: string;
  /** The file read, as errors should name it. */
  readonly file: string;
  readonly builtIn: boolean;
}

/** The file a template name resolves to. Throws UserError template/bad-name or template/not-found. */
export function resolveTemplateFile(
  name: string,
  options: LoadTemplateOptions = {},
): { file: string; builtIn: boolean } {
  if (!TEMPLATE_NAME.test(name)) throw new UserError("template/bad-name", { name });
  const candidates: { file: string; builtIn: boolean }[] = [];
  if (options.workspaceDir !== undefined) {
    candidates.push({ file: join(options.workspaceDir, TEMPLATES_DIR, `${name}.hbs`), builtIn: false });
  }
  candidates.push({ file: join(options.packageRoot ?? PACKAGE_ROOT, TEMPLATES_DIR, `${name}.hbs`), builtIn: true });
  // A folder of that name is passed over; anything else there that is no regular file (a FIFO, a link loop)
  // is refused rather than silently replaced by the built-in template.
  const found = candidates.find((c) => {
    const kind = fileKind(c.file);
    if (kind === "missing" || kind === "folder") return false;
    if (kind !== "file") assertRegularFile(c.file, c.file);
    return true;
  });
  if (found === undefined) {
    throw new UserError("template/not-found", { name, searched: candidates.map((c) => c.file).join(", ") });
  }
  return found;
}

export function loadTemplate(name: string, options: LoadTemplateOptions = {}): TemplateSource {
  const { file, builtIn } = resolveTemplateFile(name, options);
  // Only a regular UTF-8 file: a FIFO named templates/x.hbs would hang the read.
  const source = readTextFile(file, file, { unreadable: "template/unreadable" });
  return { name, source, file, builtIn };
}

export interface TemplateCache {
  /** The compiled template for a name: read and compiled on first use of its file, then reused. */
  get(name: string, options?: LoadTemplateOptions): CompiledTemplate;
  clear(): void;
}

export function createTemplateCache(
  compile: (source: string, file: string) => CompiledTemplate = compileTemplate,
): TemplateCache {
  const compiled = new Map<string, CompiledTemplate>();
  return {
    get(name, options = {}) {
      const { file } = resolveTemplateFile(name, options);
      const cached = compiled.get(file);
      if (cached !== undefined) return cached;
      const template = loadTemplate(name, options);
      const result = compile(template.source, template.file);
      compiled.set(file, result);
      return result;
    },
    clear() {
      compiled.clear();
    },
  };
}

const processCache = createTemplateCache();

/** The compiled template `name` (workspace first, then built-in), compiled once per process per file. */
export function getCompiledTemplate(name: string, options: LoadTemplateOptions = {}): CompiledTemplate {
  return processCache.get(name, options);
}
