import type { Period } from "./period.js";

/** A stable, sortable machine code: "2023-H1", "2023-H2", "2023", "2023-Q3", "2023-07". */
export function periodCode(p: Period): string {
  const year = String(p.year).padStart(4, "0");
  switch (p.kind) {
    case "half":
      return `${year}-H${p.half}`;
    case "year":
      return year;
    case "quarter":
      return `${year}-Q${p.quarter}`;
    case "month":
      return `${year}-${String(p.month).padStart(2, "0")}`;
  }
}
