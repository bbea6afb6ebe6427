// The two ways a letter is made, behind one interface:
// - a layout template (.hbs, compiled once for the batch): rendered to the document model per recipient,
//   then laid out in the Decree 30 layout (renderDocument), or all together (renderCombined);
// - a Word template (.docx, parsed once): its {{placeholders}} filled per recipient.
// A letter that cannot be made becomes a LetterProblem (data, not an exception), so one recipient's
// missing field never stops the batch.
import type { Numbering } from "../documents/compose/index.js";
import { composeMeta } from "../documents/compose/index.js";
import { packageDate, renderDocument } from "../documents/layout/index.js";
import type { AdminDocument, DocumentMeta } from "../documents/model.js";
import type { CompiledTemplate } from "../documents/template/index.js";
import { TemplateError } from "../documents/template/index.js";
import type { WordTemplate } from "../documents/word-template/index.js";
import { UserError } from "../errors.js";
import type { ErrorParams } from "../errors.js";
import type { WorkspaceConfig } from "../domain/workspace-config.js";
import type { BatchContext } from "./letter-data.js";
import { letterData, wordData } from "./letter-data.js";
import { collectMissingFields, missingFieldOf } from "./missing-fields.js";
import { withColumnWidths } from "./table-widths.js";
import type { Recipient } from "./recipient.js";

export interface BatchLetter {
  /** Position in the batch, from 0. */
  readonly index: number;
  readonly recipient: Recipient;
  readonly numbering: Numbering;
}

/** A letter made: its .docx bytes and, for a layout template, the document's metadata (null for Word). */
export interface MadeLetter {
  readonly bytes: Buffer;
  readonly meta: DocumentMeta | null;
}

/** Why a letter was not made: a message code of messages.errors with its parameters. */
export interface LetterProblem {
  readonly code: string;
  readonly params: ErrorParams;
  /** The fields the recipient lacks, when that is the problem. */
  readonly missing: readonly string[];
}

export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: LetterProblem };

export interface LetterEngine {
  /** "layout": the letter is a document model first (so letters can be combined); "word": bytes only. */
  readonly kind: "layout" | "word";
  /** The letter as a document model (layout templates only). Cheap: no .docx is built. */
  document(letter: BatchLetter): Checked<AdminDocument>;
  /** Whether the letter can be made, without making its .docx (for --dry-run). */
  check(letter: BatchLetter): Checked<null>;
  /** The letter's .docx, and (layout templates) its metadata, for the `.meta.json` sidecar. */
  produce(letter: BatchLetter): Promise<Checked<MadeLetter>>;
  /**
   * A fault of the template itself met while making this letter (front matter that is not YAML, not a
   * mapping, or not valid front matter; a signer that does not exist): every letter would fail alike, so
   * the batch stops before making any (exit 2). Null when there is none (or a Word template).
   */
  templateFault?(letter: BatchLetter): UserError | null;
}

/** Front-matter faults: the template's, whatever the recipient (see LetterEngine.templateFault). */
const FRONT_MATTER_FAULTS: readonly string[] = ["front-matter-yaml", "front-matter-not-mapping"];

function isTemplateFault(error: unknown): error is UserError {
  if (error instanceof TemplateError) return FRONT_MATTER_FAULTS.includes(error.problem.code);
  return error instanceof UserError && (error.code === "template/front-matter" || error.code === "document/no-signer");
}

function problemOf(error: unknown): LetterProblem {
  if (error instanceof UserError) return { code: error.code, params: error.params, missing: [] };
  // Not the recipient's data: a bug. Still only this letter fails; the message says what happened.
  return {
    code: "letters/unexpected",
    params: { detail: error instanceof Error ? error.message : String(error) },
    missing: [],
  };
}

function noName(letter: BatchLetter): LetterProblem | null {
  if (letter.recipient.name !== null) return null;
  return { code: "letters/no-name", params: {}, missing: ["name"] };
}

/**
 * A template that names another issuer than the report's, without a signer, is signed by that issuer's
 * signer in documents (e.g. `issuer: ubnd` → documents.directive's), else its first — never by the
 * report's signer, who belongs to another body.
 */
