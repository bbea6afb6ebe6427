// Which fields a layout template needs that one recipient's data lacks. Strict Handlebars stops at the
// first missing field; to name them all (for --dry-run and for the manifest) the template is rendered
// again with a stand-in for each field found missing, until it renders or the miss cannot be filled
// (a path relative to an {{#each}} item, say). This only runs for letters that fail.
import type { CompiledTemplate } from "../documents/template/index.js";
import { TemplateError } from "../documents/template/index.js";

const MAX_ROUNDS = 50;

/** The field named by a strict-mode miss, or null for any other template error. */
export function missingFieldOf(error: unknown): string | null {
  if (!(error instanceof TemplateError)) return null;
  if (error.problem.code !== "not-defined") return null;
  const field = error.problem.params?.field;
  return typeof field === "string" ? field : null;
}

/** "recipient.[Tên đơn vị]" → ["recipient", "Tên đơn vị"]; null for this./../@ paths. */
function pathParts(path: string): string[] | null {
  if (/^(this\b|\.\.?\/|@)/.test(path)) return null;
  const parts = [...path.matchAll(/\[([^\]]*)\]|([^.[\]/]+)/g)].map((match) => match[1] ?? match[2] ?? "");
  return parts.length === 0 || parts.some((part) => part === "" || part === "__proto__") ? null : parts;
}

/** Stand-ins tried in turn: text, then a number and an ISO date for helpers that need one. */
const STAND_INS: readonly unknown[] = ["…", 0, "2000-01-01"];

function withStandIn(data: unknown, parts: readonly string[], value: unknown): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === null || typeof next !== "object") node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
  return copy;
}

/** Every missing field `first` leads to, in the order the template meets them. */
export function collectMissingFields(template: CompiledTemplate, data: unknown, first: string): string[] {
  const missing = [first];
  let current = data;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parts = pathParts(missing.at(-1)!);
    if (parts === null) break;
    let next: unknown = undefined;
    for (const value of STAND_INS) {
      const candidate = withStandIn(current, parts, value);
      try {
        template.render(candidate);
        return missing;
      } catch (error) {
        const field = missingFieldOf(error);
        if (field === null) continue; // this stand-in does not suit the helper: try the next
        if (!missing.includes(field)) {
          missing.push(field);
          next = candidate;
        }
        break;
      }
    }
    if (next === undefined) break;
    current = next;
  }
  return missing;
}
