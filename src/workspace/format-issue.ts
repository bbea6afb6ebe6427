// Turns a ConfigIssue into one line for people:
//   baocao.yaml:42 units[3].kind: phải là một trong agency, district, enterprise
import { z } from "zod";
import type { Lang } from "../messages/index.js";
import { messages } from "../messages/index.js";
import type { ConfigIssue } from "./issues.js";
import { formatPath } from "./issues.js";

export function formatConfigIssue(issue: ConfigIssue, lang: Lang): string {
  const m = messages(lang).config;
  const where = m.location({ file: issue.file ?? "baocao.yaml", line: issue.line ?? "" });
  const path = formatPath(issue.path);
  return `${where}${path === "" ? "" : ` ${path}`}: ${describe(issue, lang)}`;
}

function describe(issue: ConfigIssue, lang: Lang): string {
  const m = messages(lang).config;
  const d = issue.detail;
  switch (d.kind) {
    case "unknown-key":
      return m.unknownKey;
    case "required":
      return m.required;
    case "one-of":
      return m.oneOf({ values: d.values });
    case "expected":
      return m.expected({ type: m.types[d.type] ?? d.type });
    case "yaml-syntax":
      return m.yamlSyntax({ detail: d.detail });
    case "duplicate":
      return m.duplicate({ value: d.value, first: d.first });
    case "unknown-reference":
      return m.unknownReference({ value: d.value, where: d.where });
    case "authority":
      return m.authority;
    case "code":
      return m.code;
    case "iso-date":
      return m.isoDate;
    case "duplicate-top-key":
      return m.duplicateTopKey({ key: d.key, first: d.first });
    case "include-path":
      return m.includePath;
    case "include-missing":
      return m.includeMissing({ file: d.file });
    case "not-mapping":
      return m.notMapping;
    case "version":
      return m.version({ value: d.value });
    case "zod": {
      const locale = lang === "en" ? z.locales.en() : z.locales.vi();
      const message = locale.localeError?.(d.issue as never);
      return typeof message === "string" ? message : (message?.message ?? String((d.issue as { message?: string }).message));
    }
  }
}
