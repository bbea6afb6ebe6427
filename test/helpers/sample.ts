// The bundled sample workspace, and well-formed submissions for it, for tests.
import { findUnit, indicatorsForKind } from "../../src/domain/catalogue.js";
import type { Period } from "../../src/domain/period/index.js";
import type { FormData } from "./fill-form.js";
import { writeFilledForm } from "./fill-form.js";
import type { CheckContext } from "../../src/intake/checks/context.js";
import { readWorkspace } from "../../src/workspace/read.js";

export const SAMPLE_DIR = new URL("../../samples/hung-yen-2023-h1/", import.meta.url).pathname;
export const sampleConfig = readWorkspace(SAMPLE_DIR).config;
export const H1_2023: Period = { kind: "half", year: 2023, half: 1 };

export const context: CheckContext = {
  config: sampleConfig,
  expectedPeriod: H1_2023,
  today: { year: 2023, month: 6, day: 20 },
};

/** Every field a careful agency fills in, with consistent figures; `override` changes parts. */
export function goodData(unitCode: string, override: FormData = {}): FormData {
  const unit = findUnit(sampleConfig, unitCode)!;
  const indicators: NonNullable<FormData["indicators"]> = {};
  for (const indicator of indicatorsForKind(sampleConfig, unit.kind))
    indicators[indicator.code] = { current: 0, previous: 0 };
  return {
    info: {
      preparedBy: "Nguyễn Văn An",
      phone: "0221 3862 123",
      email: "vanthu@example.vn",
      preparedOn: "16/06/2023",
      head: "Trần Văn Bình",
    },
    indicators: { ...indicators, ...override.indicators },
    incidents: override.incidents ?? [],
    assessment: {
      highlights: "Phối hợp chặt chẽ.",
      shortcomings: "Không",
      causes: "Không",
      directions: "Tiếp tục tuyên truyền.",
      proposals: "Không",
      ...override.assessment,
    },
    ...(override.info ? { info: { preparedBy: "Nguyễn Văn An", head: "Trần Văn Bình", ...override.info } } : {}),
  };
}

export function filledForm(unitCode: string, data: FormData, period: Period = H1_2023): Promise<Buffer> {
  return writeFilledForm({ config: sampleConfig, unit: findUnit(sampleConfig, unitCode)!, period }, data);
}
