// What a template's front matter declares by itself, without data: a document that cites another (the
// directive cites the report) takes the cited one's kind, type abbreviation and issuer from the cited
// template, so the two can never disagree. Each `{{…}}` stands for a value not known here: it reads as
// "…", which no abbreviation or issuer id can be.
import { splitTemplate } from "../template/front-matter.js";
import { TemplateError, problem } from "../template/template-error.js";
import { parseYamlText } from "../template/yaml-text.js";

export function declaredFrontMatter(source: string, file: string): Record<string, unknown> {
  const text = source
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
  const { front } = splitTemplate(text, file);
  if (front === null) return {};
  let parsed: unknown;
  try {
    parsed = parseYamlText(front.text.replace(/\{\{[\s\S]*?\}\}/g, "…"));
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    throw new TemplateError({ file, problem: problem("front-matter-yaml", { yamlCode: "", reason }) });
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== "object" || Array.isArray(parsed))
    throw new TemplateError({ file, problem: problem("front-matter-not-mapping") });
  return parsed as Record<string, unknown>;
}
