// What a batch of letters is made of, read from the workspace and the options: the period's facts (window,
// deadline, statuses and latest validations from the ledger), the recipients after the filters, the numbering.
import { extname, join, relative, resolve } from "node:path";
import type { CalendarDate } from "../domain/calendar-date.js";
import type { Period } from "../domain/period/index.js";
import { periodContext } from "../domain/period/period-context.js";
import { UserError } from "../errors.js";
import { fileKind, readRegularFile } from "../io/regular-file.js";
import {
  MAX_NUMBER,
  fieldKey,
  filterRecipients,
  parseRecipientCsv,
  parseWhere,
  readRecipientWorkbook,
  statusesFor,
  tableRecipients,
  unitRecipient,
} from "../letters/index.js";
import type { BatchContext, BatchNumbering, LetterIssuer, PeriodFacts, Recipient } from "../letters/index.js";
import { latestSubmissions, readLedger, unitStatuses } from "../store/index.js";
import type { Workspace } from "../workspace/read.js";
import type { UnitKind } from "../domain/unit.js";

/** The options that choose recipients and numbers (see LettersOptions). */
export interface SetupOptions {
  cwd: string;
  to?: string;
  kind?: UnitKind;
  group?: string;
  units?: string[];
  missing: boolean;
  rejected: boolean;
  where: string[];
  numberFrom?: number;
  /** --date: the letters' date (or, with --draft, their month); default today. */
  date?: CalendarDate;
  draft: boolean;
  dryRun: boolean;
  /** Today: the letters' date when --date is not given. */
  today: CalendarDate;
}

const UNIT_FIELDS = ["code", "name", "shortName", "address", "group", "kind", "email", "area"];

export function periodFacts(workspace: Workspace, period: Period): PeriodFacts {
  const { config } = workspace;
  const { code, label, window, deadline } = periodContext(config, period);
  const ledger = readLedger(join(workspace.dir, "store")).entries;
  const report = unitStatuses(
    ledger,
    code,
    config.units.map((unit) => unit.code),
  );
  return {
    period: code,
    label,
    window,
    deadline,
    statuses: new Map(report.rows.map((row) => [row.unit, row.status])),
    latest: latestSubmissions(ledger, code),
  };
}

const fromUnits = (options: SetupOptions) => options.to === undefined || options.to === "units";

/** The recipients, filtered. Throws UserError (exit 2) for an unreadable list, an unknown --unit or --where field. */
export async function selectRecipients(
  workspace: Workspace,
  options: SetupOptions,
  facts: PeriodFacts | null,
): Promise<Recipient[]> {
  const { recipients, fields } = await readRecipients(workspace, options);
  if (fromUnits(options)) {
    const codes = workspace.config.units.map((unit) => unit.code);
    const unknown = (options.units ?? []).find((code) => !codes.includes(code));
    if (unknown !== undefined) throw new UserError("unit/unknown-option", { code: unknown, codes: codes.join(", ") });
  }
  const where = options.where.map(parseWhere);
  const known = new Set(fields.map(fieldKey));
  const unknownField = where.find((condition) => !known.has(fieldKey(condition.field)));
  if (unknownField !== undefined) {
    throw new UserError("letters/unknown-field", {
      field: unknownField.field,
      fields: fields.filter((field) => field !== "").join(", "),
    });
  }
  const statuses = statusesFor(options);
  return filterRecipients(
    recipients,
    {
      ...(options.kind === undefined ? {} : { kind: options.kind }),
      ...(options.group === undefined ? {} : { group: options.group }),
      ...(options.units === undefined ? {} : { codes: options.units }),
      ...(statuses === undefined ? {} : { statuses }),
      where,
    },
    (code) => facts?.statuses.get(code) ?? null,
  );
}

async function readRecipients(
  workspace: Workspace,
  options: SetupOptions,
): Promise<{ recipients: Recipient[]; fields: string[] }> {
  if (fromUnits(options)) return { recipients: workspace.config.units.map(unitRecipient), fields: UNIT_FIELDS };
  const to = options.to!;
  const file = resolve(options.cwd, to);
  const extension = extname(file).toLowerCase();
  const shown = relative(options.cwd, file) || file;
  const bytes = readInputFile(file, to, shown, "recipients");
  if (extension !== ".csv" && extension !== ".xlsx")
    throw new UserError("letters/bad-recipients-file", { file: shown });
  const table = extension === ".csv" ? parseRecipientCsv(bytes, shown) : await readRecipientWorkbook(bytes, shown);
  return {
    recipients: tableRecipients(table, workspace.config),
    fields: [...table.headers, "name", "code", "address", "email"],
  };
}

/**
 * A file named on the command line (the recipient list, a Word template), read whole. Anything but a
 * regular file (a folder, a FIFO that would block the read forever, a device) is refused before it is
 * opened; each refusal is a UserError naming the file (exit 2).
 */
export function readInputFile(file: string, given: string, shown: string, role: "recipients" | "template"): Buffer {
  const kind = fileKind(file);
  if (kind === "missing") throw new UserError("input/not-found", { path: given });
  if (kind !== "file" && kind !== "unreadable")
    throw new UserError("letters/not-a-file", { file: shown, folder: kind === "folder" ? 1 : 0, role });
  // Opened without blocking and checked again on the open file (src/io/regular-file.ts).
  return readRegularFile(file, shown);
}

export function batchNumbering(options: SetupOptions, count: number): BatchNumbering {
  const day = options.date ?? options.today;
  if (options.draft) return { from: null, date: { draft: true, year: day.year, month: day.month } };
  if (options.numberFrom === undefined) {
    // A dry run may list the letters before the records office has given the numbers.
    if (options.dryRun) return { from: null, date: day };
    throw new UserError("letters/no-number");
  }
  const last = options.numberFrom + Math.max(count, 1) - 1;
  if (last > MAX_NUMBER) throw new UserError("document/bad-number", { value: String(last) });
  return { from: options.numberFrom, date: day };
}

export function batchContext(
  workspace: Workspace,
  issuer: LetterIssuer,
  facts: PeriodFacts | null,
  count: number,
): BatchContext {
  return {
    province: workspace.config.organisation.province,
    place: workspace.config.organisation.place,
    issuer: { name: issuer.name, shortName: issuer.shortName },
    symbol: issuer.symbol,
    period: facts,
    count,
  };
}
