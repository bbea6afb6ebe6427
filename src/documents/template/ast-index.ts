// The parsed template (Handlebars AST) kept beside the compiled function, to turn runtime positions
// back into what the author wrote: the field behind an undefined helper argument, the path behind a
// strict-mode miss. Also rejects constructs templates must not use.
// `hbs.AST` is the global namespace declared by handlebars' type definitions.
import { problem } from "./template-error.js";
import type { ArgumentRef, PartPosition, TemplateProblem } from "./template-error.js";

type Node = hbs.AST.Node;
type CallNode = hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement;

export interface AstIndex {
  /** The expression the author wrote for an argument of the call starting at `position`. */
  argumentSource(position: PartPosition, argument: ArgumentRef): string | undefined;
  /** The path starting at `position` ("report.total"), and whether it names a helper being called. */
  pathAt(position: PartPosition): { readonly original: string; readonly callee: boolean } | undefined;
}

/** A construct the template may not use, with where it is. */
export interface AstProblem {
  readonly problem: TemplateProblem;
  readonly position: PartPosition;
}

export function indexAst(program: hbs.AST.Program): { index: AstIndex; problems: AstProblem[] } {
  const calls = new Map<string, CallNode>();
  const paths = new Map<string, hbs.AST.PathExpression>();
  const callees = new Set<Node>();
  const problems: AstProblem[] = [];

  walk(program, (node) => {
    const at = node.loc?.start;
    if (at === undefined) return;
    const key = keyOf(at);
    switch (node.type) {
      case "MustacheStatement":
      case "SubExpression":
      case "BlockStatement": {
        const call = node as CallNode;
        calls.set(key, call);
        if (call.params.length > 0 || (call.hash?.pairs.length ?? 0) > 0) callees.add(call.path);
        break;
      }
      case "PathExpression": {
        const path = node as hbs.AST.PathExpression;
        paths.set(key, path);
        const reserved = path.parts.find((part) => Object.hasOwn(Object.prototype, part));
        if (reserved !== undefined)
          problems.push({ problem: problem("reserved-field", { name: reserved }), position: at });
        break;
      }
      case "PartialStatement":
      case "PartialBlockStatement":
        problems.push({ problem: problem("partials"), position: at });
        break;
      case "Decorator":
      case "DecoratorBlock":
        problems.push({ problem: problem("decorators"), position: at });
        break;
    }
  });

  const index: AstIndex = {
    argumentSource(position, argument) {
      const call = calls.get(keyOf(position));
      if (call === undefined) return undefined;
      const expression =
        "param" in argument
          ? call.params[argument.param]
          : call.hash?.pairs.find((p) => p.key === argument.hash)?.value;
      return expression === undefined ? undefined : sourceOf(expression);
    },
    pathAt(position) {
      const path = paths.get(keyOf(position));
      return path === undefined ? undefined : { original: path.original, callee: callees.has(path) };
    },
  };
  return { index, problems };
}

function keyOf(position: PartPosition): string {
  return `${position.line}:${position.column}`;
}

function sourceOf(expression: hbs.AST.Expression): string | undefined {
  return expression.type === "PathExpression" ? (expression as hbs.AST.PathExpression).original : undefined;
}

function walk(value: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const node = value as Partial<Node> & Record<string, unknown>;
  if (typeof node.type !== "string") return;
  visit(node as Node);
  for (const [key, child] of Object.entries(node)) {
    if (key !== "loc") walk(child, visit);
  }
}
