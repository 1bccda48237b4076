// The comparison's charts for one series (chosen here): each scenario's weekly mean with its
// uncertainty bands on one chart, and each alternative's paired difference from the baseline with
// its band on another, whose title states the finding in words (from the same KPI the table and
// the CLI report, so they agree), honestly when the interval includes zero.
import { memo, useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import type { ChartProvenance } from '../../charts/chartData';
import { levelsFinding, replicationsWord } from '../../lib/findings';
import { bandChartData, lastYear } from '../../lib/seriesBands';
import { SERIES_MEASURES, seriesMeasure, type SeriesMeasure } from '../../lib/seriesMeasures';
import { useServices } from '../../state/appContext';
import type { AppState } from '../../state/appState';
import { setChartSeries, type CompareResults } from '../../state/compareSlice';
import type { Draft } from 'immer';
import { BandChart } from '../run/BandChart';
import { differenceTitle } from './compareFindings';

function provenanceOf(results: CompareResults): ChartProvenance {
  return {
    engineVersion: results.engineVersion,
    scenarios: results.variants.map((v) => ({ name: v.label === v.scenarioName ? v.label : `${v.label} [${v.scenarioName}]`, hash: v.scenarioHash })),
    seed: results.seed,
    replications: results.replications,
    scale: results.scale,
    extra: [
      ['comparison', results.title],
      ['pairing', 'common random numbers: replication r of every scenario uses the same seed and streams'],
    ],
  };
}

const SeriesCharts = memo(function SeriesCharts({ results, measure }: { results: CompareResults; measure: SeriesMeasure }) {
  const provenance = useMemo(() => provenanceOf(results), [results]);
  const series = results.series[measure.series];
  const baseline = results.variants[0].label;
  const levels = useMemo(() => {
    const entries = results.variants.map((v, i) => ({ key: `v${i}`, label: v.label, band: series.variants[i] }));
    return { data: bandChartData(results.weeks, entries), lines: entries.map((e, i) => ({ key: e.key, label: e.label, index: i })) };
  }, [results.variants, results.weeks, series]);
  const differences = useMemo(() => {
    const entries = results.variants.slice(1).map((v, i) => ({ key: `d${i}`, label: `${v.label} − ${baseline}`, band: series.differences[i] }));
    return { data: bandChartData(results.weeks, entries), lines: entries.map((e, i) => ({ key: e.key, label: e.label, index: i + 1 })) };
  }, [results.variants, results.weeks, series, baseline]);
  const year = lastYear(results.weeks);
  const n = replicationsWord(results.replications);
  const many = results.variants.length > 2;
  const fileStem = `compare-${measure.series.replace(/\./g, '-')}`;
  return (
    <>
      <ChartFrame
        title={differenceTitle(results, measure)}
        subtitle={`Each week, each alternative minus ${baseline}, paired replication by replication (common random numbers): the line is the mean difference over ${n}, the dark band its 95% CI, the light band P5–P95 of the paired differences. The title's figure is ${measure.kind === 'flow' ? 'the rate over' : 'the mean over'} the last reported year (${measure.kpi}), as in the KPI table.`}
        data={differences.data}
        provenance={provenance}
        fileName={`${fileStem}-difference`}
        testId="compare-finding"
      >
        <BandChart data={differences.data} lines={differences.lines} yLabel={`difference, ${measure.unit}`} zeroLine />
      </ChartFrame>
      <ChartFrame
        title={levelsFinding(measure, results.variants.map((v) => v.label), series.variants, year)}
        subtitle={`${measure.label} each week (${measure.unit}, national equivalent) under each scenario: mean over ${n}, dark band the 95% CI of the mean${many ? '' : ', light band P5–P95 of the replications'}.`}
        data={levels.data}
        provenance={provenance}
        fileName={fileStem}
        testId="compare-levels"
      >
        <BandChart data={levels.data} lines={levels.lines} yLabel={measure.unit} spread={!many} />
      </ChartFrame>
    </>
  );
});

export function CompareCharts({ results, chartSeries }: { results: CompareResults; chartSeries: string }) {
  const { store } = useServices();
  const measure = seriesMeasure(chartSeries);
  if (results.variants.length < 2) return null;
  return (
    <div className="compare-charts">
      <label className="series-choice">
        Chart{' '}
        <select
          value={chartSeries}
          data-testid="compare-series"
          onChange={(e) => store.update((draft: Draft<AppState>) => setChartSeries(e.target.value)(draft.compare))}
        >
          {SERIES_MEASURES.map((m) => (
            <option key={m.series} value={m.series}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      <SeriesCharts results={results} measure={measure} />
    </div>
  );
}
