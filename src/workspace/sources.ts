// Pure: turns the texts of baocao.yaml and its included files into one configuration object, and
// remembers where each top-level key came from so that any issue can be given a file and a line.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { Document, Node } from "yaml";
import type { ConfigIssue } from "./issues.js";

export interface ConfigSource {
  /** The file name as shown to the user, relative to the workspace. */
  readonly file: string;
  readonly text: string;
}

interface ParsedSource {
  readonly file: string;
  readonly document: Document.Parsed;
  readonly lines: LineCounter;
}

export interface AssembledConfig {
  readonly raw: Record<string, unknown>;
  readonly issues: ConfigIssue[];
  /** Adds file and line to an issue found later (by the schema). */
  readonly locate: (issue: ConfigIssue) => ConfigIssue;
}

export function parseSource(source: ConfigSource): { parsed: ParsedSource; issues: ConfigIssue[] } {
  const lines = new LineCounter();
  const document = parseDocument(source.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const parsed = { file: source.file, document, lines };
  const issues: ConfigIssue[] = document.errors.map((error) => ({
    path: [],
    detail: { kind: "yaml-syntax", code: error.code, detail: error.message.split("\n")[0] ?? error.code },
    file: source.file,
    line: lines.linePos(error.pos[0]).line,
  }));
  if (issues.length === 0 && document.contents !== null && !isMap(document.contents)) {
    issues.push({ path: [], detail: { kind: "not-mapping" }, file: source.file, line: 1 });
  }
  return { parsed, issues };
}

/** The `include:` list of the main file, if it is a list of strings. */
export function includesOf(parsed: ParsedSource): string[] {
  let value: unknown;
  try {
    value = toData(parsed)?.include;
  } catch {
    return []; // an alias bomb: assemble() reports it
  }
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** Merges the top-level keys of the main file and its includes; a key defined twice is an issue. */
export function assemble(main: ParsedSource, includes: readonly ParsedSource[]): AssembledConfig {
  const raw: Record<string, unknown> = {};
  const origin = new Map<string, ParsedSource>();
  const issues: ConfigIssue[] = [];
  for (const source of [main, ...includes]) {
    let data: unknown;
    try {
      data = toData(source);
    } catch (error) {
      // toData throws only when expanding aliases runs away (an alias bomb).
      const detail = (error as Error).message.split("\n")[0] ?? "";
      issues.push({
        path: [],
        detail: { kind: "yaml-syntax", code: "RESOURCE_EXHAUSTION", detail },
        file: source.file,
        line: 1,
      });
      continue;
    }
    if (data === null || data === undefined || typeof data !== "object" || Array.isArray(data)) continue;
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      const first = origin.get(key);
      if (first !== undefined) {
        issues.push(
          locateIn(source, {
            path: [key],
            detail: { kind: "duplicate-top-key", key, first: first.file },
          }),
        );
        continue;
      }
      origin.set(key, source);
      raw[key] = value;
    }
  }
  const locate = (issue: ConfigIssue): ConfigIssue => {
    const top = issue.path[0];
    const source = (typeof top === "string" ? origin.get(top) : undefined) ?? main;
    return locateIn(source, issue);
  };
  return { raw, issues, locate };
}

function locateIn(source: ParsedSource, issue: ConfigIssue): ConfigIssue {
  const offset = offsetOf(source.document.contents, issue.path);
  const line = offset === null ? undefined : source.lines.linePos(offset).line;
  return { ...issue, file: source.file, line };
}

/**
 * The source offset of the deepest node along `path`: the key of a mapping entry (so an unknown or
 * wrong key points at its own line), or the item of a sequence.
 */
function offsetOf(root: Node | null, path: readonly (string | number)[]): number | null {
  let node: unknown = root;
  let offset: number | null = rangeStart(root);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (pair === undefined) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

function rangeStart(node: unknown): number | null {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : null;
}

/** The plain data of a document; throws on an alias bomb (more than 100 alias expansions). */
function toData(source: ParsedSource): Record<string, unknown> | null {
  return source.document.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null;
}
