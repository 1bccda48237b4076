// A run set beside the published yearly series: per series and year the model's mean across
// replications with its 95% interval (model/calibration/seedStats.ts summarizeSeeds, as the
// back-cast), the published value with its basis and source, and per series the MAPE over the
// published rows the run covers with its verdict against the series' tolerance (seedStats.ts
// meanAbsolutePercentageError, verdictOf). The measures themselves (a stock on a date, a flow over a
// year, a cohort year's rate) were taken in the worker by model/calibration (experiments/yearly.ts).
// The comparison is model/calibration/backcast.ts compareValues, over values already measured: the
// Run view never holds whole RunResults. Invariants as there: only `published`
// rows are judged; interpolated, extrapolated and assumed rows are shown, never judged; a year no
// replication covers has NaN for the model and is never judged.
import { compareValues, type BackcastSeries, type Basis, type PublishedSeries, type Verdict } from '../engine';

/** One series' yearly values, each year's value per replication (in replication order; NaN where one lacks it). */
export type YearlyReplications = { year: number; values: number[] }[];

/** Replications' measured years (each a list of finite {year, value}) gathered by year, in year order. */
export function yearlyReplications(runs: readonly (readonly { year: number; value: number }[])[]): YearlyReplications {
  const years = [...new Set(runs.flatMap((run) => run.map((p) => p.year)))].sort((a, b) => a - b);
  return years.map((year) => ({ year, values: runs.map((run) => run.find((p) => p.year === year)?.value ?? NaN) }));
}

export interface OverlayYear {
  year: number;
  published: number;
  basis: Basis;
  source: string;
  note: string;
  /** Replications whose value is finite. */
  n: number;
  mean: number;
  /** 95% interval of the mean across replications; NaN with fewer than two. */
  low: number;
  high: number;
}

export interface OverlayComparison {
  series: PublishedSeries;
  definition: BackcastSeries;
  years: OverlayYear[];
  /** Published years with a model value: the ones the MAPE is over. */
  comparedYears: number[];
  mape: number;
  verdict: Verdict;
}

export function compareYearly(yearly: YearlyReplications, series: PublishedSeries, definition: BackcastSeries): OverlayComparison {
  const compared = compareValues((year) => yearly.find((y) => y.year === year)?.values ?? [], series, definition);
  const years = compared.years.map(({ values: _values, ...year }, i): OverlayYear => ({ ...year, note: series.rows[i].note }));
  return { ...compared, years };
}

/**
 * The comparisons to show for a run: every published series of which the run covers at least
 * one year (any basis), in the order given. Series the run has no yearly values for are left out.
 */
export function overlayComparisons(
  yearly: Readonly<Record<string, YearlyReplications>>,
  published: readonly PublishedSeries[],
  definitionOf: (name: string) => BackcastSeries | null,
): OverlayComparison[] {
  const out: OverlayComparison[] = [];
  for (const series of published) {
    const values = yearly[series.name];
    const definition = definitionOf(series.name);
    if (values === undefined || definition === null) continue;
    const comparison = compareYearly(values, series, definition);
    if (comparison.years.some((y) => Number.isFinite(y.mean))) out.push(comparison);
  }
  return out;
}

/** The short name of a series for a sentence: its title up to the first comma ("Prison population"). */
export function seriesLabel(series: PublishedSeries): string {
  return series.title.split(',')[0].trim();
}

/** "2012-2023", or "2018" for one year. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}-${last}`;
}

/** The chart's title: how close the model comes to the published rows, on how many years, and the verdict. */
export function overlayFinding(c: OverlayComparison): string {
  const label = seriesLabel(c.series);
  const count = c.comparedYears.length;
  if (count === 0 || !Number.isFinite(c.mape)) {
    return `${label}: no published year inside the run (only interpolated or assumed values), so not judged`;
  }
  const years = `${count} published year${count === 1 ? '' : 's'}`;
  return `${label}: model within ${c.mape.toFixed(1)}% of published on average over ${yearSpan(c.comparedYears)} (${c.verdict}; ${years})`;
}

/** The tolerance in words, for the subtitle: "good ≤ 5%, fair ≤ 10%, else poor". */
export function toleranceWords(c: OverlayComparison): string {
  const { good, fair } = c.definition.tolerance;
  return `good ≤ ${good}%, fair ≤ ${fair}%, else poor`;
}
