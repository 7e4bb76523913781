/**
 * One CSV cell. Quotes every cell, and prefixes cells a spreadsheet would read as a formula (=, +, -, @,
 * and tab or carriage return before them) with an apostrophe.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export function csvTable(header: string[], rows: unknown[][]): string {
  return [header, ...rows]
    .map((r) => r.map(csvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
}
