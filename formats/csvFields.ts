// One CSV record on one line, split into its fields per RFC 4180, each field with the 1-based column
// where it starts, so a reader can point at the exact cell it rejects. Pure (no Node, no DOM).
// Invariants: a field is either bare (no double quote anywhere in it) or wholly quoted, with "" for
// a literal quote inside; after a closing quote comes a comma or the end of the line. A record may
// not span lines here: the series files keep one row a line so that line numbers stay meaningful.

export interface CsvField {
  text: string;
  /** 1-based column of the field's first character (its opening quote when quoted). */
  column: number;
}

export type CsvLineResult = { ok: true; fields: CsvField[] } | { ok: false; column: number; message: string };

/** Splits one line (without its line ending) into fields. */
export function splitCsvLine(line: string): CsvLineResult {
  const fields: CsvField[] = [];
  let at = 0;
  for (;;) {
    const read = line[at] === '"' ? readQuoted(line, at) : readBare(line, at);
    if (!read.ok) return read;
    fields.push({ text: read.text, column: at + 1 });
    if (read.next >= line.length) return { ok: true, fields };
    at = read.next + 1; // past the comma
    if (at === line.length) {
      fields.push({ text: '', column: at + 1 });
      return { ok: true, fields };
    }
  }
}

type FieldRead = { ok: true; text: string; next: number } | { ok: false; column: number; message: string };

function readBare(line: string, start: number): FieldRead {
  const comma = line.indexOf(',', start);
  const end = comma === -1 ? line.length : comma;
  const quote = line.indexOf('"', start);
  if (quote !== -1 && quote < end) {
    return { ok: false, column: quote + 1, message: 'a double quote inside an unquoted field; expected the whole field in double quotes, with "" for a quote' };
  }
  return { ok: true, text: line.slice(start, end), next: end };
}

function readQuoted(line: string, start: number): FieldRead {
  let text = '';
  let at = start + 1;
  for (;;) {
    const quote = line.indexOf('"', at);
    if (quote === -1) return { ok: false, column: start + 1, message: 'a quoted field that does not close on this line; expected a closing double quote' };
    text += line.slice(at, quote);
    if (line[quote + 1] === '"') {
      text += '"';
      at = quote + 2;
      continue;
    }
    const after = quote + 1;
    if (after < line.length && line[after] !== ',') {
      return { ok: false, column: after + 1, message: 'text after a closing double quote; expected a comma or the end of the line' };
    }
    return { ok: true, text, next: after };
  }
}
