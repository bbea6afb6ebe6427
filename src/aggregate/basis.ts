// What an aggregate was made from, so that a saved aggregate.json can be checked before it is reused:
// the SHA-256 of the workspace configuration as loaded (canonical JSON: keys sorted, so the order of
// the YAML does not matter, but any changed value, name or indicator does) and of the ledger's text.
import { createHash } from "node:crypto";

export interface AggregateBasis {
  /** "sha256:…" of the loaded configuration (baocao.yaml with chi-tieu.yaml and the other sources). */
  readonly config: string;
  /** "sha256:…" of store/ledger.jsonl as read (of the empty text when there is no ledger yet). */
  readonly ledger: string;
}

export function sha256Of(data: string | Uint8Array): string {
  return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}

/** JSON with every object's keys in code-point order; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) return item;
    const entries = Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}

export function aggregateBasis(config: unknown, ledgerText: string | Uint8Array): AggregateBasis {
  return { config: sha256Of(canonicalJson(config)), ledger: sha256Of(ledgerText) };
}
