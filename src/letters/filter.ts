// Which recipients get a letter: by unit kind, group, code, submission status for the period, and
// `--where field=value` conditions on any field. Text is compared accent-, case- and space-insensitively
// ("--where tinh=hung yen" matches "Hưng Yên").
import { UserError } from "../errors.js";
import type { UnitSubmissionStatus } from "../store/index.js";
import { foldForCompare } from "../vn/normalize.js";
import type { UnitKind } from "../domain/unit.js";
import type { Recipient } from "./recipient.js";
import { fieldKey } from "./recipient-table.js";

export interface WhereCondition {
  readonly field: string;
  readonly value: string;
}

export interface RecipientFilter {
  readonly kind?: UnitKind;
  /** Part of the unit's group, e.g. "UBND" or "doanh nghiep". */
  readonly group?: string;
  /** Unit codes, exactly as in the workspace. */
  readonly codes?: readonly string[];
  /** Keep only units whose status for the period is one of these (--missing, --rejected). */
  readonly statuses?: ReadonlySet<UnitSubmissionStatus>;
  readonly where?: readonly WhereCondition[];
}

/** `--missing`: no accepted submission yet (never sent, or only rejected files). `--rejected`: only rejected files. */
export function statusesFor(options: { missing: boolean; rejected: boolean }): Set<UnitSubmissionStatus> | undefined {
  const statuses = new Set<UnitSubmissionStatus>();
  if (options.missing) statuses.add("missing").add("rejected");
  if (options.rejected) statuses.add("rejected");
  return statuses.size === 0 ? undefined : statuses;
}

/** "field=value" (the first "=" splits). Throws UserError letters/bad-where. */
export function parseWhere(text: string): WhereCondition {
  const at = text.indexOf("=");
  const field = at < 0 ? "" : text.slice(0, at).trim();
  if (field === "") throw new UserError("letters/bad-where", { value: text });
  return { field, value: text.slice(at + 1).trim() };
}

/** The value of a field by any spelling of its name ("Tên đơn vị", "ten_don_vi", "TEN DON VI"). */
export function fieldValue(recipient: Recipient, field: string): string | undefined {
  const direct = recipient.fields[field];
  if (direct !== undefined) return direct;
  const key = fieldKey(field);
  const match = Object.keys(recipient.fields).find((name) => fieldKey(name) === key);
  return match === undefined ? undefined : recipient.fields[match];
}

export function filterRecipients(
  recipients: readonly Recipient[],
  filter: RecipientFilter,
  statusOf: (code: string) => UnitSubmissionStatus | null,
): Recipient[] {
  const group = filter.group === undefined ? undefined : foldForCompare(filter.group);
  const codes = filter.codes === undefined || filter.codes.length === 0 ? undefined : new Set(filter.codes);
  const where = (filter.where ?? []).map((condition) => ({
    field: condition.field,
    value: foldForCompare(condition.value),
  }));
  return recipients.filter((recipient) => {
    if (filter.kind !== undefined && recipient.unit?.kind !== filter.kind) return false;
    if (group !== undefined && (recipient.unit === null || !foldForCompare(recipient.unit.group).includes(group)))
      return false;
    if (codes !== undefined && (recipient.code === null || !codes.has(recipient.code))) return false;
    if (filter.statuses !== undefined) {
      const status = recipient.unit === null ? null : statusOf(recipient.unit.code);
      if (status === null || !filter.statuses.has(status)) return false;
    }
    return where.every((condition) => foldForCompare(fieldValue(recipient, condition.field) ?? "") === condition.value);
  });
}
