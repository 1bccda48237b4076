// INTERIM reader of the yearly series CSV format (scenarios/data/*.csv), written against the
// format's specification until the shared parser formats/seriesCsv.ts lands from branch h/series;
// then this file goes and scripts/backcast/loadSeries.ts imports that one instead.
// The format: `# key: value` metadata lines first (title, unit, coverage, description required;
// `years: FROM-TO` optional, default 2005-2023; `range: LO-HI` optional), then the header
// `year,value,basis,confidence,source,note` exactly, then one row per year of the span, in
// order; RFC 4180 quoting. Errors name the file, the line and what was expected.
import { BASES, type Basis, type PublishedRow, type PublishedSeries } from '../../model/calibration/publishedSeries';

const HEADER = 'year,value,basis,confidence,source,note';
const REQUIRED = ['title', 'unit', 'coverage', 'description'] as const;

/** One CSV record's cells (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks). */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    records.push(cells);
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"' && (quoted || cell === '')) quoted = !quoted;
    else if (quoted) cell += ch;
    else if (ch === ',') endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else cell += ch;
  }
  if (quoted) throw new Error('a quoted cell is not closed');
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

export function parseSeriesCsv(name: string, text: string): PublishedSeries & { years: [number, number] } {
  const lines = csvRecords(text);
  const meta: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && lines[i].join(',').startsWith('#'); i++) {
    const match = /^#\s*([a-z]+):\s*(.*)$/.exec(lines[i].join(','));
    if (!match) throw new Error(`${name}: line ${i + 1}: expected '# key: value'`);
    meta[match[1]] = match[2].trim();
  }
  for (const key of REQUIRED) if (!meta[key]) throw new Error(`${name}: metadata '${key}' is missing`);
  if (lines[i]?.join(',') !== HEADER) throw new Error(`${name}: line ${i + 1}: expected the header '${HEADER}'`);
  const years = spanOf(name, meta.years ?? '2005-2023');
  const rows = lines.slice(i + 1).filter((cells) => cells.join('') !== '').map((cells, k) => rowOf(name, i + 2 + k, cells));
  rows.forEach((row, k) => {
    if (row.year !== years[0] + k) throw new Error(`${name}: row for ${row.year}: expected ${years[0] + k} (one row per year of ${years[0]}-${years[1]}, in order)`);
  });
  if (rows.length !== years[1] - years[0] + 1) throw new Error(`${name}: expected ${years[1] - years[0] + 1} rows for ${years[0]}-${years[1]}, got ${rows.length}`);
  return { name, title: meta.title, unit: meta.unit, coverage: meta.coverage, description: meta.description, rows, years };
}

function spanOf(name: string, text: string): [number, number] {
  const match = /^(\d{4})-(\d{4})$/.exec(text);
  if (!match || Number(match[1]) > Number(match[2])) throw new Error(`${name}: years: expected FROM-TO, e.g. 2005-2023, got '${text}'`);
  return [Number(match[1]), Number(match[2])];
}

function rowOf(name: string, line: number, cells: string[]): PublishedRow {
  if (cells.length !== 6) throw new Error(`${name}: line ${line}: expected 6 cells, got ${cells.length}`);
  const [year, value, basis, confidence, source, note] = cells;
  if (!/^\d{4}$/.test(year)) throw new Error(`${name}: line ${line}: year: expected a four-digit year, got '${year}'`);
  if (value.trim() === '' || !Number.isFinite(Number(value))) throw new Error(`${name}: line ${line}: value: expected a number, got '${value}'`);
  if (!(BASES as readonly string[]).includes(basis)) throw new Error(`${name}: line ${line}: basis: expected one of ${BASES.join('|')}, got '${basis}'`);
  if (confidence !== 'H' && confidence !== 'M' && confidence !== 'L') throw new Error(`${name}: line ${line}: confidence: expected H|M|L, got '${confidence}'`);
  if (source.trim() === '') throw new Error(`${name}: line ${line}: source: expected the table it comes from`);
  return { year: Number(year), value: Number(value), basis: basis as Basis, confidence, source, note };
}
