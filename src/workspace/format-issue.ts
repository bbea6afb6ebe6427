// Turns a ConfigIssue into one line for people:
//   baocao.yaml:42 units[3].kind: phải là một trong agency, district, enterprise
import type { Lang } from "../messages/index.js";
import { messages } from "../messages/index.js";
import type { ConfigIssue } from "./issues.js";
import { formatPath } from "./issues.js";

export function formatConfigIssue(issue: ConfigIssue, lang: Lang): string {
  const m = messages(lang).config;
  const where = m.location({ file: issue.file ?? "baocao.yaml", line: issue.line ?? "" });
  const path = formatPath(issue.path);
  return `${where}${path === "" ? "" : ` ${path}`}: ${describeConfigIssue(issue, lang)}`;
}

/** What is wrong, without the place: "phải là một trong agency, district, enterprise". */
export function describeConfigIssue(issue: ConfigIssue, lang: Lang): string {
  const m = messages(lang).config;
  const d = issue.detail;
  switch (d.kind) {
    case "unknown-key":
      return m.unknownKey;
    case "required":
      return m.required;
    case "one-of":
      return m.oneOf({ values: d.values });
    case "expected": {
      // Only our own names of types: zod's ("nan", "bigint" …) mean nothing to a clerk.
      const type = m.types[d.type];
      return type === undefined ? m.invalidValue : m.expected({ type });
    }
    case "yaml-syntax":
      return m.yamlSyntax({ code: d.code, detail: d.detail });
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
    case "issuer-id":
      return m.issuerId;
    case "abbreviation":
      return m.abbreviation;
    case "email":
      return m.email;
    case "whole-number":
      return m.wholeNumber;
    case "too-small":
      return m.tooSmall({ origin: d.origin, limit: d.minimum, inclusive: d.inclusive });
    case "too-big":
      return m.tooBig({ origin: d.origin, limit: d.maximum, inclusive: d.inclusive });
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
    case "invalid":
      return m.invalidValue;
  }
}
