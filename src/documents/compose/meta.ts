// Pure: a document's metadata from the template's front matter, the workspace defaults and the
// command's options (number, date, draft). The front matter may override every default.
import { z } from "zod";
import type { CalendarDate } from "../../domain/calendar-date.js";
import type { WorkspaceConfig } from "../../domain/workspace-config.js";
import { UserError } from "../../errors.js";
import { describeConfigIssue } from "../../workspace/format-issue.js";
import { formatPath } from "../../workspace/issues.js";
import { toConfigIssues } from "../../workspace/zod-issues.js";
import type { DocumentMeta } from "../model.js";

export const frontMatterSchema = z.strictObject({
  kind: z.enum(["letter", "typed"]),
  typeName: z.string().min(1).optional(),
  /** Trích yếu. */
  summary: z.string().min(1),
  issuer: z.string().min(1).optional(),
  signer: z.string().min(1).optional(),
  recipients: z.array(z.string().min(1)).optional(),
  copies: z.array(z.string().min(1)).optional(),
  /** Abbreviation of the document type in its number: "BC" → 841/BC-STTTT; none for a công văn. */
  typeAbbreviation: z
    .string()
    .regex(/^[\p{L}0-9]+$/u)
    .optional(),
  urgency: z.enum(["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"]).optional(),
  secrecy: z.enum(["MẬT", "TỐI MẬT", "TUYỆT MẬT"]).optional(),
});
export type FrontMatter = z.output<typeof frontMatterSchema>;

export interface Numbering {
  /** null with a draft: number and day left blank for the records office. */
  readonly number: string | null;
  readonly date: CalendarDate | { readonly draft: true; readonly year: number; readonly month: number };
}

/** "BC-STTTT", "UBND-KGVX": type abbreviation (if any) + issuer abbreviation (+ drafting unit for a letter). */
export function documentSymbol(config: WorkspaceConfig, issuerId: string, front: FrontMatter): string {
  const issuer = config.issuers[issuerId]!;
  const parts = [
    front.typeAbbreviation,
    issuer.abbreviation,
    front.kind === "letter" ? issuer.draftingUnit : undefined,
  ];
  return parts.filter((part): part is string => part !== undefined).join("-");
}

/** The front matter checked. Throws UserError template/front-matter, described like a baocao.yaml issue. */
export function parseFrontMatter(rawFront: Record<string, unknown>, file: string): FrontMatter {
  const parsed = frontMatterSchema.safeParse(rawFront, { reportInput: true });
  if (parsed.success) return parsed.data;
  // In our words and the user's language, never zod's text.
  const issue = toConfigIssues(parsed.error.issues[0]!)[0]!;
  throw new UserError("template/front-matter", {
    file,
    path: formatPath(issue.path) || "(front matter)",
    detail: describeConfigIssue(issue, "vi"),
    detailEn: describeConfigIssue(issue, "en"),
  });
}

export function composeMeta(
  config: WorkspaceConfig,
  defaults: "report" | "directive",
  rawFront: Record<string, unknown>,
  numbering: Numbering,
  file: string,
): DocumentMeta {
  const front = parseFrontMatter(rawFront, file);
  const fallback = config.documents[defaults];
  const issuerId = front.issuer ?? fallback?.issuer;
  const issuer = issuerId === undefined ? undefined : config.issuers[issuerId];
  if (issuerId === undefined || issuer === undefined)
    throw new UserError("document/no-issuer", { file, kind: defaults });
  const signerId = front.signer ?? fallback?.signer ?? issuer.signers[0]!.id;
  const signer = issuer.signers.find((candidate) => candidate.id === signerId);
  if (signer === undefined) throw new UserError("document/no-signer", { file, signer: signerId, issuer: issuerId });
  const archive = ["VT", issuer.draftingUnit].filter((part): part is string => part !== undefined).join(", ");
  return {
    kind: front.kind,
    ...(front.typeName === undefined ? {} : { typeName: front.typeName }),
    summary: front.summary,
    issuer: {
      ...(issuer.parentHeader === undefined ? {} : { parentHeader: issuer.parentHeader }),
      header: issuer.header ?? [issuer.name.toLocaleUpperCase("vi")],
      name: issuer.name,
    },
    number: { value: numbering.number, symbol: documentSymbol(config, issuerId, front) },
    place: config.organisation.place,
    date: numbering.date,
    ...(front.urgency === undefined ? {} : { urgency: front.urgency }),
    ...(front.secrecy === undefined ? {} : { secrecy: front.secrecy }),
    recipients: front.recipients ?? fallback?.recipients ?? [],
    copies: ["Như trên", ...(front.copies ?? fallback?.copies ?? []), `Lưu: ${archive}`],
    signer: { authority: signer.authority, title: signer.title, name: signer.name },
  };
}
