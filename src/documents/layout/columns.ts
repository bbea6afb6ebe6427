// The two columns shared by the header table (agency | Quốc hiệu) and the closing table (Nơi nhận |
// signature). Mẫu 1.4 and 1.5 of Phụ lục III split them about 40 : 60 (1.5: 3852 | 5402 twips, 1.4: 3829 |
// 5670 with the table pulled 199 twips into the left margin). Here: 40 % | 60 % of the text width, and if
// the Quốc hiệu (13 pt bold) would not fit on one line in the right column — with left 35 mm and right
// 20 mm margins it would not — the table grows into both margins, as the official templates do.
import { SIZE } from "./fonts.js";
import { textWidth } from "./metrics.js";
import type { PageGeometry } from "./page.js";

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

export const LEFT_SHARE = 0.4;
/** Room kept beside the Quốc hiệu so rounding in a renderer cannot wrap it. */
const SLACK = 160;

export interface Columns {
  /** Left column width, twips. */
  readonly left: number;
  /** Right column width, twips. */
  readonly right: number;
  /** Table indent from the left margin, twips (0 or negative). */
  readonly indent: number;
}

export function headerColumns(geometry: PageGeometry): Columns {
  const total = geometry.textWidth;
  const left = Math.round(total * LEFT_SHARE);
  const right = total - left;
  const needed = textWidth(NATIONAL_TITLE, SIZE.nationalTitle, true) + SLACK;
  if (right >= needed) return { left, right, indent: 0 };
  // Half into each margin (each is at least 15 mm, far more than the few millimetres needed).
  const extra = needed - right;
  return { left, right: needed, indent: -Math.ceil(extra / 2) };
}
