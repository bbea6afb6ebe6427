// Charts in a template body: a fenced block ```chart whose content is YAML (or JSON, which YAML reads)
// { title, categories, series: [{ name, values }] }. The `chart` helper writes such a block from data.
import { z } from "zod";
import type { Block } from "../model.js";
import { TemplateProblemError } from "./template-error.js";
import type { TemplateProblem } from "./template-error.js";
import { parseYamlText } from "./yaml-text.js";

export type ChartBlock = Extract<Block, { type: "chart" }>;

/** A chart block that cannot be drawn; the template turns it into a TemplateError. */
export class ChartSpecError extends TemplateProblemError {
  constructor(problem: TemplateProblem) {
    super(problem);
    this.name = "ChartSpecError";
  }
}

const chartSchema = z.strictObject({
  title: z.string(),
  categories: z.array(z.union([z.string(), z.number()])),
  series: z.array(z.strictObject({ name: z.union([z.string(), z.number()]), values: z.array(z.number()) })).min(1),
});

/** Validate a chart description (from YAML or from data) into a chart block. */
export function toChartBlock(spec: unknown): ChartBlock {
  const result = chartSchema.safeParse(spec);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue === undefined ? "" : issue.path.join(".");
    if (issue?.code === "too_small" && path === "series") throw new ChartSpecError({ code: "chart-no-series" });
    throw new ChartSpecError({ code: "chart-shape", params: { path, reason: issue?.message ?? "invalid chart" } });
  }
  const { title, categories, series } = result.data;
  for (const s of series) {
    if (s.values.length !== categories.length) {
      throw new ChartSpecError({
        code: "chart-lengths",
        params: { series: String(s.name), values: s.values.length, categories: categories.length },
      });
    }
    if (s.values.some((v) => !Number.isFinite(v)))
      throw new ChartSpecError({ code: "chart-not-number", params: { series: String(s.name) } });
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
    spec = parseYamlText(yamlText);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new ChartSpecError({
      code: "chart-yaml",
      params: {
        yamlCode: typeof code === "string" ? code : "OTHER",
        reason: (error as Error).message.split("\n")[0] ?? "",
      },
    });
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
