// Who issues a batch, and so the symbol of its numbers ("STTTT-TTr"): the report's issuer (the Sở) from
// documents.report, unless the template's front matter names another (`issuer: ubnd` → "UBND-KGVX").
// The front matter of the first letter decides, before any letter is made, so that `{{issuer.shortName}}`,
// `{{reference}}` and the manifest's numbers agree with the "Số:" line of every letter.
import { documentSymbol, frontMatterSchema } from "../documents/compose/index.js";
import type { WorkspaceConfig } from "../domain/workspace-config.js";

export interface LetterIssuer {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly symbol: string;
}

/** null when there is no issuer to be found (no documents.report.issuer and none in the front matter). */
export function letterIssuer(config: WorkspaceConfig, front: Record<string, unknown>): LetterIssuer | null {
  const defaults = { kind: "letter", summary: "-" } as const;
  const parsed = frontMatterSchema.safeParse({ ...defaults, ...front });
  const settings = parsed.success ? parsed.data : frontMatterSchema.parse(defaults);
  const id = settings.issuer ?? config.documents.report?.issuer;
  const issuer = id === undefined ? undefined : config.issuers[id];
  if (id === undefined || issuer === undefined) return null;
  return {
    id,
    name: issuer.name,
    shortName: issuer.shortName ?? issuer.name,
    symbol: documentSymbol(config, id, settings),
  };
}
