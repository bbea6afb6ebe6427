// Built-in starting points for `baocao init`. A preset is a set of configuration files taken from
// baocao's own folders. hung-yen-2023 is the sample workspace's configuration itself, so the sample
// and the preset can never drift apart; hung-yen-2025 reuses its catalogue, which proves that the
// 2025 reorganisation is a change of configuration, not of code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../package-root.js";
import type { ConfigSource } from "./sources.js";

export interface Preset {
  readonly name: string;
  readonly description: { vi: string; en: string };
  /** Workspace file name → file in the package. baocao.yaml comes first. */
  readonly files: Readonly<Record<string, string>>;
}

const SAMPLE_2023 = "samples/hung-yen-2023-h1";

export const PRESETS: readonly Preset[] = [
  {
    name: "hung-yen-2023",
    description: {
      vi: "Hưng Yên 2023: Sở TT&TT, UBND tỉnh, 8 sở ngành, 10 huyện/thị xã/thành phố, 4 doanh nghiệp viễn thông",
      en: "Hưng Yên 2023: Department of Information and Communications, provincial committee, 8 agencies, 10 districts, 4 operators",
    },
    files: { "baocao.yaml": `${SAMPLE_2023}/baocao.yaml`, "chi-tieu.yaml": `${SAMPLE_2023}/chi-tieu.yaml` },
  },
  {
    name: "hung-yen-2025",
    description: {
      vi: "Hưng Yên từ 01/7/2025: Sở Khoa học và Công nghệ, không còn cấp huyện, địa bàn là 104 xã, phường",
      en: "Hưng Yên from 1 July 2025: Department of Science and Technology, no districts, 104 communes and wards as areas",
    },
    files: {
      "baocao.yaml": "presets/hung-yen-2025/baocao.yaml",
      "dia-ban.yaml": "presets/hung-yen-2025/dia-ban.yaml",
      "chi-tieu.yaml": `${SAMPLE_2023}/chi-tieu.yaml`,
    },
  },
];

export const DEFAULT_PRESET = "hung-yen-2023";

export function findPreset(name: string): Preset | undefined {
  return PRESETS.find((preset) => preset.name === name);
}

export function readPresetSources(preset: Preset): ConfigSource[] {
  return Object.entries(preset.files).map(([file, source]) => ({
    file,
    text: readFileSync(join(PACKAGE_ROOT, source), "utf8"),
  }));
}
