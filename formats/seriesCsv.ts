// A published yearly series (scenarios/data/<name>.csv): metadata lines `# key: value`, then the
// header `year,value,basis,confidence,source,note` and one row a year. Pure (no Node, no DOM): the
// CLI reads the files from disk, the browser app imports the same text through Vite `?raw`.
// Invariants of a parsed Series: title, unit, coverage and description are non-empty; the years run
// one by one from firstYear to lastYear (`# years: A-B`, default 2005-2023) with no gap; every value
// is finite, ≥ 0 and inside `# range: lo-hi` when given; every row names its source; an interpolated
// row has a published row as its nearest non-interpolated neighbour on each side (interpolation
// needs two published ends; an end of the series is extrapolated, not interpolated).
// Every rejection is a SeriesError naming the file, line and column and what was expected.
import { splitCsvLine, type CsvField } from './csvFields';

export type SeriesBasis = 'published' | 'interpolated' | 'extrapolated' | 'assumption';
export type SeriesConfidence = 'H' | 'M' | 'L';

export interface SeriesPoint {
  year: number;
  value: number;
  basis: SeriesBasis;
  confidence: SeriesConfidence;
  source: string;
  note: string;
}

export interface Series {
  name: string;
  title: string;
  unit: string;
  coverage: string;
  description: string;
  firstYear: number;
  lastYear: number;
  points: SeriesPoint[];
}

export const SERIES_HEADER = 'year,value,basis,confidence,source,note';
export const SERIES_BASES: readonly SeriesBasis[] = ['published', 'interpolated', 'extrapolated', 'assumption'];
export const SERIES_CONFIDENCES: readonly SeriesConfidence[] = ['H', 'M', 'L'];
export const DEFAULT_FIRST_YEAR = 2005;
export const DEFAULT_LAST_YEAR = 2023;

const REQUIRED_KEYS = ['title', 'unit', 'coverage', 'description'] as const;
const OPTIONAL_KEYS = ['years', 'range'] as const;
type MetadataKey = (typeof REQUIRED_KEYS)[number] | (typeof OPTIONAL_KEYS)[number];
const KNOWN_KEYS: readonly string[] = [...REQUIRED_KEYS, ...OPTIONAL_KEYS];

export class SeriesError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}:${column}: ${problem}`);
    this.name = 'SeriesError';
  }
}

interface Line {
  text: string;
  number: number;
}

interface Metadata {
  values: Partial<Record<MetadataKey, string>>;
  firstYear: number;
  lastYear: number;
  range: { min: number; max: number } | undefined;
}

/** Parses and validates one series file; `fileName` names it in errors and gives the series its name. */
export function parseSeriesCsv(text: string, fileName: string): Series {
  const lines = toLines(text);
  const fail = (line: number, column: number, problem: string): never => {
    throw new SeriesError(fileName, line, column, problem);
  };
  let at = 0;
  const metaLines: Line[] = [];
  while (at < lines.length && lines[at].text.startsWith('#')) metaLines.push(lines[at++]);
  const meta = readMetadata(metaLines, fail, lines[at]?.number ?? lines.length + 1);
  const header = lines[at];
  if (header === undefined) return fail(lines.length + 1, 1, `the file ends before the header; expected the header line "${SERIES_HEADER}"`);
  if (header.text !== SERIES_HEADER) return fail(header.number, 1, `header "${header.text}"; expected exactly "${SERIES_HEADER}"`);
  const rows = lines.slice(at + 1);
  const points = rows.map((line, i) => readRow(line, meta, meta.firstYear + i, fail));
  const endLine = (rows.at(-1)?.number ?? header.number) + 1;
  if (points.length < meta.lastYear - meta.firstYear + 1) {
    fail(endLine, 1, `the rows end at ${points.at(-1)?.year ?? 'the header'}; expected a row for every year ${meta.firstYear}-${meta.lastYear}, next ${meta.firstYear + points.length}`);
  }
  checkInterpolation(points, rows, fail);
  return {
    name: seriesNameOf(fileName),
    title: meta.values.title!,
    unit: meta.values.unit!,
    coverage: meta.values.coverage!,
    description: meta.values.description!,
    firstYear: meta.firstYear,
    lastYear: meta.lastYear,
    points,
  };
}

/** The series name a file gives: its base name without `.csv`. */
export function seriesNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
  return base.toLowerCase().endsWith('.csv') ? base.slice(0, -4) : base;
}

type Fail = (line: number, column: number, problem: string) => never;

/** Lines with their 1-based numbers; a BOM dropped, CRLF or LF accepted, blank lines at the end ignored. */
function toLines(text: string): Line[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = body.split(/\r?\n/).map((line, i) => ({ text: line, number: i + 1 }));
  while (lines.length > 0 && lines.at(-1)!.text.trim() === '') lines.pop();
  return lines;
}

function readMetadata(lines: Line[], fail: Fail, headerLine: number): Metadata {
  const values: Partial<Record<MetadataKey, string>> = {};
  for (const line of lines) {
    const match = /^#\s*([A-Za-z]+)\s*:(.*)$/.exec(line.text);
    if (match === null) fail(line.number, 1, `metadata line "${line.text}"; expected "# key: value"`);
    const [, key, rawValue] = match!;
    if (!KNOWN_KEYS.includes(key)) fail(line.number, 3, `unknown metadata key "${key}"; expected one of ${KNOWN_KEYS.join(', ')}`);
    if (values[key as MetadataKey] !== undefined) fail(line.number, 3, `metadata key "${key}" given twice; expected it once`);
    const value = rawValue.trim();
    if (value === '') fail(line.number, valueColumn(line), `metadata "${key}" is empty; expected a value`);
    values[key as MetadataKey] = value;
  }
  for (const key of REQUIRED_KEYS) {
    if (values[key] === undefined) fail(headerLine, 1, `metadata "${key}" is missing; expected a line "# ${key}: ..." before the header`);
  }
  const years = readYears(values.years, lines, fail);
  return { values, ...years, range: readRange(values.range, lines, fail) };
}

function metadataLine(lines: Line[], key: string): Line {
  return lines.find((line) => new RegExp(`^#\\s*${key}\\s*:`).test(line.text))!;
}

