// A value that must come from a list (Địa bàn, Lĩnh vực, Hành vi, Hình thức xử lý). Matching is
// accent- and case-insensitive, so "van lam" is read as "Văn Lâm"; otherwise the closest entry is
// suggested.
import { distance } from "fastest-levenshtein";
import { foldForCompare } from "../../vn/normalize.js";

export interface ListEntry {
  readonly value: string;
  /** Other spellings that mean the same entry (an area's code, "huyện Văn Lâm"). */
  readonly aliases?: readonly string[];
}

export interface CodeList {
  readonly name: string;
  lookup(text: string): string | null;
  closest(text: string): string | null;
}

export function codeList(name: string, entries: readonly ListEntry[]): CodeList {
  const byKey = new Map<string, string>();
  for (const entry of entries) {
    for (const spelling of [entry.value, ...(entry.aliases ?? [])]) {
      const key = foldForCompare(spelling);
      if (!byKey.has(key)) byKey.set(key, entry.value);
    }
  }
  // The same few values fill thousands of rows: fold each distinct text once.
  const looked = new Map<string, string | null>();
  return {
    name,
    lookup: (text) => {
      let value = looked.get(text);
      if (value === undefined) {
        value = byKey.get(foldForCompare(text)) ?? null;
        looked.set(text, value);
      }
      return value;
    },
    closest: (text) => {
      const key = foldForCompare(text);
      let best: { value: string; score: number } | null = null;
      for (const [candidate, value] of byKey) {
        const score = distance(key, candidate) / Math.max(key.length, candidate.length, 1);
        if (best === null || score < best.score) best = { value, score };
      }
      // Suggest only something reasonably close; a wild guess misleads more than it helps.
      return best !== null && best.score <= 0.5 ? best.value : null;
    },
  };
}
