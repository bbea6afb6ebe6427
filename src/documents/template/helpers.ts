// The helpers a template can call. Each one checks its arguments and throws TemplateRunFailure naming
// itself, so an error reads `templates/report.hbs:12: helper "money": expected a number, got "abc"`.
// Vietnamese has no plural: `{{count n "vụ"}}` is "3 vụ" whatever n is.
import { Handlebars } from "./handlebars.js";
import type { HandlebarsEnvironment } from "./handlebars.js";
import type { HelperDelegate } from "handlebars";
import { isValidCalendarDate, parseIsoDate } from "../../domain/calendar-date.js";
import type { CalendarDate } from "../../domain/calendar-date.js";
import { isValidPeriod, parsePeriod, periodLabel } from "../../domain/period/index.js";
import type { Period } from "../../domain/period/index.js";
import {
  describeChange,
  formatDecreeDate,
  formatDocumentShortDate,
  formatDraftDate,
  formatMoney,
  formatNumber,
  formatPercent,
  moneyToWords,
  normalizeText,
} from "../../vn/index.js";
import { chartFence } from "./chart.js";
import { describeValue, displayText } from "./escape.js";
import { indicatorTableMarkdown, parseColumns, rowsTableMarkdown } from "./tables.js";
import { TemplateProblemError, TemplateRunFailure, problem } from "./template-error.js";
import type { PartPosition, TemplateProblem, TemplateProblemCode } from "./template-error.js";

type Hash = Readonly<Record<string, unknown>>;

export interface HelperSpec {
  readonly name: string;
  /** Fewest and most positional arguments. */
  readonly args: readonly [number, number];
  /** Hash options the helper understands (`scale="million"`); any other is an error. */
  readonly options?: readonly string[];
  readonly run: (args: readonly unknown[], hash: Hash) => unknown;
}

/** What Handlebars passes as the last argument of a helper call (only the parts used here). */
interface CallOptions {
  readonly name?: string;
  readonly hash?: Record<string, unknown>;
  readonly loc?: { readonly start: PartPosition } | null;
}

export const HELPERS: readonly HelperSpec[] = [
  { name: "date", args: [1, 1], run: ([d]) => decreeDate(d) },
  { name: "shortDate", args: [1, 1], run: ([d]) => formatDocumentShortDate(readDate(d)) },
  {
    name: "number",
    args: [1, 1],
    options: ["decimals"],
    run: ([n], hash) => {
      const decimals = optionalInteger(hash, "decimals");
      return formatNumber(readNumber(n), decimals === undefined ? {} : { decimals });
    },
  },
  {
    name: "money",
    args: [1, 1],
    options: ["scale", "decimals"],
    run: ([n], hash) => {
      const scale = hash.scale ?? "dong";
      if (scale !== "dong" && scale !== "million") throw invalid("money-scale", scale);
      const decimals = optionalInteger(hash, "decimals");
      return formatMoney(readNumber(n), decimals === undefined ? { scale } : { scale, decimals });
    },
  },
  {
    name: "moneyWords",
    args: [1, 1],
    options: ["capitalize"],
    run: ([n], hash) => moneyToWords(readNumber(n), { capitalize: optionalBoolean(hash, "capitalize") ?? false }),
  },
  {
    name: "percent",
    args: [1, 1],
    options: ["decimals"],
    run: ([n], hash) => formatPercent(readNumber(n), optionalInteger(hash, "decimals") ?? 1),
  },
  {
    name: "change",
    args: [2, 3],
    options: ["money"],
    run: ([current, previous, unit], hash) =>
      describeChange(
        readNumber(current),
        previous === null ? null : readNumber(previous),
        unit === undefined ? "" : readString(unit),
        { money: optionalBoolean(hash, "money") ?? false },
      ),
  },
  { name: "periodLabel", args: [1, 1], run: ([p]) => periodLabel(readPeriod(p)) },
  { name: "upper", args: [1, 1], run: ([s]) => displayText(s).normalize("NFC").toUpperCase() },
  {
    name: "count",
    args: [2, 2],
    run: ([n, unit]) => {
      const text = formatNumber(readNumber(n));
      const u = normalizeText(readString(unit));
      return u === "" ? text : `${text} ${u}`;
    },
  },
  {
    name: "join",
    args: [1, 2],
    run: ([list, separator]) => {
      if (!Array.isArray(list)) throw invalid("expected-list", list);
      return list.map((item) => displayText(item)).join(separator === undefined ? ", " : readString(separator));
    },
  },
  { name: "eq", args: [2, 2], run: ([a, b]) => a === b },
  { name: "ne", args: [2, 2], run: ([a, b]) => a !== b },
  { name: "gt", args: [2, 2], run: ([a, b]) => readNumber(a) > readNumber(b) },
  { name: "lt", args: [2, 2], run: ([a, b]) => readNumber(a) < readNumber(b) },
  { name: "not", args: [1, 1], run: ([a]) => !truthy(a) },
  {
    name: "indicatorTable",
    args: [1, 1],
    options: ["current", "previous"],
    run: ([rows], hash) =>
      new Handlebars.SafeString(
        indicatorTableMarkdown(rows, {
          current: hash.current === undefined ? "Kỳ này" : readString(hash.current),
          previous: hash.previous === undefined ? "Cùng kỳ" : readString(hash.previous),
        }),
      ),
  },
  {
    name: "unitTable",
    args: [1, Number.POSITIVE_INFINITY],
    options: ["columns", "stt"],
    run: ([rows, ...specs], hash) => {
      if (hash.columns !== undefined && specs.length > 0) throw new TemplateProblemError(problem("columns-twice"));
      const columns = hash.columns === undefined ? specs : hash.columns;
      if (!Array.isArray(columns)) throw invalid("columns-not-list", columns);
      return new Handlebars.SafeString(
        rowsTableMarkdown(rows, parseColumns(columns), { stt: optionalBoolean(hash, "stt") ?? true }),
      );
    },
  },
  {
    name: "chart",
    args: [0, 0],
    options: ["title", "categories", "series"],
    run: (_args, hash) =>
      new Handlebars.SafeString(chartFence({ title: hash.title, categories: hash.categories, series: hash.series })),
  },
];

