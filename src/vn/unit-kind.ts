// A kind of unit as a clerk writes it: "doanh nghiệp", "co-quan", "enterprise" … (domain/unit.ts UNIT_KIND_NAMES).
import type { UnitKind } from "../domain/unit.js";
import { UNIT_KIND_NAMES, UNIT_KINDS } from "../domain/unit.js";
import { slugify } from "./normalize.js";

/** The kind named, accent-, case- and punctuation-insensitively; null when it names none. */
export function parseUnitKind(text: string): UnitKind | null {
  const slug = slugify(text, "");
  return UNIT_KINDS.find((kind) => UNIT_KIND_NAMES[kind].includes(slug)) ?? null;
}
