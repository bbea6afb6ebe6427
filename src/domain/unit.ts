// The units that report (sở, huyện, doanh nghiệp) and the areas they belong to, as baocao.yaml declares
// them. Plain types: workspace/schema.ts validates the file against them.

export const UNIT_KINDS = ["agency", "district", "enterprise"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  /** What clerks type into forms and file names: CODE_PATTERN in workspace/schema.ts. */
  code: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  /** How letters address a group of units: "Các sở, ban, ngành tỉnh". */
  group: string;
  /** The "Kính gửi:" line for this unit; default: its name. */
  address?: string;
  email?: string;
  /** The area (district/commune) the unit belongs to, if any. */
  area?: string;
}

export interface Area {
  code: string;
  name: string;
  /** "huyện", "thị xã", "thành phố", "xã", "phường" … */
  type?: string;
}

/**
 * The names a clerk may give a kind of unit (`letters --kind`), as slugs: the code, or its Vietnamese name
 * with or without accents ("doanh nghiệp", "doanh-nghiep", "sở, ngành").
 */
export const UNIT_KIND_NAMES: Readonly<Record<UnitKind, readonly string[]>> = {
  agency: ["agency", "co-quan", "so-nganh", "so", "nganh"],
  district: ["district", "dia-phuong", "huyen", "xa", "cap-huyen", "cap-xa", "ubnd-huyen", "ubnd-xa"],
  enterprise: ["enterprise", "doanh-nghiep", "dn", "cong-ty"],
};