/** Register every helper on an environment from Handlebars.create(); `log` goes (it writes to the console). */
export function registerHelpers(env: HandlebarsEnvironment): void {
  env.unregisterHelper("log");
  for (const spec of HELPERS) env.registerHelper(spec.name, wrapHelper(spec));
  env.registerHelper("lookup", strictLookup);
  env.registerHelper("helperMissing", (...raw: unknown[]) => {
    const options = raw[raw.length - 1] as CallOptions;
    if (raw.length === 1) return undefined; // {{name}} that is neither a field nor a helper: Handlebars' own rule
    const position = positionOf(options);
    throw new TemplateRunFailure({
      problem: problem("unknown-helper", { name: options.name ?? "?" }),
      ...(position === undefined ? {} : { position }),
    });
  });
}

/**
 * `{{lookup object key}}` in strict mode, as `{{object.key}}` is: a key the object does not own (absent,
 * or inherited such as "constructor" or "toString") is a missing field named `object.key`, never an empty
 * value (Handlebars' own lookup gives undefined, and prints an English warning on stderr for a prototype
 * property).
 */
const strictLookup: HelperDelegate = (...raw: unknown[]) => {
  const options = raw.pop() as CallOptions;
  const position = positionOf(options);
  const at = position === undefined ? {} : { position };
  if (raw.length !== 2)
    throw new TemplateRunFailure({
      problem: problem("helper-arity", { name: "lookup", min: 2, max: 2, count: raw.length }),
      helper: "lookup",
      ...at,
    });
  const [object, key] = raw;
  if (object === undefined || object === null)
    throw new TemplateRunFailure({ problem: problem("argument-not-defined", { n: 1 }), ...at, argument: { param: 0 } });
  if (key === undefined || key === null)
    throw new TemplateRunFailure({ problem: problem("argument-not-defined", { n: 2 }), ...at, argument: { param: 1 } });
  const name = typeof key === "string" ? key : JSON.stringify(key);
  if (name === "__proto__" || !Object.hasOwn(Object(object) as object, name))
    throw new TemplateRunFailure({ problem: problem("not-defined", { field: name }), ...at, argument: { param: 0 } });
  return (object as Record<string, unknown>)[name];
};

