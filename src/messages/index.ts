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
