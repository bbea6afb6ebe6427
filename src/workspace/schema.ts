// The shape of baocao.yaml (configuration version 1). Strict objects everywhere: an unknown key is
// an error, because a typo ("singers:") must never be silently ignored. Cross-references (a rule that
// names an indicator, a signer's issuer …) are checked in check-references.ts.
//
// The types are the domain's (src/domain/): every schema `satisfies` its type, and the exact agreement
// check at the end fails the typecheck when the two drift apart (`satisfies` alone would let a schema
// leave out an optional field).
import { z } from "zod";
import type { Indicator, IndicatorGroup } from "../domain/indicator.js";
import type { Rule } from "../domain/rules/rule.js";
import { parseIsoDate } from "../domain/calendar-date.js";
import { DEFAULT_PLAUSIBILITY } from "../domain/plausibility.js";
import type { PlausibilitySettings } from "../domain/plausibility.js";
import { UNIT_KINDS } from "../domain/unit.js";
import type { Area, Unit, UnitKind } from "../domain/unit.js";
import type {
  CodeLists,
  DocumentDefaults,
  IntakeLimits,
  Issuer,
  PeriodSettings,
  Regulation,
  ReportSettings,
  Signer,
  WorkspaceConfig,
} from "../domain/workspace-config.js";

// Kept here too, so that code above the domain can keep importing them from the schema.
export { UNIT_KINDS };
export type {
  Area,
  CodeLists,
  Indicator,
  IndicatorGroup,
  Issuer,
  PeriodSettings,
  Rule,
  Signer,
  Unit,
  UnitKind,
  WorkspaceConfig,
};

/** Unit, area, indicator and group codes: what clerks type into forms and file names. */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;
const code = z.string().regex(CODE_PATTERN, { error: "kind:code" });
const text = z.string().trim().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "kind:iso-date" });

export const unitKindSchema = z.enum(UNIT_KINDS) satisfies z.ZodType<UnitKind>;

/** Decree 30: the signer's authority lines start with one of these (Phụ lục I, mục II.7). */
export const AUTHORITY_PREFIXES = ["TM.", "KT.", "Q.", "TL.", "TUQ."] as const;
const authorityLine = z.string().regex(/^(TM|KT|Q|TL|TUQ)\. \S/, { error: "kind:authority" });

export const signerSchema = z.strictObject({
  id: z.string().min(1),
  /** e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]; empty when the head signs in their own name. */
  authority: z.array(authorityLine).default([]),
  title: text,
  name: text,
}) satisfies z.ZodType<Signer>;

export const issuerSchema = z.strictObject({
  /** Full name used in prose: "Sở Thông tin và Truyền thông tỉnh Hưng Yên". */
  name: text,
  shortName: text.optional(),
  /** Lines of the issuing body at the top left, in capitals; default: the name in capitals. */
  header: z.array(text).min(1).optional(),
  /** Lines of the parent body above it (cơ quan chủ quản), e.g. ["UBND TỈNH HƯNG YÊN"]. */
  parentHeader: z.array(text).optional(),
  /** Abbreviation in document numbers: 841/BC-STTTT, …/UBND-KGVX. */
  abbreviation: z.string().regex(/^[\p{L}0-9&]+$/u, { error: "kind:abbreviation" }),
  /** The unit that drafts its letters: "…/UBND-KGVX", "Lưu: VT, KGVX". */
  draftingUnit: z
    .string()
    .regex(/^[\p{L}0-9&]+$/u, { error: "kind:abbreviation" })
    .optional(),
  signers: z.array(signerSchema).min(1),
}) satisfies z.ZodType<Issuer>;

export const documentDefaultsSchema = z.strictObject({
  issuer: z.string().min(1),
  signer: z.string().min(1),
  /** "Kính gửi:" lines. */
  recipients: z.array(text).default([]),
  /** "Nơi nhận:" lines after "- Như trên;". */
  copies: z.array(text).default([]),
}) satisfies z.ZodType<DocumentDefaults>;

export const periodsSchema = z.strictObject({
  /** decree-09: Decree 09/2019/NĐ-CP Điều 12 cut-off; calendar: plain calendar periods. */
  rule: z.enum(["decree-09", "calendar"]).default("decree-09"),
  /** Submissions are due this many days after the data window closes. */
  deadline: z
    .strictObject({ days: z.int().min(0).max(60), workingDays: z.boolean().default(true) })
    .default({ days: 2, workingDays: true }),
  holidays: z.array(isoDate).default([]),
  /** The new deadline a reminder or feedback letter gives: this many working days after its date (default 5). */
  reminderDays: z.int().min(1).max(60).optional(),
}) satisfies z.ZodType<PeriodSettings>;

