/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * such text gets an apostrophe in front, so an element named "=HYPERLINK(...)" stays text.
 */
export function csvSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}
