// The Run view's weekly charts: prison population, caseload, recalls and reoffences, each the mean
// across replications with its 95% interval and the P5–P95 spread, and a title that states the
// level in words with its uncertainty. They fill in as replications finish.
import { memo, useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import type { ChartProvenance } from '../../charts/chartData';
import { levelFinding, replicationsWord } from '../../lib/findings';
import { bandChartData, lastYear } from '../../lib/seriesBands';
import { SERIES_MEASURES, type SeriesMeasure } from '../../lib/seriesMeasures';
import type { RunResults } from '../../state/runSlice';
import { BandChart } from './BandChart';

/** The run's provenance on every chart of the Run view (the Published figures panel adds the series'). */
export function runProvenance(results: RunResults): ChartProvenance {
  return {
    engineVersion: results.engineVersion,
    scenarios: [{ name: results.scenarioName, hash: results.scenarioHash }],
    seed: results.seed,
    replications: results.replications,
    scale: results.scale,
    extra: [['bands', 'mean; 95% confidence interval of the mean; P5–P95 of the replications']],
  };
}

const MeasureChart = memo(function MeasureChart({ measure, results, provenance }: { measure: SeriesMeasure; results: RunResults; provenance: ChartProvenance }) {
  const band = results.series[measure.series];
  const data = useMemo(() => bandChartData(results.weeks, [{ key: 's0', label: results.scenarioName, band }]), [results.weeks, results.scenarioName, band]);
  const title = levelFinding(measure, band, lastYear(results.weeks), results.kpis[measure.kpi]);
  const lines = useMemo(() => [{ key: 's0', label: `${results.scenarioName}: mean`, index: 0 }], [results.scenarioName]);
  return (
    <ChartFrame
      title={title}
      subtitle={`${measure.label} each week (${measure.unit}, national equivalent): mean of ${replicationsWord(band.n)}, dark band the 95% CI of the mean, light band P5–P95 of the replications.`}
      data={data}
      provenance={provenance}
      fileName={`run-${measure.series.replace(/\./g, '-')}`}
      testId={`run-chart-${measure.series}`}
    >
      <BandChart data={data} lines={lines} yLabel={measure.unit} yearStep={2} />
    </ChartFrame>
  );
});

export const RunCharts = memo(function RunCharts({ results }: { results: RunResults }) {
  const provenance = useMemo(() => runProvenance(results), [results]);
  return (
    <div className="run-charts">
      {SERIES_MEASURES.map((measure) => (
        <MeasureChart key={measure.series} measure={measure} results={results} provenance={provenance} />
      ))}
    </div>
  );
});
