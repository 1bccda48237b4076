// CSV cells and records, with no dependencies (no Node, no DOM): shared by the CLI's CSVs and the
// app's chart exports, so it lives outside both. Records end with CRLF and cells are quoted per
// RFC 4180. Text cells (not numbers we formatted ourselves) are also defused against spreadsheet
// formula injection: a scenario name comes from a user's file and must not run as a formula when
// the CSV is opened. Following OWASP's list, a cell is dangerous when it starts with = + - @, a tab
// or a carriage return; when such a formula character comes after leading blanks (spaces, tabs,
// line breaks, which spreadsheets skip); and when it starts with the full-width forms ＝＋－＠,
// which some spreadsheets read as the ASCII ones. Comment records are CSV records too ("# key"
// then the value in its own escaped cell), so a comma or newline in a value cannot spill an
// unescaped cell into the sheet. An undefined number is an empty cell.

/** A formula character (ASCII or full-width), after any leading white space (\s includes the ideographic space). */
const FORMULA_AFTER_BLANKS = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A tab or carriage return is a trigger in its own right (OWASP). */
const LEADING_CONTROL = /^[\t\r]/;

/** Whether a spreadsheet could take this text cell for a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_AFTER_BLANKS.test(text) || LEADING_CONTROL.test(text);
}

/** Escapes one text cell: a possible formula gets a leading single quote; quotes per RFC 4180 when needed. */
export function escapeCsvText(text: string): string {
  const defused = looksLikeFormula(text) ? `'${text}` : text;
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

