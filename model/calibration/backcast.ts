// The back-cast comparison: several runs of the as-happened history (one per seed) against the
// published yearly series. Per series and year: the model's mean and 95% interval across seeds
// and the published value; per series: the MAPE over the years that have both a published row
// (interpolated, extrapolated and assumed rows are shown but never judged) and a model value,
// and a verdict against the series' tolerance. Pure: runs and series come in, numbers go out.
import type { RunResult } from '../runResult';
import type { Basis, PublishedSeries } from './publishedSeries';
import { backcastSeriesFor, type BackcastSeries } from './backcastSeries';
import { meanAbsolutePercentageError, summarizeSeeds, verdictOf, type SeedSummary, type Verdict } from './seedStats';
import { meanOver, weeksBetween } from '../observe/windows';

export interface BackcastYear extends SeedSummary {
  year: number;
  published: number;
  basis: Basis;
  source: string;
  /** The value of each run, in seed order (NaN where the run does not cover the year). */
  values: number[];
}

export interface BackcastComparison {
  series: PublishedSeries;
  definition: BackcastSeries;
  years: BackcastYear[];
  /** Years with a published row and a model value: the ones the MAPE is over. */
  comparedYears: number[];
  mape: number;
  verdict: Verdict;
}

export function compareSeries(runs: readonly RunResult[], series: PublishedSeries, definition: BackcastSeries): BackcastComparison {
  return compareValues((year) => runs.map((r) => definition.measure(r, year)), series, definition);
}

/**
 * compareSeries over values already measured: `valuesIn(year)` gives each run's value for the year
 * (NaN where a run lacks it). The app's Run view holds measured years, not whole RunResults.
 */
export function compareValues(valuesIn: (year: number) => number[], series: PublishedSeries, definition: BackcastSeries): BackcastComparison {
  const years = series.rows.map((row): BackcastYear => {
    const values = valuesIn(row.year);
    return { year: row.year, published: row.value, basis: row.basis, source: row.source, values, ...summarizeSeeds(values) };
  });
  const judged = years.filter((y) => y.basis === 'published' && Number.isFinite(y.mean));
  const mape = meanAbsolutePercentageError(judged.map((y) => ({ model: y.mean, published: y.published })));
  return { series, definition, years, comparedYears: judged.map((y) => y.year), mape, verdict: verdictOf(mape, definition.tolerance) };
}

/** Every series the model can measure, in the order given; the names of those it cannot are returned apart. */
export function compareAll(runs: readonly RunResult[], published: readonly PublishedSeries[]): { comparisons: BackcastComparison[]; unmatched: string[] } {
  const comparisons: BackcastComparison[] = [];
  const unmatched: string[] = [];
  for (const series of published) {
    const definition = backcastSeriesFor(series.name);
    if (definition === null) unmatched.push(series.name);
    else comparisons.push(compareSeries(runs, series, definition));
  }
  return { comparisons, unmatched };
}

/**
 * The NPS share of the probation caseload under TR (2015-2019), over seeds. Reported, not a
 * target: the 30/70 split was the 2013 design, and the split as it turned out is held back
 * (REFERENCE.md), so the model's split must come from its mechanisms.
 */
export function npsShareUnderTr(runs: readonly RunResult[]): SeedSummary {
  return summarizeSeeds(
    runs.map((r) => {
      const window = weeksBetween(r, '2015-01-01', '2020-01-01');
      const nps = meanOver(r, 'caseload.nps', window);
      return nps / (nps + meanOver(r, 'caseload.crc', window));
    }),
  );
}