function signerFor(config: WorkspaceConfig, front: Record<string, unknown>): { signer?: string } {
  const issuerId = front.issuer;
  if (typeof issuerId !== "string" || front.signer !== undefined || issuerId === config.documents.report?.issuer)
    return {};
  const issuer = config.issuers[issuerId];
  if (issuer === undefined) return {};
  const configured = Object.values(config.documents).find((defaults) => defaults?.issuer === issuerId)?.signer;
  return { signer: configured ?? issuer.signers[0]!.id };
}

/**
 * Letters in the Decree 30 layout from a compiled .hbs template, issued by the report's issuer (the Sở).
 * `render` lays a letter out (default renderDocument in this thread; the CLI may pass worker threads').
 */
export function layoutEngine(
  template: CompiledTemplate,
  config: WorkspaceConfig,
  context: BatchContext,
  render: (document: AdminDocument) => Promise<Buffer> = (document) => renderDocument(document, { batch: true }),
): LetterEngine {
  // "Kính gửi:" the recipient (unless the template names others); "Nơi nhận:" "Như trên", the
  // template's copies (not the report's, which go to the Ministry) and "Lưu: VT, <drafting unit>".
  const metaOf = (front: Record<string, unknown>, letter: BatchLetter) =>
    composeMeta(
      config,
      "report",
      {
        ...front,
        recipients: front.recipients ?? [letter.recipient.address ?? letter.recipient.name ?? "…"],
        copies: front.copies ?? [],
        ...signerFor(config, front),
      },
      letter.numbering,
      template.file,
    );
  const document = (letter: BatchLetter): Checked<AdminDocument> => {
    const missingName = noName(letter);
    if (missingName !== null) return { ok: false, problem: missingName };
    const data = letterData(context, letter.recipient, letter.index, letter.numbering);
    try {
      const rendered = template.render(data);
      const meta = metaOf(rendered.front, letter);
      return { ok: true, value: { meta, body: withColumnWidths(rendered.blocks), appendices: [] } };
    } catch (error) {
      const field = missingFieldOf(error);
      if (field !== null) {
        const missing = collectMissingFields(template, data, field);
        return {
          ok: false,
          problem: { code: "letters/missing-fields", params: { fields: missing.join(", ") }, missing },
        };
      }
      return { ok: false, problem: problemOf(error) };
    }
  };
  return {
    kind: "layout",
    document,
    templateFault(letter) {
      try {
        metaOf(template.front(letterData(context, letter.recipient, letter.index, letter.numbering)), letter);
        return null;
      } catch (error) {
        return isTemplateFault(error) ? error : null;
      }
    },
    check(letter) {
      const built = document(letter);
      return built.ok ? { ok: true, value: null } : built;
    },
    async produce(letter) {
      const built = document(letter);
      if (!built.ok) return built;
      try {
        return { ok: true, value: { bytes: await render(built.value), meta: built.value.meta } };
      } catch (error) {
        return { ok: false, problem: problemOf(error) };
      }
    },
  };
}

/** The Word template module's error for placeholders without a value (passed in: that module loads lazily). */
export type MissingFieldsErrorClass = abstract new (...args: never[]) => Error & { readonly fields: readonly string[] };

/** Letters from the clerk's own Word template: placeholders filled, nothing else changed. */
export function wordEngine(
  template: WordTemplate,
  context: BatchContext,
  missingFieldsError: MissingFieldsErrorClass,
): LetterEngine {
  const data = (letter: BatchLetter) => wordData(context, letter.recipient, letter.index, letter.numbering);
  const check = (letter: BatchLetter): Checked<null> => {
    const missingName = noName(letter);
    if (missingName !== null) return { ok: false, problem: missingName };
    const missing = template.missingFields(data(letter));
    if (missing.length > 0)
      return {
        ok: false,
        problem: { code: "letters/missing-fields", params: { fields: missing.join(", ") }, missing },
      };
    return { ok: true, value: null };
  };
  return {
    kind: "word",
    document() {
      throw new Error("a Word template gives no document model");
    },
    check,
    async produce(letter) {
      const checked = check(letter);
      if (!checked.ok) return checked;
      try {
        const bytes = await template.fill(data(letter), { date: packageDate(letter.numbering.date) });
        return { ok: true, value: { bytes, meta: null } };
      } catch (error) {
        if (error instanceof missingFieldsError) {
          return {
            ok: false,
            problem: {
              code: "letters/missing-fields",
              params: { fields: error.fields.join(", ") },
              missing: [...error.fields],
            },
          };
        }
        return { ok: false, problem: problemOf(error) };
      }
    },
  };
}
