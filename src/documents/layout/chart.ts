// Chart blocks: a native Word column chart (docx's ChartRun, from "docx/charts"), with its data in an
// embedded workbook so "Edit Data" works in Word. LibreOffice draws it (bars, axes, title, legend) when
// converting to PDF. All the chart's text is set to Times New Roman: otherwise it takes the theme font.
import { AlignmentType, Paragraph } from "docx";
import { ChartRun } from "docx/charts";
import type { Block } from "../model.js";
import { cleanText, FONT_NAME } from "./fonts.js";
import { STYLE } from "./styles.js";

type ChartBlock = Extract<Block, { type: "chart" }>;

/** twips per pixel at 96 dpi (docx sizes charts in pixels). */
const TWIPS_PER_PIXEL = 15;
const ASPECT = 0.55;

export function chartParagraph(block: ChartBlock, width: number): Paragraph {
  if (block.categories.length === 0) throw new RangeError(`The chart "${block.title}" has no categories`);
  if (block.series.length === 0) throw new RangeError(`The chart "${block.title}" has no series`);
  for (const series of block.series) {
    if (series.values.length !== block.categories.length) {
      throw new RangeError(
        `The series "${series.name}" of the chart "${block.title}" has ${series.values.length} values for ${block.categories.length} categories`,
      );
    }
    if (!series.values.every((value) => Number.isFinite(value))) {
      throw new RangeError(
        `The series "${series.name}" of the chart "${block.title}" has a value that is not a number`,
      );
    }
  }
  const widthPx = Math.round(Math.min(width, 9360) / TWIPS_PER_PIXEL);
  const title = cleanText(block.title).trim();
  return new Paragraph({
    style: STYLE.plain,
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 120 },
    children: [
      new ChartRun({
        type: "column",
        ...(title !== "" ? { title: { text: title, font: { name: FONT_NAME, size: 13, bold: true } } } : {}),
        categories: block.categories.map((category) => cleanText(category)),
        series: block.series.map((series) => ({ name: cleanText(series.name), values: [...series.values] })),
        font: { name: FONT_NAME },
        legend: { position: "bottom", font: { name: FONT_NAME, size: 11 } },
        categoryAxis: { font: { name: FONT_NAME, size: 11 } },
        valueAxis: { font: { name: FONT_NAME, size: 10 } },
        dataLabels: { value: true, position: "outsideEnd", font: { name: FONT_NAME, size: 10 } },
        transformation: { width: widthPx, height: Math.round(widthPx * ASPECT) },
      }),
    ],
  });
}
