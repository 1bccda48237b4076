// The Published figures panel's chart data and provenance, from a comparison (publishedOverlay.ts).
// One row a year of the published series: the published value with its basis and source, the
// model's mean and its 95% interval across replications; the drawn columns split the published
// value by basis (`publishedPoint` filled markers for published rows, `otherPoint` hollow ones for
// interpolated, extrapolated or assumed rows) so the chart never draws an assumption as a fact.
// Invariant: the CSV (the data's `columns`) is exactly year, published, basis, source, model mean,
// low, high; the drawing-only columns are not in `columns` and never exported.
import type { ChartData, ChartProvenance } from '../charts/chartData';
import type { OverlayComparison } from './publishedOverlay';

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);

export function overlayChartData(c: OverlayComparison): ChartData {
  return {
    columns: [
      { key: 'year', label: 'Year' },
      { key: 'published', label: 'Published' },
      { key: 'basis', label: 'Basis' },
      { key: 'source', label: 'Source' },
      { key: 'mean', label: 'Model mean' },
      { key: 'low', label: 'Model 95% CI low' },
      { key: 'high', label: 'Model 95% CI high' },
    ],
    rows: c.years.map((y) => ({
      year: y.year,
      published: y.published,
      basis: y.basis,
      source: y.source,
      mean: finiteOrNull(y.mean),
      low: finiteOrNull(y.low),
      high: finiteOrNull(y.high),
      publishedPoint: y.basis === 'published' ? y.published : null,
      otherPoint: y.basis === 'published' ? null : y.published,
    })),
  };
}

/** The distinct sources of a series' rows, in order of first use. */
export function sourcesOf(c: OverlayComparison): string[] {
  return [...new Set(c.years.map((y) => y.source))];
}

/** The run's provenance plus the series': its title, coverage, how the model measures it, its tolerance and every source. */
export function overlayProvenance(run: ChartProvenance, c: OverlayComparison): ChartProvenance {
  const { good, fair } = c.definition.tolerance;
  return {
    ...run,
    extra: [
      ['published series', `${c.series.title} (scenarios/data: ${c.series.name}.csv)`],
      ['coverage', c.series.coverage],
      ['model measure', c.definition.measuredAs],
      ['model band', '95% confidence interval of the mean across replications (model/calibration/seedStats.ts)'],
      ['judged', `MAPE over published rows only (interpolated, extrapolated and assumed rows shown, never judged); good ≤ ${good}%, fair ≤ ${fair}%`],
      ['sources', sourcesOf(c).join(' | ')],
    ],
  };
}
