// Pure: applies a clerk's answers from `baocao init` to a preset's files, keeping its comments and
// layout (the yaml Document API edits the tree, not the text).
import { isMap, isScalar, isSeq, parseDocument, visit } from "yaml";
import type { Document } from "yaml";
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
  const oldProvince = String(parseDocument(main.text).getIn(["organisation", "province"]) ?? "");
  return sources.map((source, index) => {
    const document = parseDocument(source.text);
    if (answers.province !== undefined && oldProvince !== "" && answers.province !== oldProvince) {
      replaceEverywhere(document, oldProvince, answers.province);
    }
    if (index === 0) applyMainAnswers(document, answers);
    const text = document.toString({ lineWidth: 0 });
    return { file: source.file, text: text === source.text ? source.text : text };
  });
}

function replaceEverywhere(document: Document, from: string, to: string): void {
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === "string") {
        node.value = node.value.replaceAll(from, to).replaceAll(from.toUpperCase(), to.toUpperCase());
      }
    },
  });
}

function applyMainAnswers(document: Document, answers: InitAnswers): void {
  if (answers.place !== undefined) document.setIn(["organisation", "place"], answers.place);
  for (const [issuerId, issuer] of Object.entries(answers.issuers ?? {})) {
    if (issuer.name !== undefined) document.setIn(["issuers", issuerId, "name"], issuer.name);
    const signers = document.getIn(["issuers", issuerId, "signers"], true);
    if (!isSeq(signers)) continue;
    for (const item of signers.items) {
      if (!isMap(item)) continue;
      const id = item.get("id", true);
      const answer = isScalar(id) ? issuer.signers?.[String(id.value)] : undefined;
      if (answer?.name !== undefined) item.set("name", answer.name);
      if (answer?.title !== undefined) item.set("title", answer.title);
    }
  }
}
