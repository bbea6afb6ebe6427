// The init use case: a new workspace from a preset, asking (when given a prompter) for the province,
// issuing bodies and signers (the preset's values are the defaults).
import { parse } from "yaml";
import { resolve } from "node:path";
import { UserError } from "../errors.js";
import type { Lang } from "../messages/index.js";
import { messages } from "../messages/index.js";
import { createWorkspace } from "../workspace/create.js";
import type { InitAnswers } from "../workspace/customize.js";
import { customizeSources } from "../workspace/customize.js";
import { DEFAULT_PRESET, findPreset, PRESETS, readPresetSources } from "../workspace/presets.js";
import type { Prompter } from "./prompter.js";

export interface InitOptions {
  cwd: string;
  dir?: string;
  preset?: string;
  lang: Lang;
  /** Asks the questions; none: the preset as it is. */
  prompter?: Prompter;
}

export interface InitResult {
  dir: string;
  preset: string;
  presetChosenByDefault: boolean;
  files: string[];
}

export async function init(options: InitOptions): Promise<InitResult> {
  const m = messages(options.lang).init;
  const dir = resolve(options.cwd, options.dir ?? ".");
  const { prompter } = options;

  let presetName = options.preset;
  if (presetName === undefined && prompter !== undefined) {
    const choices = PRESETS.map((p) => ({ value: p.name, name: `${p.name} — ${p.description[options.lang]}` }));
    presetName = await prompter.select(m.askPreset, choices, DEFAULT_PRESET);
  }
  const preset = findPreset(presetName ?? DEFAULT_PRESET);
  if (preset === undefined) {
    throw new UserError("init/unknown-preset", {
      preset: presetName ?? "",
      names: PRESETS.map((p) => p.name).join(", "),
    });
  }
  let sources = readPresetSources(preset);
  if (prompter !== undefined) sources = customizeSources(sources, await ask(prompter, sources[0]!.text, options.lang));
  const files = createWorkspace(dir, sources);
  return { dir, preset: preset.name, presetChosenByDefault: presetName === undefined, files };
}

interface PresetShape {
  organisation: { province: string; place: string };
  issuers: Record<string, { name: string; signers: { id: string; title: string; name: string }[] }>;
}

async function ask(prompter: Prompter, mainText: string, lang: Lang): Promise<InitAnswers> {
  const m = messages(lang).init;
  const preset = parse(mainText) as PresetShape;
  const province = await prompter.input(m.askProvince, preset.organisation.province);
  const place = await prompter.input(m.askPlace, province);
  const rename = (text: string) =>
    text
      .replaceAll(preset.organisation.province, province)
      .replaceAll(preset.organisation.province.toUpperCase(), province.toUpperCase());
  const issuers: NonNullable<InitAnswers["issuers"]> = {};
  for (const [id, issuer] of Object.entries(preset.issuers)) {
    const name = await prompter.input(m.askIssuerName({ id }), rename(issuer.name));
    const signers: Record<string, { name: string; title: string }> = {};
    for (const signer of issuer.signers) {
      const title = await prompter.input(m.askSignerTitle({ title: signer.title }), signer.title);
      signers[signer.id] = { title, name: await prompter.input(m.askSignerName({ title }), signer.name) };
    }
    issuers[id] = { name, signers };
  }
  return { province, place, issuers };
}