function wrapHelper(spec: HelperSpec): HelperDelegate {
  return (...raw: unknown[]) => {
    const options = raw.pop() as CallOptions;
    const position = positionOf(options);
    const fail = (what: TemplateProblem, argument?: { param: number } | { hash: string }) =>
      new TemplateRunFailure({
        problem: what,
        helper: spec.name,
        ...(position === undefined ? {} : { position }),
        ...(argument === undefined ? {} : { argument }),
      });
    const [min, max] = spec.args;
    if (raw.length < min || raw.length > max) {
      // {{number}} with no argument is the helper, not a field called "number": helpers come first, and
      // the message says how to print the field (count 0).
      throw fail(
        problem("helper-arity", {
          name: spec.name,
          min,
          max: max === Number.POSITIVE_INFINITY ? -1 : max,
          count: raw.length,
        }),
      );
    }
    const index = raw.indexOf(undefined);
    if (index >= 0) throw fail(problem("argument-not-defined", { n: index + 1 }), { param: index });
    const hash = options.hash ?? {};
    for (const [key, value] of Object.entries(hash)) {
      if (!(spec.options ?? []).includes(key)) {
        throw fail(problem("unknown-option", { option: key, known: (spec.options ?? []).join(", ") }));
      }
      if (value === undefined) throw fail(problem("option-not-defined", { option: key }), { hash: key });
    }
    try {
      return spec.run(raw, hash);
    } catch (error) {
      if (error instanceof TemplateRunFailure) throw error;
      if (error instanceof TemplateProblemError) throw fail(error.problem);
      throw fail(problem("helper-failed", { reason: error instanceof Error ? error.message : String(error) }));
    }
  };
}

function positionOf(options: CallOptions | undefined): PartPosition | undefined {
  const start = options?.loc?.start;
  return start === undefined ? undefined : { line: start.line, column: start.column };
}

/** A helper was given a value it cannot use (`option`: the hash option it came from). */
function invalid(code: TemplateProblemCode, value: unknown, option?: string): TemplateProblemError {
  return new TemplateProblemError(
    problem(code, option === undefined ? { got: describeValue(value) } : { option, got: describeValue(value) }),
  );
}

function readNumber(value: unknown): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  throw invalid("expected-number", value);
}

function readString(value: unknown): string {
  if (typeof value === "string") return value;
  throw invalid("expected-text", value);
}

function optionalInteger(hash: Hash, key: string): number | undefined {
  const value = hash[key];
  if (value === undefined) return undefined;
  if (typeof value === "number" && Number.isInteger(value)) return value;
  throw invalid("expected-whole-number", value, key);
}

function optionalBoolean(hash: Hash, key: string): boolean | undefined {
  const value = hash[key];
  if (value === undefined) return undefined;
  if (typeof value === "boolean") return value;
  throw invalid("expected-boolean", value, key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readDate(value: unknown): CalendarDate {
  if (typeof value === "string") {
    const date = parseIsoDate(value);
    if (date !== null) return date;
  } else if (isRecord(value)) {
    const { year, month, day } = value;
    if (
      typeof year === "number" &&
      typeof month === "number" &&
      typeof day === "number" &&
      isValidCalendarDate(year, month, day)
    ) {
      return { year, month, day };
    }
  }
  throw invalid("expected-date", value);
}

/** A date, or a draft { draft: true, year, month } whose day the records office fills in. */
function decreeDate(value: unknown): string {
  if (isRecord(value) && value.draft === true) {
    const { year, month } = value;
    if (typeof year === "number" && typeof month === "number") return formatDraftDate(year, month);
    throw new TemplateProblemError(problem("draft-date"));
  }
  return formatDecreeDate(readDate(value));
}

function readPeriod(value: unknown): Period {
  if (typeof value === "string") {
    const period = parsePeriod(value);
    if (period !== null) return period;
  } else if (isRecord(value) && typeof value.kind === "string" && isValidPeriod(value as unknown as Period)) {
    return value as unknown as Period;
  }
  throw invalid("expected-period", value);
}

/** Handlebars' own truthiness for #if: an empty list is false. */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}
