// The configuration of a workspace (baocao.yaml, version 1) as the rest of baocao sees it: after
// validation and defaults. Plain types; workspace/schema.ts holds the zod schema that checks a file
// against them (and fails the typecheck if the two drift apart).
import type { Indicator, IndicatorGroup } from "./indicator.js";
import type { PeriodRule } from "./period/period.js";
import type { PlausibilitySettings } from "./plausibility.js";
import type { Rule } from "./rules/rule.js";
import type { Area, Unit } from "./unit.js";

export interface Signer {
  id: string;
  /** e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]; empty when the head signs in their own name. */
  authority: string[];
  title: string;
  name: string;
}

export interface Issuer {
  /** Full name used in prose: "Sở Thông tin và Truyền thông tỉnh Hưng Yên". */
  name: string;
  shortName?: string;
  /** Lines of the issuing body at the top left, in capitals; default: the name in capitals. */
  header?: string[];
  /** Lines of the parent body above it (cơ quan chủ quản), e.g. ["UBND TỈNH HƯNG YÊN"]. */
  parentHeader?: string[];
  /** Abbreviation in document numbers: 841/BC-STTTT, …/UBND-KGVX. */
  abbreviation: string;
  /** The unit that drafts its letters: "…/UBND-KGVX", "Lưu: VT, KGVX". */
  draftingUnit?: string;
  signers: Signer[];
}

export interface DocumentDefaults {
  /** An issuer id and one of its signers' ids. */
  issuer: string;
  signer: string;
  /** "Kính gửi:" lines. */
  recipients: string[];
  /** "Nơi nhận:" lines after "- Như trên;". */
  copies: string[];
}

export interface DeadlineSettings {
  /** Submissions are due this many days after the data window closes. */
  days: number;
  workingDays: boolean;
}

export interface PeriodSettings {
  rule: PeriodRule;
  deadline: DeadlineSettings;
  /** ISO dates ("2023-09-04"). */
  holidays: string[];
  /**
   * The new deadline a reminder (đôn đốc) or feedback letter gives without --deadline: this many working
   * days after the letter's date, holidays skipped. Default REMINDER_DAYS.
   */
  reminderDays?: number;
}

export interface CodeLists {
  fields: string[];
  behaviors: string[];
  handling: string[];
}

/** Limits on received files (a corrupt or hostile file must not exhaust the office PC). */
export interface IntakeLimits {
  maxFileMB: number;
  maxExpandedMB: number;
}

export interface ReportSettings {
  /** How many incidents Phụ lục III lists one by one. */
  incidentListLimit: number;
}

/**
 * The Quy chế phối hợp the report carries out, cited in its opening ("Thực hiện Quy chế … ban hành kèm theo
 * Quyết định số 25/2021/QĐ-UBND ngày 16/8/2021 của UBND tỉnh Hưng Yên, …").
 */
export interface Regulation {
  /** "Quy chế phối hợp phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông trên địa bàn tỉnh Hưng Yên". */
  name: string;
  /** Số và ký hiệu: of the Quyết định that issued it ("25/2021/QĐ-UBND") or of the Quy chế itself ("01/QC-STTTT-CAT"). */
  number: string;
  /** ISO date ("2021-08-16"). */
  date: string;
  /** Who issued or signed it: "UBND tỉnh Hưng Yên". */
  issuer: string;
}

export interface Organisation {
  province: string;
  /** The place name on the date line: "Hưng Yên, ngày 03 tháng 7 năm 2023". */
  place: string;
}

export interface WorkspaceConfig {
  version: 1;
  /** Files whose top-level keys are merged into this one (for long lists). */
  include?: string[];
  organisation: Organisation;
  /** By issuer id. */
  issuers: Record<string, Issuer>;
  documents: { report?: DocumentDefaults; directive?: DocumentDefaults };
  periods: PeriodSettings;
  units: Unit[];
  areas: Area[];
  indicatorGroups: IndicatorGroup[];
  indicators: Indicator[];
  rules: Rule[];
  codeLists: CodeLists;
  intake: IntakeLimits;
  report: ReportSettings;
  /** Thresholds of the plausibility findings against history (domain/plausibility.ts). */
  plausibility: PlausibilitySettings;
  /**
   * Where LibreOffice's soffice is on this computer, when baocao does not find it by itself (a file or the
   * install folder; relative to the workspace). BAOCAO_SOFFICE, when set, comes first.
   */
  libreoffice?: string;
  /** The Quy chế phối hợp cited in the report's opening; none: the opening does not cite one. */
  regulation?: Regulation;
}
