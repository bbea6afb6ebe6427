// Who sent the form and for which period: sheet `Thông tin`.
import { findUnit } from "../../domain/catalogue.js";
import type { Period } from "../../domain/period/index.js";
import { parsePeriod, periodCode, periodLabel } from "../../domain/period/index.js";
import { SHEETS } from "../../domain/form-contract.js";
import type { InfoKey } from "../../domain/form-contract.js";
import type { Unit } from "../../domain/unit.js";
import { foldForCompare } from "../../vn/normalize.js";
import type { Finding } from "../../domain/findings.js";
import { asDate, asText } from "../interpret.js";
import type { RawSubmission } from "../raw-submission.js";
import type { CheckContext } from "./context.js";
import { finding } from "./finding.js";

export interface Identity {
  unit: Unit | null;
  /** The code as written, when it names no unit. */
  unitCode: string | null;
  period: Period | null;
  info: Partial<Record<InfoKey, string>>;
}

export function checkIdentity(raw: RawSubmission, context: CheckContext): { identity: Identity; findings: Finding[] } {
  const findings: Finding[] = [];
  const { values } = raw.info;
  const info: Partial<Record<InfoKey, string>> = {};
  for (const [key, cell] of Object.entries(values) as [InfoKey, NonNullable<(typeof values)[InfoKey]>][]) {
    const text = asText(cell.value);
    if (text !== null) info[key] = text;
  }
  const sheetOnly = { sheet: raw.info.sheet ?? SHEETS.info };

  let unit: Unit | null = null;
  const codeCell = values.unitCode;
  const code = info.unitCode ?? null;
  if (code === null) {
    findings.push(finding("error", "info/missing", codeCell ?? sheetOnly, { label: "Mã đơn vị" }));
  } else {
    unit = findUnit(context.config, code) ?? null;
    if (unit === null) {
      findings.push(finding("error", "unit/unknown", codeCell!, { code }));
    } else if (info.unitName !== undefined && !nameMatches(info.unitName, unit)) {
      // An error, not a warning: a form with another unit's code would replace that unit's submission.
      findings.push(finding("error", "unit/name-mismatch", values.unitName!, { code: unit.code, expected: unit.name }));
    }
  }

  let period: Period | null = null;
  const periodText = info.period ?? null;
  if (periodText === null) {
    findings.push(finding("error", "period/missing", values.period ?? sheetOnly, {}));
  } else {
    period = parsePeriod(periodText);
    if (period === null) {
      findings.push(finding("error", "period/invalid", values.period!, {}));
    } else if (context.expectedPeriod !== null && periodCode(period) !== periodCode(context.expectedPeriod)) {
      findings.push(
        finding("error", "period/mismatch", values.period!, {
          found: periodLabel(period),
          expected: periodLabel(context.expectedPeriod),
        }),
      );
    }
  }

  for (const key of ["preparedBy", "head"] as const) {
    if (info[key] === undefined)
      findings.push(finding("warning", "info/missing", values[key] ?? sheetOnly, { label: labelOf(key) }));
  }
  const preparedOn = values.preparedOn;
  if (preparedOn !== undefined && !asDate(preparedOn.value).ok)
    findings.push(finding("warning", "date/unreadable", preparedOn));

  return { identity: { unit, unitCode: code, period, info }, findings };
}

/** The name may be the full or short name, with or without "tỉnh Hưng Yên" and in any case. */
function nameMatches(written: string, unit: Unit): boolean {
  const key = foldForCompare(written);
  return [unit.name, unit.shortName, unit.address]
    .filter((name): name is string => name !== undefined)
    .map(foldForCompare)
    .some((name) => name === key || name.includes(key) || key.includes(name));
}

function labelOf(key: "preparedBy" | "head"): string {
  return key === "preparedBy" ? "Người lập" : "Thủ trưởng đơn vị";
}
