// The dated values of a scenario (timeline.values) for the report's assumptions section: one row per
// number (its label, join, first and last point, how many points, source), and the points
// themselves as compact tables with a column per date (a year when every point is a 1 January),
// at most COLUMNS_PER_TABLE columns to a table so 16 series of 19 yearly points stay readable on a
// page. Pure: labels and units are passed in; entries are shown as the file gives them.
import type { DatedValue } from '../engine';
import { canonicalDatedPath } from '../engine';

export interface DatedValueRow {
  path: string;
  label: string;
  join: string;
  /** "2005-01-01: 140,000". */
  first: string;
  last: string;
  count: number;
  source: string;
  unit: string;
}

export interface DatedPointsTable {
  /** Column headings: years ("2005") or dates ("2016-04-01"). */
  columns: string[];
  rows: { label: string; cells: string[] }[];
}

export interface DatedValuesReport {
  rows: DatedValueRow[];
  tables: DatedPointsTable[];
}

export interface DatedReportTools {
  labelOf: (path: string) => string;
  unitOf: (path: string) => string;
}

export const COLUMNS_PER_TABLE = 10;

const LARGE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const SMALL = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 4 });

/** A point's value in a narrow cell: whole thousands for large numbers, four significant digits otherwise. */
export function compactValue(value: unknown): string {
  if (typeof value !== 'number') return String(value);
  return Math.abs(value) >= 1000 ? LARGE.format(value) : SMALL.format(value);
}

const pointText = (point: DatedValue['points'][number] | undefined) => (point ? `${point.date}: ${compactValue(point.value)}` : '');

export function reportDatedValues(values: readonly DatedValue[], tools: DatedReportTools): DatedValuesReport {
  const rows = values.map((entry) => {
    const path = canonicalDatedPath(entry.path);
    return {
      path,
      label: tools.labelOf(path),
      join: entry.join,
      first: pointText(entry.points[0]),
      last: pointText(entry.points[entry.points.length - 1]),
      count: entry.points.length,
      source: entry.source === '' ? 'not given' : entry.source,
      unit: tools.unitOf(path),
    };
  });
  return { rows, tables: pointTables(values, rows) };
}

function pointTables(values: readonly DatedValue[], rows: readonly DatedValueRow[]): DatedPointsTable[] {
  const dates = [...new Set(values.flatMap((entry) => entry.points.map((p) => p.date)))].sort();
  const yearly = dates.every((date) => /^\d{4}-01-01$/.test(date));
  const tables: DatedPointsTable[] = [];
  for (let start = 0; start < dates.length; start += COLUMNS_PER_TABLE) {
    const slice = dates.slice(start, start + COLUMNS_PER_TABLE);
    tables.push({
      columns: slice.map((date) => (yearly ? date.slice(0, 4) : date)),
      rows: values
        .map((entry, i) => {
          const byDate = new Map(entry.points.map((p) => [p.date, p.value]));
          return { label: rows[i].label, cells: slice.map((date) => (byDate.has(date) ? compactValue(byDate.get(date)) : '')) };
        })
        .filter((row) => row.cells.some((cell) => cell !== '')),
    });
  }
  return tables;
}
