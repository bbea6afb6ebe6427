// The request letter a reminder cites ("Công văn số 120/STTTT-TTr ngày 05/6/2023"): from --ref, or from the
// manifests of the earlier `de-nghi-bao-cao` batches of the period. Pure: text or parsed JSON in.
import { parseIsoDate } from "../domain/calendar-date.js";
import { parseShortDate } from "../vn/dates.js";
import type { CitedLetter } from "./letter-data.js";

/** The built-in template whose letters a reminder cites. */
export const REQUEST_TEMPLATE = "de-nghi-bao-cao";

/**
 * --ref "120/STTTT-TTr, 05/6/2023" (also "… ngày 05/6/2023", or the number alone): the number and the date
 * (DD/MM/YYYY or YYYY-MM-DD). Null when it is not that shape.
 */
export function parseCitedLetter(text: string): CitedLetter | null {
  const trimmed = text.normalize("NFC").trim();
  const match = /^(?:số\s+)?(\d+\/[^\s,;]+)\s*(?:(?:,|;|\s)\s*(?:ngày\s+)?(\S+))?$/iu.exec(trimmed);
  if (match === null) return null;
  const number = match[1]!;
  if (match[2] === undefined) return { number, date: null };
  const date = parseShortDate(match[2]) ?? parseIsoDate(match[2]);
  return date === null ? null : { number, date };
}

/**
 * The request letter of each unit in a request batch's manifest.json (already parsed): the numbered letters
 * that were made (not a draft, not a dry run). Another template's manifest, or one that is not a manifest,
 * gives none.
 */
export function requestLettersOf(manifest: unknown): Map<string, CitedLetter> {
  const found = new Map<string, CitedLetter>();
  if (typeof manifest !== "object" || manifest === null) return found;
  const m = manifest as Record<string, unknown>;
  if (m.template !== REQUEST_TEMPLATE || m.draft === true || m.dryRun === true || !Array.isArray(m.letters))
    return found;
  const date = typeof m.date === "string" ? parseIsoDate(m.date) : null;
  for (const row of m.letters as unknown[]) {
    if (typeof row !== "object" || row === null) continue;
    const r = row as Record<string, unknown>;
    if (r.status !== "ok" || typeof r.code !== "string" || typeof r.number !== "string") continue;
    found.set(r.code, { number: r.number, date });
  }
  return found;
}
