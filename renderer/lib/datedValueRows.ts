// Dated parameter values (timeline.values) as the editor reads and extends them: which number an
// entry dates (by its canonical path, so `a.b[0]` and `a["b"][0]` are one number), the summary shown
// beside the base value ("dated: 19 points 2005–2023, linear"), the entry "Make dated" starts from
// the point "Add a row" appends, and the value in force on a day (the model's valueOn, the one
// definition of it, never worked out again here). Pure: plain values in, fresh values out; works on entries as
// typed (an invalid date or value is summarised as it stands, never dropped).
import { canonicalDatedPath, datedSeriesOf, parseIsoDate, valueOn, type DatedValue } from '../engine';

export type DatedJoin = DatedValue['join'];
export type DatedPoint = DatedValue['points'][number];

/** Where each dated number's entry is: canonical path → index in timeline.values (the first, when one number has two). */
export function datedIndexByPath(values: readonly DatedValue[]): Map<string, number> {
  const map = new Map<string, number>();
  values.forEach((entry, i) => {
    const path = canonicalDatedPath(entry.path);
    if (!map.has(path)) map.set(path, i);
  });
  return map;
}

/** The year of an ISO date as written ("2005-01-01" → "2005"); the text itself when it has none. */
function yearOf(date: string): string {
  return /^\d{4}/.test(date) ? date.slice(0, 4) : date;
}

/** "19 points 2005–2023, linear"; "1 point 2015-01-01, step". Years when every point is a 1 January, dates otherwise. */
export function datedSummary(entry: DatedValue): string {
  const { points } = entry;
  const count = points.length === 1 ? '1 point' : `${points.length} points`;
  if (points.length === 0) return `no points, ${entry.join}`;
  const yearly = points.every((p) => /^\d{4}-01-01$/.test(p.date));
  const first = points[0].date;
  const last = points[points.length - 1].date;
  const span = points.length === 1 ? (yearly ? yearOf(first) : first) : yearly ? `${yearOf(first)}–${yearOf(last)}` : `${first} to ${last}`;
  return `${count} ${span}, ${entry.join}`;
}

/**
 * The entry "Make dated" adds for a number: one point on the scenario's start date holding the base
 * value, so the run is unchanged until the user adds or edits points. Whole numbers start as steps
 * (a line between whole numbers passes through fractions, which their field refuses).
 */
export function newDatedEntry(path: string, baseValue: number, startDate: string, wholeNumber: boolean): DatedValue {
  return { path, join: wholeNumber ? 'step' : 'linear', points: [{ date: startDate, value: baseValue }], source: '' };
}

/** The same day a year later ("2016-02-29" → "2017-02-28"); text that is not a date comes back as it is. */
export function aYearLater(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const year = Number(match[1]) + 1;
  const day = match[2] === '02' && match[3] === '29' ? '28' : match[3];
  return `${String(year).padStart(4, '0')}-${match[2]}-${day}`;
}

/** The point "Add a row" appends: a year after the last point, with its value (the user then edits it). */
export function nextDatedPoint(points: readonly DatedPoint[], fallbackDate: string, fallbackValue: number): DatedPoint {
  const last = points[points.length - 1];
  if (!last) return { date: fallbackDate, value: fallbackValue };
  return { date: aYearLater(last.date), value: last.value };
}

/**
 * The value the entry gives on `isoDate` (datedValues.valueOn), or undefined before its first point
 * (the base value holds) or while the entry cannot be read (a bad path or date: its issue says why).
 */
export function datedValueOn(entry: DatedValue, isoDate: string): number | undefined {
  const day = parseIsoDate(isoDate);
  if (Number.isNaN(day)) return undefined;
  try {
    const series = datedSeriesOf(entry);
    if (series.days.some(Number.isNaN)) return undefined;
    return valueOn(series, day);
  } catch {
    return undefined;
  }
}
