import { en } from "./en.js";
import { vi } from "./vi.js";
import type { Messages } from "./vi.js";

export type { Messages };
export const LANGS = ["vi", "en"] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export function messages(lang: Lang): Messages {
  return lang === "en" ? en : vi;
}

import type { Finding } from "../domain/findings.js";
import { findingsEn } from "./findings-en.js";
import { findingsVi } from "./findings-vi.js";

/** The message and hint of a validation finding, in the user's language. */
export function describeFinding(finding: Finding, lang: Lang): { message: string; hint: string } {
  const text = (lang === "en" ? findingsEn : findingsVi)[finding.code];
  return { message: text.message(finding), hint: text.hint(finding) };
}