/** 1-based column where a metadata value starts (after the colon and any blanks). */
function valueColumn(line: Line): number {
  const colon = line.text.indexOf(':');
  const blanks = /^\s*/.exec(line.text.slice(colon + 1))![0].length;
  return colon + 1 + blanks + 1;
}

function readYears(text: string | undefined, lines: Line[], fail: Fail): { firstYear: number; lastYear: number } {
  if (text === undefined) return { firstYear: DEFAULT_FIRST_YEAR, lastYear: DEFAULT_LAST_YEAR };
  const match = /^(\d{4})\s*-\s*(\d{4})$/.exec(text);
  const firstYear = match === null ? NaN : Number(match[1]);
  const lastYear = match === null ? NaN : Number(match[2]);
  if (!(firstYear <= lastYear)) {
    const line = metadataLine(lines, 'years');
    fail(line.number, valueColumn(line), `years "${text}"; expected "first-last" with four-digit years, first ≤ last (e.g. 2014-2021)`);
  }
  return { firstYear, lastYear };
}

function readRange(text: string | undefined, lines: Line[], fail: Fail): { min: number; max: number } | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)$/.exec(text);
  const min = match === null ? NaN : Number(match[1]);
  const max = match === null ? NaN : Number(match[2]);
  if (!(min <= max)) {
    const line = metadataLine(lines, 'range');
    fail(line.number, valueColumn(line), `range "${text}"; expected "min-max" with non-negative numbers, min ≤ max (e.g. 0-1)`);
  }
  return { min, max };
}

const NUMBER = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function readRow(line: Line, meta: Metadata, expectedYear: number, fail: Fail): SeriesPoint {
  if (line.text.startsWith('#')) fail(line.number, 1, 'a metadata line after the header; expected all "# key: value" lines before the header');
  const split = splitCsvLine(line.text);
  if (!split.ok) return fail(line.number, split.column, split.message);
  const cells = split.fields;
  if (cells.length !== 6) {
    const column = cells.length > 6 ? cells[6].column : line.text.length + 1;
    fail(line.number, column, `${cells.length} fields; expected 6 (${SERIES_HEADER}); quote a field that contains a comma`);
  }
  const [year, value, basis, confidence, source, note] = cells;
  const at = (cell: CsvField, problem: string): never => fail(line.number, cell.column, problem);
  if (!/^\d{4}$/.test(year.text)) at(year, `year "${year.text}"; expected a four-digit year, ${expectedYear}`);
  const yearNumber = Number(year.text);
  if (yearNumber > meta.lastYear) at(year, `year ${yearNumber} is past the series' last year; expected no rows after ${meta.lastYear}`);
  if (yearNumber !== expectedYear) at(year, `year ${yearNumber}; expected ${expectedYear} (one row a year, in order, from ${meta.firstYear})`);
  return {
    year: yearNumber,
    value: readValue(value, meta, at),
    basis: oneOf(basis, SERIES_BASES, 'basis', at),
    confidence: oneOf(confidence, SERIES_CONFIDENCES, 'confidence', at),
    source: source.text.trim() === '' ? at(source, 'source is empty; expected the table or answer the value comes from') : source.text.trim(),
    note: note.text.trim(),
  };
}

function readValue(cell: CsvField, meta: Metadata, at: (cell: CsvField, problem: string) => never): number {
  const text = cell.text.trim();
  if (text.startsWith('-') && NUMBER.test(text.slice(1))) at(cell, `value ${text} is negative; expected a number ≥ 0`);
  if (!NUMBER.test(text)) at(cell, `value "${cell.text}"; expected a plain number ≥ 0 (digits and a decimal point, no thousands separators)`);
  const value = Number(text);
  if (!Number.isFinite(value)) at(cell, `value "${cell.text}" is not finite; expected a finite number`);
  if (meta.range !== undefined && (value < meta.range.min || value > meta.range.max)) {
    at(cell, `value ${value} is outside the series' range; expected ${meta.range.min} to ${meta.range.max}`);
  }
  return value;
}

function oneOf<T extends string>(cell: CsvField, allowed: readonly T[], what: string, at: (cell: CsvField, problem: string) => never): T {
  if (!(allowed as readonly string[]).includes(cell.text)) at(cell, `${what} "${cell.text}"; expected one of ${allowed.join(', ')}`);
  return cell.text as T;
}

/** Each interpolated run must have a published row at both ends. */
function checkInterpolation(points: SeriesPoint[], rows: Line[], fail: Fail): void {
  points.forEach((point, i) => {
    if (point.basis !== 'interpolated') return;
    const before = points.slice(0, i).reverse().find((p) => p.basis !== 'interpolated');
    const after = points.slice(i + 1).find((p) => p.basis !== 'interpolated');
    if (before?.basis !== 'published' || after?.basis !== 'published') {
      const split = splitCsvLine(rows[i].text);
      const column = split.ok ? split.fields[2].column : 1;
      const side = before?.basis !== 'published' ? `before ${point.year}` : `after ${point.year}`;
      fail(rows[i].number, column, `interpolated ${point.year} has no published row ${side}; expected interpolation between published years (use extrapolated at the ends)`);
    }
  });
}
