// An isolated Handlebars environment whose `{{value}}` escaping is ours instead of HTML escaping.
//
// Handlebars has no per-environment escape function: `env.Utils` is the module shared by every
// environment, and the runtime binds `escapeExpression` from that module, so overriding it would change
// escaping for every other user of Handlebars in the process. What an environment does own is its
// compiler class (`env.JavaScriptCompiler`, which Handlebars documents as subclassable, `prototype.compiler`
// included: docs/compiler-api.md, "JavaScript Compiler"; public API, not internals). The subclass
// below compiles `{{value}}` to a call of our escape hook (registered as a helper of this environment,
// with the source position) and leaves `{{{value}}}` raw. The global Handlebars is untouched.
//
// It also makes nested lookups null-safe, so `{{money report.total}}` without `report` reaches the helper
// as undefined (reported as "report.total is not defined") instead of a bare TypeError, and
// `{{report.total}}` fails strict mode with its location like any other missing field.
import { Handlebars } from "./handlebars.js";
import type { HandlebarsEnvironment } from "./handlebars.js";
import { registerHelpers } from "./helpers.js";
import type { PartPosition } from "./template-error.js";

export const ESCAPE_HELPER = "__escape";

/** Turns the value of a `{{…}}` into the text to insert; `position` is where the mustache starts. */
export type EscapeHook = (value: unknown, position: PartPosition | null) => string;

/** The parts of Handlebars' JavaScriptCompiler used here (not in its type definitions). */
interface JavaScriptCompilerInternals {
  source: { currentLocation?: { start: PartPosition } };
  appendEscaped(): void;
  nameLookup(parent: unknown, name: string, type: string): unknown;
  pushSource(source: unknown): void;
  appendToBuffer(source: unknown[]): unknown;
  aliasable(name: string): unknown;
  popStack(): unknown;
}
type JavaScriptCompilerClass = new () => JavaScriptCompilerInternals;

export function createEnvironment(escape: EscapeHook): HandlebarsEnvironment {
  const env = Handlebars.create();
  const compilers = env as unknown as { JavaScriptCompiler: JavaScriptCompilerClass };
  const Base = compilers.JavaScriptCompiler;

  class ValueEscapingCompiler extends Base {
    override appendEscaped(): void {
      const start = this.source.currentLocation?.start;
      const position = start === undefined ? "null" : JSON.stringify({ line: start.line, column: start.column });
      this.pushSource(
        this.appendToBuffer([
          this.aliasable(`container.helpers.${ESCAPE_HELPER}`),
          "(",
          this.popStack(),
          ", ",
          position,
          ")",
        ]),
      );
    }

    override nameLookup(parent: unknown, name: string, type: string): unknown {
      const lookup = super.nameLookup(parent, name, type);
      if (type !== "context" && type !== "data") return lookup;
      return ["(", parent, " != null ? ", lookup, " : undefined)"];
    }
  }
  // Nested programs ({{#each}} bodies…) are compiled by `new this.compiler()`.
  (ValueEscapingCompiler.prototype as unknown as { compiler: unknown }).compiler = ValueEscapingCompiler;
  compilers.JavaScriptCompiler = ValueEscapingCompiler;

  registerHelpers(env);
  // Handlebars passes helpers' last argument through its own options wrapper, which copies the
  // position's fields onto a new object: read them back explicitly.
  env.registerHelper(ESCAPE_HELPER, (value: unknown, position: unknown) => {
    const p = position as Partial<PartPosition> | null | undefined;
    const at = typeof p?.line === "number" && typeof p.column === "number" ? { line: p.line, column: p.column } : null;
    return escape(value, at);
  });
  return env;
}
