// Markdown GFM tables written by helpers from data. Every cell goes through escapeMarkdown, so a "|" in a
// name is "\|" (not a column separator) and a line break is a space (not the end of the row).
import { z } from "zod";
import { computeChange, formatNumber } from "../../vn/index.js";
import { describeValue, displayText, escapeMarkdown } from "./escape.js";
import { TemplateProblemError, problem } from "./template-error.js";

export type ColumnAlign = "left" | "center" | "right";

const DELIMITER: Record<ColumnAlign, string> = { left: ":--", center: ":-:", right: "--:" };
const DASH = "—";

/** A GFM table: plain-text cells (escaped here), one alignment per column. */
export function markdownTable(
  header: readonly string[],
  align: readonly ColumnAlign[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(" | ")} |`;
  const lines = [line(header), `| ${align.map((a) => DELIMITER[a]).join(" | ")} |`, ...rows.map(line)];
  // Blank lines around the table: it never merges with the paragraph above or below.
  return `\n\n${lines.join("\n")}\n\n`;
}

const indicatorSchema = z.object({
  code: z.string().optional(),
  name: z.string(),
  unit: z.string(),
  total: z.number(),
  previous: z.number().nullable().optional(),
  change: z.number().nullable().optional(),
  changePct: z.number().nullable().optional(),
});

export interface IndicatorTableLabels {
  /** Header of the current-period column, e.g. "6 tháng đầu năm 2023". */
  readonly current: string;
  /** Header of the same-period column, e.g. "Cùng kỳ". */
  readonly previous: string;
}

/**
 * The indicator table of a report from the aggregate's `indicators` entries:
 * STT · Chỉ tiêu · Đơn vị tính · <current> · <previous> · Tăng/giảm · Tỷ lệ (%).
 * Figures in Vietnamese notation; the change signed ("+3", "-2", "0"); "—" where there is no figure.
 * A missing change/changePct is computed from total and previous.
 */
export function indicatorTableMarkdown(rows: unknown, labels: IndicatorTableLabels): string {
  if (!Array.isArray(rows))
    throw new TemplateProblemError(problem("indicators-not-list", { got: describeValue(rows) }));
  const body = rows.map((row, index) => {
    const parsed = indicatorSchema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TemplateProblemError(
        problem("indicator-row", {
          n: index + 1,
          path: issue?.path.join(".") ?? "",
          reason: issue?.message ?? "is not valid",
        }),
      );
    }
    const r = parsed.data;
    const previous = r.previous ?? null;
    const computed = computeChange(r.total, previous);
    const change = r.change === undefined ? computed.change : r.change;
    const changePct = r.changePct === undefined ? computed.changePct : r.changePct;
    return [
      String(index + 1),
      r.name,
      r.unit,
      formatNumber(r.total),
      previous === null ? DASH : formatNumber(previous),
      change === null ? DASH : signed(change),
      changePct === null ? DASH : formatNumber(changePct, { decimals: 1, trimZeros: false }),
    ];
  });
  return markdownTable(
    ["STT", "Chỉ tiêu", "Đơn vị tính", labels.current, labels.previous, "Tăng/giảm", "Tỷ lệ (%)"],
    ["center", "left", "center", "right", "right", "right", "right"],
    body,
  );
}

/** "+3", "-2", "0", "+1.234,5". */
function signed(n: number): string {
  const text = formatNumber(n);
  return n > 0 && text !== "0" ? `+${text}` : text;
}

export interface TableColumn {
  /** Field of each row; dots reach into nested objects ("byUnit.CAT"). */
  readonly key: string;
  readonly header: string;
  readonly align?: ColumnAlign;
}

const columnSchema = z.union([
  z.string().min(1),
  z.strictObject({
    key: z.string().min(1),
    header: z.string().optional(),
    align: z.enum(["left", "center", "right"]).optional(),
  }),
]);

/**
 * Columns as the template writes them: "key" or "key:Header" strings, or { key, header?, align? } objects
 * (a list from data). Numbers are right-aligned unless said otherwise.
 */
export function parseColumns(specs: readonly unknown[]): TableColumn[] {
  if (specs.length === 0) throw new TemplateProblemError(problem("no-columns"));
  return specs.map((spec, i) => {
    const parsed = columnSchema.safeParse(spec);
    if (!parsed.success) throw new TemplateProblemError(problem("column-spec", { n: i + 1, got: describeValue(spec) }));
    const c = parsed.data;
    if (typeof c === "string") {
      const colon = c.indexOf(":");
      return colon < 0 ? { key: c, header: c } : { key: c.slice(0, colon).trim(), header: c.slice(colon + 1).trim() };
    }
    return c.align === undefined
      ? { key: c.key, header: c.header ?? c.key }
      : { key: c.key, header: c.header ?? c.key, align: c.align };
  });
}

/**
 * A generic table: one row per item of `rows`, one column per column spec; numbers in Vietnamese notation,
 * null as "—"; with `stt`, a leading "STT" column numbering the rows. A field missing from a row is an error.
 */
export function rowsTableMarkdown(rows: unknown, columns: readonly TableColumn[], options: { stt: boolean }): string {
  if (!Array.isArray(rows)) throw new TemplateProblemError(problem("rows-not-list", { got: describeValue(rows) }));
  const cells = rows.map((row, index) => {
    const values = columns.map((column) => cellText(fieldOf(row, column.key, index)));
    return options.stt ? [String(index + 1), ...values] : values;
  });
  const align = columns.map((column) => column.align ?? (columnIsNumeric(rows, column.key) ? "right" : "left"));
  return markdownTable(
    options.stt ? ["STT", ...columns.map((c) => c.header)] : columns.map((c) => c.header),
    options.stt ? ["center", ...align] : align,
    cells,
  );
}

function fieldOf(row: unknown, key: string, index: number): unknown {
  let value: unknown = row;
  for (const part of key.split(".")) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, part)) {
      throw new TemplateProblemError(problem("row-missing-field", { row: index + 1, key }));
    }
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function columnIsNumeric(rows: readonly unknown[], key: string): boolean {
  const values = rows.map((row, i) => fieldOf(row, key, i)).filter((v) => v !== null);
  return values.length > 0 && values.every((v) => typeof v === "number");
}

function cellText(value: unknown): string {
  if (value === null) return DASH;
  if (typeof value === "number") return formatNumber(value);
  return displayText(value);
}
