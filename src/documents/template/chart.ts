// Charts in a template body: a fenced block ```chart whose content is YAML (or JSON, which YAML reads)
// { title, categories, series: [{ name, values }] }. The `chart` helper writes such a block from data.
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { Block } from "../model.js";

export type ChartBlock = Extract<Block, { type: "chart" }>;

/** A chart block that cannot be drawn; the template turns it into a TemplateError. */
export class ChartSpecError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "ChartSpecError";
  }
}

const chartSchema = z.strictObject({
  title: z.string(),
  categories: z.array(z.union([z.string(), z.number()])),
  series: z
    .array(z.strictObject({ name: z.union([z.string(), z.number()]), values: z.array(z.number()) }))
    .min(1, "a chart needs at least one series"),
});

/** Validate a chart description (from YAML or from data) into a chart block. */
export function toChartBlock(spec: unknown): ChartBlock {
  const result = chartSchema.safeParse(spec);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue === undefined || issue.path.length === 0 ? "" : `${issue.path.join(".")}: `;
    throw new ChartSpecError(`${path}${issue?.message ?? "invalid chart"} (expected title, categories, series: [{ name, values }])`);
  }
  const { title, categories, series } = result.data;
  for (const s of series) {
    if (s.values.length !== categories.length) {
      throw new ChartSpecError(
        `series "${s.name}" has ${s.values.length} values for ${categories.length} categories`,
      );
    }
    if (s.values.some((v) => !Number.isFinite(v))) throw new ChartSpecError(`series "${s.name}" has a value that is not a number`);
  }
  return {
    type: "chart",
    title: title.normalize("NFC"),
    categories: categories.map((c) => String(c).normalize("NFC")),
    series: series.map((s) => ({ name: String(s.name).normalize("NFC"), values: [...s.values] })),
  };
}

/** The content of a ```chart fenced block. */
export function parseChartSpec(yamlText: string): ChartBlock {
  let spec: unknown;
  try {
    spec = parseYaml(yamlText, { logLevel: "error" });
  } catch (error) {
    throw new ChartSpecError(`not valid YAML: ${(error as Error).message.split("\n")[0] ?? ""}`);
  }
  return toChartBlock(spec);
}

/**
 * A fenced ```chart block for the Markdown body. The content is one line of JSON, so no value can close
 * the fence (a closing fence must start its line) and nothing needs Markdown escaping.
 */
export function chartFence(spec: unknown): string {
  const chart = toChartBlock(spec);
  const { title, categories, series } = chart;
  return `\n\n\`\`\`chart\n${JSON.stringify({ title, categories, series })}\n\`\`\`\n\n`;
}
