// `baocao init [dir]`: a new workspace from a preset, asking on a terminal for the province, issuing
// bodies and signers (src/app/init.ts).
import { init as createFromPreset } from "../../../app/init.js";
import type { InitResult } from "../../../app/init.js";
import type { Lang } from "../../../messages/index.js";
import { messages } from "../../../messages/index.js";
import type { Output } from "../../output.js";
import type { Prompter } from "../../prompter.js";
import { terminalPrompter } from "../../prompter.js";

export interface InitOptions {
  cwd: string;
  dir?: string;
  preset?: string;
  /** Ask questions (a terminal, and no --no-input). */
  interactive: boolean;
  lang: Lang;
  prompter?: Prompter;
}

export type { InitResult };

export async function init(options: InitOptions): Promise<InitResult> {
  const prompter = options.interactive ? (options.prompter ?? (await terminalPrompter(options.lang))) : undefined;
  return createFromPreset({
    cwd: options.cwd,
    ...(options.dir === undefined ? {} : { dir: options.dir }),
    ...(options.preset === undefined ? {} : { preset: options.preset }),
    lang: options.lang,
    ...(prompter === undefined ? {} : { prompter }),
  });
}

export function printInit(result: InitResult, output: Output): void {
  const m = messages(output.settings.lang).init;
  if (output.settings.json) {
    output.json(result);
    return;
  }
  if (result.presetChosenByDefault) output.info(m.defaultPreset({ preset: result.preset }));
  output.result(output.out.green(m.created({ dir: result.dir, preset: result.preset })));
  output.info(m.files);
  for (const file of result.files) output.info(`  ${file}`);
  if (result.provinceChanged !== null) {
    const { from, to, files } = result.provinceChanged;
    output.warn(output.err.yellow(m.provinceChanged({ from, to, files: files.join(", ") })));
  }
  output.info(m.next({ file: "baocao.yaml", dir: result.dir }));
}
