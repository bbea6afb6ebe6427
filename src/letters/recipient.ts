// One addressee of a batch letter: a workspace unit, or a row of the clerk's own spreadsheet/CSV.
// Both end up with the same shape, so filters, file names and templates need not tell them apart.
import type { Unit } from "../domain/unit.js";

export interface Recipient {
  /** Where it came from: a workspace unit, or a data row of a table (its row number as Excel shows it). */
  readonly source: { readonly kind: "unit" } | { readonly kind: "table"; readonly row: number };
  /** The unit code (workspace units, or a table's code column); null when the row has none. */
  readonly code: string | null;
  /** The name, for "Kính gửi", the file name and the manifest; null when the row has none (that letter fails). */
  readonly name: string | null;
  /** The "Kính gửi:" line: the unit's address, else its name. */
  readonly address: string | null;
  /**
   * What templates see as `recipient.<field>`. Empty cells are left out, so a template that uses one
   * fails for that recipient (and says which field) instead of printing a blank.
   */
  readonly fields: Readonly<Record<string, string>>;
  /** The workspace unit with this code, if any (also for table rows whose code is a unit's). */
  readonly unit: Unit | null;
}

/** The fields a workspace unit shows to templates. */
export function unitFields(unit: Unit): Record<string, string> {
  const fields: Record<string, string> = {
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName ?? unit.name,
    address: unit.address ?? unit.name,
    group: unit.group,
    kind: unit.kind,
  };
  if (unit.email !== undefined) fields.email = unit.email;
  if (unit.area !== undefined) fields.area = unit.area;
  return fields;
}

export function unitRecipient(unit: Unit): Recipient {
  return {
    source: { kind: "unit" },
    code: unit.code,
    name: unit.name,
    address: unit.address ?? unit.name,
    fields: unitFields(unit),
    unit,
  };
}

/** How the manifest and messages name a recipient: "UBND-ANTHI UBND huyện Ân Thi", or "dòng 4". */
export function recipientLabel(recipient: Recipient): string {
  const parts = [recipient.code, recipient.name].filter((part): part is string => part !== null && part !== "");
  if (parts.length > 0) return parts.join(" ");
  return recipient.source.kind === "table" ? `#${recipient.source.row}` : "?";
}
