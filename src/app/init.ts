// The init use case: a new workspace from a preset, asking (when given a prompter) for the province,
// issuing bodies and signers (the preset's values are the defaults).
import { parse } from "yaml";
import { join, resolve } from "node:path";
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
  /**
   * The province was renamed (interactive init): the preset's units and areas are still the old province's,
   * to be edited in these files (absolute paths). null when the province is the preset's.
   */
  provinceChanged: { from: string; to: string; files: string[] } | null;
}

export async function init(options: InitOptions): Promise<InitResult> {
  const m = messages(options.lang).init;
  const dir = resolve(options.cwd, options.dir ?? ".");
  const { prompter } = options;

  let presetName = options.preset;
  if (presetName === undefined && prompter !== undefined) {
    const choices = PRESETS.map((p) => ({ value: p.name, name: p.description[options.lang] }));
    presetName = await prompter.select(m.askPreset, choices, DEFAULT_PRESET);
  }
  const preset = findPreset(presetName ?? DEFAULT_PRESET);
  if (preset === undefined) {
    throw new UserError("init/unknown-preset", {
      preset: presetName ?? "",
      names: PRESETS.map((p) => p.name).join(", "),
    });
  }
  const presetSources = readPresetSources(preset);
  let sources = presetSources;
  let provinceChanged: InitResult["provinceChanged"] = null;
  if (prompter !== undefined) {
    const answers = await ask(prompter, presetSources[0]!.text, options.lang);
    sources = customizeSources(presetSources, answers);
    const from = (parse(presetSources[0]!.text) as PresetShape).organisation.province;
    if (answers.province !== undefined && answers.province !== from) {
      // The renaming reaches names and headers, not the list of units and areas: those must be edited.
      const files = presetSources
        .filter((source) => /^(units|areas):/m.test(source.text))
        .map((source) => join(dir, source.file));
      provinceChanged = { from, to: answers.province, files };
    }
  }
  const files = createWorkspace(dir, sources);
  return { dir, preset: preset.name, presetChosenByDefault: presetName === undefined, files, provinceChanged };
}

interface PresetShape {
  organisation: { province: string; place: string };
  issuers: Record<string, { name: string; shortName?: string; signers: { id: string; title: string; name: string }[] }>;
  documents?: { report?: { issuer?: string }; directive?: { issuer?: string } };
}

async function ask(prompter: Prompter, mainText: string, lang: Lang): Promise<InitAnswers> {
  const m = messages(lang).init;
  const check = (answer: string) => answer.trim() !== "" || messages(lang).guided.emptyAnswer;
  const preset = parse(mainText) as PresetShape;
  const province = await prompter.input(m.askProvince, preset.organisation.province, check);
  const place = await prompter.input(m.askPlace, province, check);
  const rename = (text: string) =>
    text
      .replaceAll(preset.organisation.province, province)
      .replaceAll(preset.organisation.province.toUpperCase(), province.toUpperCase());
  const issuers: NonNullable<InitAnswers["issuers"]> = {};
  // Issuing bodies are named by what they issue, never by their id in baocao.yaml (ubnd, sotttt).
  const roleOf = (id: string) =>
    preset.documents?.report?.issuer === id ? "report" : preset.documents?.directive?.issuer === id ? "directive" : "";
  for (const [index, [id, issuer]] of Object.entries(preset.issuers).entries()) {
    const name = await prompter.input(
      m.askIssuerName({ role: roleOf(id), index: index + 1 }),
      rename(issuer.name),
      check,
    );
    const shown = issuer.shortName === undefined ? name : rename(issuer.shortName);
    const signers: Record<string, { name: string; title: string }> = {};
    for (const [position, signer] of issuer.signers.entries()) {
      const title = await prompter.input(
        m.askSignerTitle({ index: position + 1, count: issuer.signers.length, issuer: shown }),
        signer.title,
        check,
      );
      signers[signer.id] = { title, name: await prompter.input(m.askSignerName({ title }), signer.name, check) };
    }
    issuers[id] = { name, signers };
  }
  return { province, place, issuers };
}
