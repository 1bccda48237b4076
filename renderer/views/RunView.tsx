// The Run view: the current document's scenario run for R replications on the worker pool, with
// progress, an ETA and cancel; headline cards (mean, 95% interval, n) and weekly charts with
// uncertainty bands that fill in as replications finish, then the run beside the published yearly
// series (Published figures). State lives in the run slice, so a run
// keeps going, and its results stay, while the user looks at other views.
import { useAppState, useDeferredAppState } from '../state/appContext';
import { HeadlineCards } from './run/HeadlineCards';
import { ProgressPanel } from './run/ProgressPanel';
import { PublishedFigures } from './run/PublishedFigures';
import { RunCharts } from './run/RunCharts';
import { RunForm } from './run/RunForm';
import { cancelRun } from './run/runController';
import { Refusal } from './shared/Refusal';
import './run/run.css';

export function RunView() {
  const scenarioName = useAppState((s) => s.document.scenario.name);
  const refusal = useAppState((s) => s.run.refusal);
  const job = useAppState((s) => s.run.job);
  // Charts redraw in an interruptible render: typing and clicking stay responsive while they do.
  const { value: results, catchingUp } = useDeferredAppState((s) => s.run.results);
  return (
    <section aria-label="Run" className="run-view">
      <h2>Run</h2>
      <p className="view-intro">
        Runs the current document&rsquo;s scenario, <strong>{scenarioName}</strong>, several times (replications) from one seed: each
        replication draws its own random numbers, so the spread of the results shows how much is chance. Figures are means across the
        replications with their 95% confidence interval.
      </p>
      <RunForm />
      {refusal && <Refusal text={refusal} testId="run-refusal" />}
      {job && <ProgressPanel job={job} onCancel={cancelRun} testIdPrefix="run" />}
      {results ? (
        <>
          <h3 className="results-heading" aria-busy={catchingUp}>
            {results.scenarioName}: {results.replications} replication{results.replications === 1 ? '' : 's'} at scale {results.scale}, seed {results.seed}
          </h3>
          <HeadlineCards kpis={results.kpis} />
          <RunCharts results={results} />
          <PublishedFigures results={results} />
        </>
      ) : (
        job?.status === 'running' && <p className="waiting">The charts appear when the first replication finishes.</p>
      )}
    </section>
  );
}
