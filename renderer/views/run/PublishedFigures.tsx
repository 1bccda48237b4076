// The Run view's Published figures panel: the run set beside the published yearly series, one
// chart per series the run's years overlap, each titled with its finding (the MAPE over the
// published rows and its verdict, publishedOverlay.ts) and carrying the series' sources and the
// run's provenance. Observed outcomes come first; the people-sentenced inputs the scenario follows
// sit in a closed section (their fit is reported, not judged as an outcome).
import { memo, useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import { backcastSeriesFor, publishedSeries } from '../../engine';
import { replicationsWord } from '../../lib/findings';
import { overlayComparisons, overlayFinding, seriesLabel, toleranceWords, type OverlayComparison } from '../../lib/publishedOverlay';
import { overlayChartData, overlayProvenance } from '../../lib/publishedOverlayData';
import type { RunResults } from '../../state/runSlice';
import { runProvenance } from './RunCharts';
import { YearlyOverlayChart } from './YearlyOverlayChart';

const OverlayChart = memo(function OverlayChart({ comparison, results }: { comparison: OverlayComparison; results: RunResults }) {
  const data = useMemo(() => overlayChartData(comparison), [comparison]);
  const provenance = useMemo(() => overlayProvenance(runProvenance(results), comparison), [results, comparison]);
  const n = Math.max(0, ...comparison.years.map((y) => y.n));
  const band = n > 1 ? ', band its 95% CI' : '';
  return (
    <ChartFrame
      title={overlayFinding(comparison)}
      subtitle={`${seriesLabel(comparison.series)} by year (${comparison.series.unit}): model mean of ${replicationsWord(n)}${band}; MAPE over published rows only (${toleranceWords(comparison)}).`}
      data={data}
      provenance={provenance}
      fileName={`run-published-${comparison.series.name}`}
      testId={`published-chart-${comparison.series.name}`}
    >
      <YearlyOverlayChart data={data} unit={comparison.series.unit} replications={n} />
    </ChartFrame>
  );
});

export const PublishedFigures = memo(function PublishedFigures({ results }: { results: RunResults }) {
  const set = publishedSeries();
  const comparisons = useMemo(() => overlayComparisons(results.yearly, set.series, backcastSeriesFor), [results.yearly, set]);
  const observed = comparisons.filter((c) => set.observed.includes(c.series.name));
  const inputs = comparisons.filter((c) => !set.observed.includes(c.series.name));
  return (
    <section className="published-figures" aria-label="Published figures" data-testid="published-figures">
      <h3>Published figures</h3>
      {comparisons.length === 0 ? (
        <p className="view-intro" data-testid="published-none">
          This run&rsquo;s reported years do not overlap any published series, so there is nothing to set it beside.
        </p>
      ) : (
        <>
          <p className="view-intro">
            The run beside the published yearly series (scenarios/data), each measured as <code>npm run calibrate</code> measures it. Filled
            markers are published values, hollow ones interpolated or assumed: only published values are judged. Hover a year for its source.
          </p>
          <div className="run-charts">
            {observed.map((c) => (
              <OverlayChart key={c.series.name} comparison={c} results={results} />
            ))}
          </div>
          {inputs.length > 0 && (
            <details className="published-inputs">
              <summary>People sentenced: {inputs.length} input series the scenario follows (its courts&rsquo; volumes are the model&rsquo;s own)</summary>
              <div className="run-charts">
                {inputs.map((c) => (
                  <OverlayChart key={c.series.name} comparison={c} results={results} />
                ))}
              </div>
            </details>
          )}
        </>
      )}
    </section>
  );
});
