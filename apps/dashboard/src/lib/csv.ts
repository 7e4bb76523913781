/**
 * One CSV cell. Quotes every cell, and prefixes cells a spreadsheet would read as a formula (=, +, -, @,
 * and tab or carriage return before them) with an apostrophe.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/** CSV lines, each ended by CRLF: a header and the rows may be written apart. */
export function csvRows(rows: unknown[][]): string {
  return rows.map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
}