export const unitSchema = z.strictObject({
  code,
  name: text,
  shortName: text.optional(),
  kind: unitKindSchema,
  /** How letters address a group of units: "Các sở, ban, ngành tỉnh". */
  group: text,
  /** The "Kính gửi:" line for this unit; default: its name. */
  address: text.optional(),
  email: z.email().optional(),
  /** The area (district/commune) the unit belongs to, if any. */
  area: code.optional(),
}) satisfies z.ZodType<Unit>;

export const areaSchema = z.strictObject({
  code,
  name: text,
  /** "huyện", "thị xã", "thành phố", "xã", "phường" … */
  type: text.optional(),
}) satisfies z.ZodType<Area>;

export const indicatorGroupSchema = z.strictObject({
  code,
  title: text,
}) satisfies z.ZodType<IndicatorGroup>;

export const indicatorSchema = z.strictObject({
  code,
  name: text,
  /** A few words for a chart's axis and a table's column head; default: derived from the name. */
  shortName: text.optional(),
  unit: text,
  group: code,
  /** count: whole number ≥ 0; money: whole đồng ≥ 0. */
  type: z.enum(["count", "money"]).default("count"),
  kinds: z.array(unitKindSchema).min(1),
  optional: z.boolean().default(false),
}) satisfies z.ZodType<Indicator>;

const severity = z.enum(["error", "warning"]);
const comparison = z.enum(["<", "<=", "=", ">=", ">"]);

export const ruleSchema = z.discriminatedUnion("type", [
  /** if `if` > 0 then `then` > 0 (e.g. fines need a sanction decision). */
  z.strictObject({ id: text, type: z.literal("requires"), if: code, then: code, severity }),
  /** left op right (e.g. TT03 <= TT02). */
  z.strictObject({ id: text, type: z.literal("compare"), left: code, op: comparison, right: code, severity }),
  /** the number of logged incidents with these behaviours, compared with an indicator. */
  z.strictObject({
    id: text,
    type: z.literal("incident-count"),
    behaviors: z.array(text).min(1),
    op: comparison.default("="),
    indicator: code,
    severity,
  }),
  /** the sum of a money column of the incident log, compared with an indicator. */
  z.strictObject({
    id: text,
    type: z.literal("incident-sum"),
    field: z.enum(["damage", "fines"]),
    behaviors: z.array(text).min(1).optional(),
    op: comparison.default("="),
    indicator: code,
    severity,
  }),
]) satisfies z.ZodType<Rule>;

export const codeListsSchema = z.strictObject({
  fields: z.array(text).min(1),
  behaviors: z.array(text).min(1),
  handling: z.array(text).min(1),
}) satisfies z.ZodType<CodeLists>;

/** Limits on received files (a corrupt or hostile file must not exhaust the office PC). */
export const intakeSchema = z.strictObject({
  maxFileMB: z.number().positive().max(1024).default(50),
  maxExpandedMB: z.number().positive().max(8192).default(500),
}) satisfies z.ZodType<IntakeLimits>;

/**
 * The Department's report. Phụ lục III lists incidents one by one up to `incidentListLimit` (200 by default,
 * about 20 landscape pages: every incident of a real semiannual report); beyond it, totals by unit and
 * behaviour and the first rows, the full list staying in tong-hop.xlsx. At most 2,000: a longer list is not
 * read on paper, and Word's table layout grows with it.
 */
export const DEFAULT_INCIDENT_LIST_LIMIT = 200;
export const reportSettingsSchema = z.strictObject({
  incidentListLimit: z.int().min(0).max(2000).default(DEFAULT_INCIDENT_LIST_LIMIT),
}) satisfies z.ZodType<ReportSettings>;

/**
 * Plausibility against history (domain/plausibility.ts): a jump of ×jumpFactor and at least +jumpMin
 * (+jumpMinMoney đồng) over the same period last year or the previous period, a fall to zero after figures of
 * at least zeroedMin, a figure over ×outlierFactor (and +outlierMin) the median of at least outlierPeers other
 * units of the same kind, for the kinds in outlierKinds.
 */
