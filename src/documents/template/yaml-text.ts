// The YAML of templates (front matter, chart blocks), parsed by the yaml package — loaded only when a text is
// not in the cache of parsed texts (io/disk-cache.ts). Why: yaml is ~80 modules, ~15–25 ms of `report`,
// `directive` and `letters` at a clerk's size (issue 16), to parse the same few lines as the run before. A
// text that does not parse is never kept, so its errors are always yaml's own.
import { createRequire } from "node:module";
import type * as Yaml from "yaml";
import { digestOf, installedVersion, readCached, writeCached } from "../../io/disk-cache.js";

/** The yaml package (CommonJS: the same module whether imported or required), loaded when first needed. */
export function yamlPackage(): typeof Yaml {
  return createRequire(import.meta.url)("yaml") as typeof Yaml;
}

const KIND = "yaml";
/** How every template YAML is parsed (JSON: also the cache key's part for it). */
const OPTIONS = { logLevel: "error" } as const;
const PARSE_OPTIONS = JSON.stringify(OPTIONS);
let version: string | undefined;

/** `parse(text, { logLevel: "error" })` of the yaml package, from the cache when the same text was parsed. */
export function parseYamlText(text: string): unknown {
  let key: string | undefined;
  try {
    version ??= installedVersion("yaml", import.meta.url);
    // The parse's options are part of the key: other options would give other values for the same text.
    key = digestOf("yaml", version, PARSE_OPTIONS, text);
  } catch {
    // yaml's version unknown: no cache
  }
  const cached = key === undefined ? undefined : readCached(KIND, key);
  if (isEntry(cached)) return cached.value;
  const value: unknown = yamlPackage().parse(text, OPTIONS);
  if (key !== undefined) writeCached(KIND, key, { v: 1, value });
  return value;
}

function isEntry(value: unknown): value is { v: 1; value: unknown } {
  return typeof value === "object" && value !== null && "v" in value && value.v === 1 && "value" in value;
}
