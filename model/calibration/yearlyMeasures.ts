// A RunResult measured by calendar year the way the published yearly series measure it:
// - a stock on a date (30 June, 31 December): the end-of-week stock of the reported week that
//   contains the date (start ≤ date < start + 7 days);
// - a flow over a calendar year: each week's flow shared out by the days it overlaps the year,
//   then scaled up from the days covered to the whole year; a year counts only when the
//   reported weeks cover at least 358 of its days (a week's edge at the end of a run, never more);
// - a reoffending rate for a cohort year: the four quarterly cohorts starting in that year,
//   pooled (people and reoffenders summed), only when all four are complete.
// Every function returns NaN for a year the run does not cover: years before or after the run's
// data are skipped by the comparison, never invented.
import type { CohortGroupOutcome, RunResult } from '../runResult';
import { daysInMonth, epochDayOf, parseIsoDate } from '../calendar/dates';
import { binaryRate, pool } from '../observe/windows';

const WEEK_DAYS = 7;
/** A year's flow counts when the reported weeks cover this many of its days or more. */
export const MIN_COVERED_DAYS = 358;

/** The value of a weekly stock series on a date (month and day of `year`), or NaN when no reported week contains it. */
export function stockOnDate(result: RunResult, name: string, year: number, month: number, day: number): number {
  const values = seriesOf(result, name);
  const date = epochDayOf(year, month, Math.min(day, daysInMonth(year, month)));
  const w = weekContaining(result, date);
  return w < 0 ? NaN : values[w];
}

/** Index of the reported week whose seven days include `date`, or -1. */
export function weekContaining(result: RunResult, date: number): number {
  if (result.weeks.length === 0) return -1;
  const first = parseIsoDate(result.weeks[0]);
  const w = Math.floor((date - first) / WEEK_DAYS);
  return w >= 0 && w < result.weeks.length ? w : -1;
}

/** A weekly flow summed over a calendar year (weeks shared out by the days they overlap it), or NaN when too little of the year is reported. */
export function flowInYear(result: RunResult, name: string, year: number): number {
  const values = seriesOf(result, name);
  if (result.weeks.length === 0) return NaN;
  const first = parseIsoDate(result.weeks[0]);
  const yearStart = epochDayOf(year, 1, 1);
  const yearEnd = epochDayOf(year + 1, 1, 1);
  let total = 0;
  let covered = 0;
  const fromWeek = Math.max(0, Math.floor((yearStart - first) / WEEK_DAYS));
  for (let w = fromWeek; w < result.weeks.length; w++) {
    const start = first + w * WEEK_DAYS;
    if (start >= yearEnd) break;
    const overlap = Math.min(start + WEEK_DAYS, yearEnd) - Math.max(start, yearStart);
    if (overlap <= 0) continue;
    total += (values[w] * overlap) / WEEK_DAYS;
    covered += overlap;
  }
  if (covered < MIN_COVERED_DAYS) return NaN;
  return (total * (yearEnd - yearStart)) / covered;
}

/** The pooled outcome of the four quarterly cohorts starting in `year`, or null unless all four are in the run and complete. */
export function cohortYear(result: RunResult, year: number, pick: (c: RunResult['cohorts'][number]) => CohortGroupOutcome[]): CohortGroupOutcome | null {
  const prefix = `${String(year).padStart(4, '0')}-`;
  const quarters = result.cohorts.filter((c) => c.quarterStart.startsWith(prefix));
  if (quarters.length !== 4 || quarters.some((c) => !c.complete)) return null;
  return pool(quarters.flatMap(pick));
}

/** Binary proven reoffending rate of a cohort year, over the given disposals (all starts when `disposals` is empty). */
export function reoffendingInYear(result: RunResult, year: number, disposals: readonly string[]): number {
  const pooled = cohortYear(result, year, (c) => (disposals.length === 0 ? [c.all] : disposals.map((d) => c.byDisposal[d] ?? missingDisposal(d))));
  return pooled === null ? NaN : binaryRate(pooled);
}

function missingDisposal(disposal: string): never {
  throw new Error(`no cohort outcome for disposal '${disposal}'`);
}

function seriesOf(result: RunResult, name: string): number[] {
  const values = result.series[name];
  if (values === undefined) throw new Error(`no series named '${name}'`);
  return values;
}
