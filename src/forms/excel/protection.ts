// Sheet protection and data validations through exceljs' public calls.
import type { DataValidation, Worksheet, WorksheetProtection } from "exceljs";

/** Protection without a password: no hashing (fast) and no random salt (deterministic). */
const PROTECTION_BASE: Partial<WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: true,
  formatColumns: true,
  formatRows: true,
};

/**
 * Protect without a password: exceljs then neither hashes (the SHA-512 spin takes ~600 ms) nor draws a
 * random salt (which would break byte-identical output). Awaited, so the protection is in place
 * before the workbook is written, whenever exceljs applies it.
 */
export async function protect(sheet: Worksheet, allow: Partial<WorksheetProtection>): Promise<void> {
  await sheet.protect("", { ...PROTECTION_BASE, ...allow });
}

// exceljs 4.4 has `worksheet.dataValidations.add(range, validation)` but leaves it out of its types (#1109).
interface RangeValidations {
  add(address: string, validation: DataValidation): void;
}

/** One validation entry over a cell or a range ("C2:C40"). */
export function addValidation(sheet: Worksheet, address: string, validation: DataValidation): void {
  (sheet as Worksheet & { dataValidations: RangeValidations }).dataValidations.add(address, validation);
}