export const plausibilitySchema = z.strictObject({
  enabled: z.boolean().default(DEFAULT_PLAUSIBILITY.enabled),
  jumpFactor: z.number().min(1).max(1000).default(DEFAULT_PLAUSIBILITY.jumpFactor),
  jumpMin: z.number().min(0).default(DEFAULT_PLAUSIBILITY.jumpMin),
  jumpMinMoney: z.number().min(0).default(DEFAULT_PLAUSIBILITY.jumpMinMoney),
  zeroedMin: z.number().min(0).default(DEFAULT_PLAUSIBILITY.zeroedMin),
  outlierFactor: z.number().min(1).max(1000).default(DEFAULT_PLAUSIBILITY.outlierFactor),
  outlierMin: z.number().min(0).default(DEFAULT_PLAUSIBILITY.outlierMin),
  outlierPeers: z.int().min(1).max(1000).default(DEFAULT_PLAUSIBILITY.outlierPeers),
  outlierKinds: z.array(unitKindSchema).default(DEFAULT_PLAUSIBILITY.outlierKinds),
}) satisfies z.ZodType<PlausibilitySettings>;

/** The Quy chế phối hợp cited in the report's opening (optional). */
export const regulationSchema = z.strictObject({
  name: text,
  /** Số và ký hiệu: "25/2021/QĐ-UBND" (the Quyết định that issued it) or "01/QC-STTTT-CAT" (the Quy chế). */
  number: text,
  date: isoDate.refine((value) => parseIsoDate(value) !== null, { error: "kind:iso-date" }),
  issuer: text,
}) satisfies z.ZodType<Regulation>;

export const workspaceSchema = z.strictObject({
  version: z.literal(1),
  /** Files whose top-level keys are merged into this one (for long lists). */
  include: z.array(z.string()).optional(),
  organisation: z.strictObject({
    province: text,
    /** The place name on the date line: "Hưng Yên, ngày 03 tháng 7 năm 2023". */
    place: text,
  }),
  issuers: z.record(z.string().regex(/^[a-z0-9-]+$/, { error: "kind:issuer-id" }), issuerSchema),
  documents: z
    .strictObject({
      report: documentDefaultsSchema.optional(),
      directive: documentDefaultsSchema.optional(),
    })
    .default({}),
  periods: periodsSchema.default({
    rule: "decree-09",
    deadline: { days: 2, workingDays: true },
    holidays: [],
  }),
  units: z.array(unitSchema).min(1),
  areas: z.array(areaSchema).default([]),
  indicatorGroups: z.array(indicatorGroupSchema).min(1),
  indicators: z.array(indicatorSchema).min(1),
  rules: z.array(ruleSchema).default([]),
  codeLists: codeListsSchema,
  intake: intakeSchema.default({ maxFileMB: 50, maxExpandedMB: 500 }),
  report: reportSettingsSchema.default({ incidentListLimit: DEFAULT_INCIDENT_LIST_LIMIT }),
  plausibility: plausibilitySchema.default(DEFAULT_PLAUSIBILITY),
  /** Where soffice is, when baocao does not find LibreOffice by itself (machine/libreoffice.ts). */
  libreoffice: text.optional(),
  regulation: regulationSchema.optional(),
}) satisfies z.ZodType<WorkspaceConfig>;

// Exact agreement of each schema's output with its domain type, both ways and optional keys included: a
// drift fails the typecheck on the property named after the schema ("Type 'true' is not assignable to
// type 'false'").
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Agree<Schema extends z.ZodType, Type> = Same<z.output<Schema>, Type>;
const schemasAgreeWithDomain: {
  unitKind: Agree<typeof unitKindSchema, UnitKind>;
  signer: Agree<typeof signerSchema, Signer>;
  issuer: Agree<typeof issuerSchema, Issuer>;
  documentDefaults: Agree<typeof documentDefaultsSchema, DocumentDefaults>;
  periods: Agree<typeof periodsSchema, PeriodSettings>;
  unit: Agree<typeof unitSchema, Unit>;
  area: Agree<typeof areaSchema, Area>;
  indicatorGroup: Agree<typeof indicatorGroupSchema, IndicatorGroup>;
  indicator: Agree<typeof indicatorSchema, Indicator>;
  rule: Agree<typeof ruleSchema, Rule>;
  codeLists: Agree<typeof codeListsSchema, CodeLists>;
  intake: Agree<typeof intakeSchema, IntakeLimits>;
  reportSettings: Agree<typeof reportSettingsSchema, ReportSettings>;
  plausibility: Agree<typeof plausibilitySchema, PlausibilitySettings>;
  regulation: Agree<typeof regulationSchema, Regulation>;
  workspace: Agree<typeof workspaceSchema, WorkspaceConfig>;
} = {
  unitKind: true,
  signer: true,
  issuer: true,
  documentDefaults: true,
  periods: true,
  unit: true,
  area: true,
  indicatorGroup: true,
  indicator: true,
  rule: true,
  codeLists: true,
  intake: true,
  reportSettings: true,
  plausibility: true,
  regulation: true,
  workspace: true,
};
void schemasAgreeWithDomain;
