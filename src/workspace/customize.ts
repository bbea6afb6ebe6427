// Pure: applies a clerk's answers from `baocao init` to a preset's files, keeping its comments and
// layout (the yaml Document API edits the tree, not the text).
import { isMap, isScalar, isSeq, parseDocument, visit } from "yaml";
import type { Document, YAMLMap } from "yaml";
import type { ConfigSource } from "./sources.js";

export interface InitAnswers {
  /** A new province name replaces the old one everywhere (names, headers in capitals, addresses). */
  province?: string;
  place?: string;
  issuers?: Record<string, { name?: string; signers?: Record<string, { name?: string; title?: string }> }>;
}

export function customizeSources(sources: readonly ConfigSource[], answers: InitAnswers): ConfigSource[] {
  const main = sources[0];
  if (main === undefined) return [];
  // A YAML scalar (or nothing): a mapping there is a schema error reported elsewhere.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  const oldProvince = String(parseDocument(main.text).getIn(["organisation", "province"]) ?? "");
  return sources.map((source, index) => {
    const document = parseDocument(source.text);
    let changed = false;
    if (answers.province !== undefined && oldProvince !== "" && answers.province !== oldProvince) {
      changed = replaceEverywhere(document, oldProvince, answers.province);
    }
    if (index === 0) changed = applyMainAnswers(document, answers) || changed;
    // Re-serialising reformats a little (flow lists, comment spacing): only do it for a real change.
    return changed ? { file: source.file, text: document.toString({ lineWidth: 0 }) } : source;
  });
}

function replaceEverywhere(document: Document, from: string, to: string): boolean {
  let changed = false;
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value !== "string") return;
      const value = node.value.replaceAll(from, to).replaceAll(from.toUpperCase(), to.toUpperCase());
      if (value !== node.value) {
        node.value = value;
        changed = true;
      }
    },
  });
  return changed;
}

function applyMainAnswers(document: Document, answers: InitAnswers): boolean {
  let changed = false;
  const set = (target: YAMLMap, key: string, value: string | undefined) => {
    if (value === undefined || target.get(key) === value) return;
    target.set(key, value);
    changed = true;
  };
  const organisation = document.get("organisation", true);
  if (isMap(organisation)) set(organisation, "place", answers.place);
  for (const [issuerId, issuer] of Object.entries(answers.issuers ?? {})) {
    const node = document.getIn(["issuers", issuerId], true);
    if (!isMap(node)) continue;
    set(node, "name", issuer.name);
    const signers = node.get("signers", true);
    if (!isSeq(signers)) continue;
    for (const item of signers.items) {
      if (!isMap(item)) continue;
      const id = item.get("id", true);
      const answer = isScalar(id) ? issuer.signers?.[String(id.value)] : undefined;
      set(item, "name", answer?.name);
      set(item, "title", answer?.title);
    }
  }
  return changed;
}
