// The Compare view: a baseline and one or more alternatives (or an opened experiment file) run on
// common random numbers in one experiment, with progress, an ETA and cancel; then the main finding
// as a difference chart whose title says it in words, each scenario's series with uncertainty
// bands, and every KPI with its paired difference and interval. State lives in the compare slice,
// so a comparison keeps going, and its results stay, while the user looks at other views.
import { useAppState, useDeferredAppState } from '../state/appContext';
import { ProgressPanel } from './run/ProgressPanel';
import { CompareCharts } from './compare/CompareCharts';
import { AttributionCharts } from './compare/AttributionCharts';
import { CompareForm } from './compare/CompareForm';
import { ExperimentPanel } from './compare/ExperimentPanel';
import { KpiTable } from './compare/KpiTable';
import { cancelComparison } from './compare/compareController';
import { Refusal } from './shared/Refusal';
import './run/run.css';
import './compare/compare.css';

export function CompareView() {
  const experiment = useAppState((s) => s.experiment);
  const refusal = useAppState((s) => s.compare.refusal);
  const job = useAppState((s) => s.compare.job);
  // Charts and the table redraw in an interruptible render: the page stays responsive while they do.
  const { value: results, catchingUp } = useDeferredAppState((s) => s.compare.results);
  const chartSeries = useAppState((s) => s.compare.chartSeries);
  const table = useAppState((s) => s.compare.table);
  return (
    <section aria-label="Compare" className="compare-view">
      <h2>Compare</h2>
      <p className="view-intro">
        Runs a baseline and its alternatives on common random numbers: replication <em>r</em> of every scenario draws the same random numbers,
        so differences between them come from the scenarios, not from chance, and are measured replication by replication.
      </p>
      {experiment && <ExperimentPanel fileName={experiment.name} experiment={experiment.experiment} />}
      <CompareForm />
      {refusal?.control === 'choice' && <Refusal text={refusal.text} testId="compare-refusal" />}
      {job && <ProgressPanel job={job} onCancel={cancelComparison} testIdPrefix="compare" />}
      {results ? (
        <>
          <h3 className="results-heading" aria-busy={catchingUp}>
            {results.source === 'experiment' ? `Experiment ${results.title}` : results.title}: {results.replications} replication
            {results.replications === 1 ? '' : 's'} at scale {results.scale}, seed {results.seed}
          </h3>
          {results.notes.map((note) => (
            <p key={note} className="notice" role="note">
              {note}
            </p>
          ))}
          <AttributionCharts results={results} />
          <CompareCharts results={results} chartSeries={chartSeries} />
          <KpiTable comparisons={results.comparisons} variants={results.variants} view={table} />
        </>
      ) : (
        job?.status === 'running' && <p className="waiting">The charts and the table appear when every scenario has finished its first replication.</p>
      )}
    </section>
  );
}
