// Cell and sheet references as formulas and data validations write them.

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let rest = column;
  let letters = "";
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** 'Theo đơn vị' — a sheet name quoted for a formula, inner apostrophes doubled. */
export function sheetReference(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
