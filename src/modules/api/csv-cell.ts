/**
 * One CSV field (RFC 4180), safe to open in a spreadsheet. A cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is a formula to Excel, LibreOffice and Google Sheets (CSV
 * injection: a lead's "name" of `=HYPERLINK(…)` would run when the owner opens the export), so it
 * gets a leading `'`, which those programs show as text (OWASP's advice). The cost: a phone
 * typed as "+55 11 …" reads "'+55 11 …" — the number is still all there, and nothing runs. Then
 * a field with a comma, a quote or a line break is quoted, its quotes doubled.
 */
export function csvCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record with its CRLF (RFC 4180's line break, which Excel expects). */
export function csvRow(values: readonly (string | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** The UTF-8 byte order mark: without it, Excel opens UTF-8 CSV as the system's code page ("JoÃ£o"). */
export const UTF8_BOM = '\uFEFF';
