// Page geometry. Decree 30, Phụ lục I, I.1–I.2: A4 (210 × 297 mm), portrait ("theo chiều dài của khổ A4";
// landscape allowed for pages of tables); margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
import { PageOrientation } from "docx";
import type { DocumentMeta } from "../model.js";

/** A4 in twips (1/20 pt): 210 mm × 297 mm. */
export const A4 = { width: 11906, height: 16838 } as const;

export interface Margins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** The default margins in millimetres: the smallest the decree allows, as most provincial offices use. */
export const DEFAULT_MARGINS_MM: Margins = { top: 20, bottom: 20, left: 30, right: 15 };

/** The decree's range for each margin, in millimetres. */
export const MARGIN_RANGES_MM: Readonly<Record<keyof Margins, readonly [number, number]>> = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
};

/** Header and footer distance from the page edge: 10 mm, as in the government's own files (567 twips). */
export const HEADER_DISTANCE = 567;

export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** The margins in millimetres, checked against the decree's ranges. Throws RangeError outside them. */
export function resolveMargins(margins: DocumentMeta["margins"]): Margins {
  const chosen = margins ?? DEFAULT_MARGINS_MM;
  for (const side of ["top", "bottom", "left", "right"] as const) {
    const value = chosen[side];
    const [min, max] = MARGIN_RANGES_MM[side];
    if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
      throw new RangeError(
        `The ${side} margin must be ${min}–${max} mm (Decree 30/2020/NĐ-CP, Phụ lục I); got ${String(value)}`,
      );
    }
  }
  return chosen;
}

export interface PageGeometry {
  /** Page size in twips as the page lies (landscape: width > height). */
  readonly width: number;
  readonly height: number;
  readonly landscape: boolean;
  /** Margins in twips. */
  readonly margins: Margins;
  /** The width between the margins, in twips. */
  readonly textWidth: number;
}

export function pageGeometry(marginsMm: Margins, landscape = false): PageGeometry {
  const margins: Margins = {
    top: mmToTwips(marginsMm.top),
    bottom: mmToTwips(marginsMm.bottom),
    left: mmToTwips(marginsMm.left),
    right: mmToTwips(marginsMm.right),
  };
  const width = landscape ? A4.height : A4.width;
  const height = landscape ? A4.width : A4.height;
  return { width, height, landscape, margins, textWidth: width - margins.left - margins.right };
}

/** The `page` options of a docx section for `geometry` (docx swaps width and height for landscape). */
export function sectionPage(geometry: PageGeometry) {
  return {
    size: {
      width: A4.width,
      height: A4.height,
      orientation: geometry.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: {
      top: geometry.margins.top,
      bottom: geometry.margins.bottom,
      left: geometry.margins.left,
      right: geometry.margins.right,
      header: HEADER_DISTANCE,
      footer: HEADER_DISTANCE,
      gutter: 0,
    },
  };
}
