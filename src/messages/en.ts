// Every user-facing sentence of baocao in English (the areas' English halves; see vi.ts).

import { cliEn, cliErrorsEn } from "./cli.js";
import { commandsEn } from "./commands.js";
import { aggregateEn, documentErrorsEn, documentsEn, templateProblemsEn } from "./documents.js";
import { formsEn, ingestEn, intakeErrorsEn, statusEn, validateEn } from "./intake.js";
import { guidedEn } from "./guided.js";
import { letterErrorsEn, lettersEn } from "./letters.js";
import { machineErrorsEn, machineEn } from "./machine.js";
import { configEn, doctorEn, initEn, workspaceErrorsEn } from "./workspace.js";
import { chainEn, reviewEn, reviewErrorsEn } from "./review.js";
import type { Messages } from "./vi.js";

export const en: Messages = {
  cli: cliEn,
  commands: commandsEn,
  init: initEn,
  forms: formsEn,
  validate: validateEn,
  ingest: ingestEn,
  status: statusEn,
  review: reviewEn,
  chain: chainEn,
  aggregate: aggregateEn,
  documents: documentsEn,
  letters: lettersEn,
  doctor: doctorEn,
  machine: machineEn,
  guided: guidedEn,
  config: configEn,
  errors: {
    ...cliErrorsEn,
    ...workspaceErrorsEn,
    ...intakeErrorsEn,
    ...documentErrorsEn,
    ...letterErrorsEn,
    ...machineErrorsEn,
    ...reviewErrorsEn,
  },
  /** What is wrong in a template (src/domain/template-problem.ts TemplateProblem). */
  templateProblems: templateProblemsEn(),
};
