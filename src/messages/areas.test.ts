// The messages come from one file per area; these check what the type checker cannot see.
import { describe, expect, it } from "vitest";
import { cliErrorsEn, cliErrorsVi } from "./cli.js";
import { documentErrorsEn, documentErrorsVi } from "./documents.js";
import { intakeErrorsEn, intakeErrorsVi } from "./intake.js";
import { messages } from "./index.js";
import { letterErrorsEn, letterErrorsVi } from "./letters.js";
import { machineErrorsEn, machineErrorsVi } from "./machine.js";
import { reviewErrorsEn, reviewErrorsVi } from "./review.js";
import { workspaceErrorsEn, workspaceErrorsVi } from "./workspace.js";

const AREAS = {
  cli: [cliErrorsVi, cliErrorsEn],
  workspace: [workspaceErrorsVi, workspaceErrorsEn],
  intake: [intakeErrorsVi, intakeErrorsEn],
  documents: [documentErrorsVi, documentErrorsEn],
  letters: [letterErrorsVi, letterErrorsEn],
  machine: [machineErrorsVi, machineErrorsEn],
  review: [reviewErrorsVi, reviewErrorsEn],
} as const;

describe("error messages by area", () => {
  it("gives every error code to exactly one area (a code in two would be silently overridden)", () => {
    const seen = new Map<string, string>();
    for (const [area, [vi]] of Object.entries(AREAS)) {
      for (const code of Object.keys(vi)) {
        expect(seen.get(code), `${code} in ${area}`).toBeUndefined();
        seen.set(code, area);
      }
    }
    expect(Object.keys(messages("vi").errors).sort()).toEqual([...seen.keys()].sort());
  });

  it("has the same codes in English as in Vietnamese, in every area", () => {
    for (const [vi, en] of Object.values(AREAS)) expect(Object.keys(en)).toEqual(Object.keys(vi));
    expect(Object.keys(messages("en").errors).sort()).toEqual(Object.keys(messages("vi").errors).sort());
  });

  it("says the same thing through messages(lang) as the area files", () => {
    const params = { dir: "/tmp/x", file: "a.xlsx", code: "ENOENT" };
    expect(messages("vi").errors["workspace/dir-missing"]?.(params)).toBe(
      workspaceErrorsVi["workspace/dir-missing"](params),
    );
    expect(messages("en").errors["letters/exists"]?.({ file: "a.docx", count: 3 })).toBe(
      "a.docx already exists (3 files would be overwritten). Nothing was written. Use --out for another folder, or --force to overwrite.",
    );
  });
});
