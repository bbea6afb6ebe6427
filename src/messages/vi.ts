// Every user-facing sentence of baocao in Vietnamese, the default language, gathered from the areas
// (cli, commands, workspace, intake, documents, letters: each file holds its Vietnamese and English side
// by side, the English typed after the Vietnamese so the type checker makes sure no message is missing).

import { cliErrorsVi, cliVi } from "./cli.js";
import { commandsVi } from "./commands.js";
import { aggregateVi, documentErrorsVi, documentsVi, templateProblemsVi } from "./documents.js";
import { formsVi, ingestVi, intakeErrorsVi, statusVi, validateVi } from "./intake.js";
import { guidedVi } from "./guided.js";
import { letterErrorsVi, lettersVi } from "./letters.js";
import { machineErrorsVi, machineVi } from "./machine.js";
import { configVi, doctorVi, initVi, workspaceErrorsVi } from "./workspace.js";
import { chainVi, reviewVi, reviewErrorsVi } from "./review.js";
import type { Params } from "./params.js";

export const vi = {
  cli: cliVi,
  commands: commandsVi,
  init: initVi,
  forms: formsVi,
  validate: validateVi,
  ingest: ingestVi,
  status: statusVi,
  review: reviewVi,
  chain: chainVi,
  aggregate: aggregateVi,
  documents: documentsVi,
  letters: lettersVi,
  doctor: doctorVi,
  machine: machineVi,
  guided: guidedVi,
  config: configVi,
  errors: {
    ...cliErrorsVi,
    ...workspaceErrorsVi,
    ...intakeErrorsVi,
    ...documentErrorsVi,
    ...letterErrorsVi,
    ...machineErrorsVi,
    ...reviewErrorsVi,
  } as Record<string, (p: Params) => string>,
  /** What is wrong in a template (src/domain/template-problem.ts TemplateProblem). */
  templateProblems: templateProblemsVi(),
};

export type Messages = typeof vi;

export { asFinding } from "./letters.js";
