// CSV cells and records, with no dependencies: shared by the CLI's CSVs and the app's chart
// exports. Records end with CRLF and cells are quoted per RFC 4180. Text cells (not numbers we
// formatted ourselves) are also defused against spreadsheet formula injection: a scenario name
// comes from a user's file and must not run as a formula when the CSV is opened. Comment records
// are CSV records too ("# key" then the value in its own escaped cell), so a comma or newline in a
// value cannot spill an unescaped cell into the sheet. An undefined number is an empty cell.

const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Escapes one text cell: a leading formula trigger gets a single quote; quotes per RFC 4180 when needed. */
export function escapeCsvText(text: string): string {
  const defused = text.length > 0 && FORMULA_TRIGGERS.has(text[0]) ? `'${text}` : text;
  return /[",\r\n]/.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
}

/** A number cell: shortest round-trip text, empty when undefined. */
export function csvNumber(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

export function csvRecord(cells: readonly string[]): string {
  return `${cells.join(',')}\r\n`;
}

/** `# key`, value records: each a CSV record of two escaped cells, so a value cannot spill into the sheet. */
export function commentRecords(pairs: readonly [string, string][]): string {
  let out = '';
  for (const [key, value] of pairs) out += csvRecord([`# ${key}`, escapeCsvText(value)]);
  return out;
}

