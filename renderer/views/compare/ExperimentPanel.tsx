// An experiment file the user opened: what it asks for (scenarios with their presets and
// overrides, replications, seed, KPIs, scale) and a button to run its comparison here. A sweep, a
// tornado or a scenario file the app cannot reach is said plainly, with the CLI command to run it.
import { useMemo, type FormEvent } from 'react';
import type { Draft } from 'immer';
import type { Experiment } from '../../engine';
import { useAppState, useServices } from '../../state/appContext';
import type { AppState } from '../../state/appState';
import { setExperimentInput, type ExperimentSetup } from '../../state/compareSlice';
import { startExperimentFile } from './compareController';
import { Refusal } from '../shared/Refusal';
import { advisorTarget, experimentDefaults, experimentUnsupported } from './compareVariants';

type ScenarioRef = Experiment['scenarios'][number];

function refText(ref: ScenarioRef): string {
  if (typeof ref === 'string') return ref;
  const parts = [ref.scenario];
  if (ref.presets?.length) parts.push(`presets ${ref.presets.join(', ')}`);
  const sets = Object.entries(ref.set ?? {});
  if (sets.length > 0) parts.push(sets.map(([p, v]) => `${p} = ${String(v)}`).join(', '));
  return `${ref.label ? `${ref.label}: ` : ''}${parts.join('; ')}`;
}

export function ExperimentPanel({ fileName, experiment }: { fileName: string; experiment: Experiment }) {
  const { store } = useServices();
  const setup = useAppState((s) => s.compare.experimentSetup);
  const running = useAppState((s) => s.compare.job?.status === 'running');
  const refusal = useAppState((s) => (s.compare.refusal?.control === 'experiment' ? s.compare.refusal.text : null));
  const unsupported = useMemo(() => experimentUnsupported(experiment, fileName), [experiment, fileName]);
  const defaults = useMemo(() => experimentDefaults(experiment), [experiment]);
  const set = (field: keyof ExperimentSetup, text: string | null) =>
    store.update((draft: Draft<AppState>) => setExperimentInput(field, text)(draft.compare));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    startExperimentFile(store);
  };
  return (
    <section className="experiment-panel" aria-label="Opened experiment" data-testid="experiment-panel">
      <h3>Experiment file: {experiment.name}</h3>
      <p className="field-hint">
        {fileName}
        {experiment.description ? ` — ${experiment.description}` : ''}
      </p>
      <dl className="experiment-facts">
        <dt>Scenarios</dt>
        <dd>
          <ol>
            {experiment.scenarios.map((ref, i) => (
              <li key={i}>{refText(ref)}</li>
            ))}
          </ol>
          <span className="field-hint">The first is the baseline; every scenario runs on common random numbers.</span>
        </dd>
        <dt>Replications, seed, scale</dt>
        <dd>
          {experiment.replications}, {experiment.seed ?? 'the first scenario’s'}, {experiment.scale ?? 'the scenarios’ own'}
          {experiment.years !== undefined && `; ${experiment.years} years`}
        </dd>
        <dt>KPIs</dt>
        <dd>{experiment.kpis?.length ? experiment.kpis.join(', ') : 'all'}</dd>
        {experiment.advisor && (
          <>
            <dt>Replication advisor</dt>
            <dd>
              until {experiment.advisor.kpi} is known to ±{advisorTarget(experiment.advisor)}, at most {experiment.advisor.maxReplications}{' '}
              replications: the command line only; here the replications below run.
            </dd>
          </>
        )}
      </dl>
      {unsupported ? (
        <p className="notice" role="note" data-testid="experiment-unsupported">
          {unsupported}
        </p>
      ) : (
        <form className="run-form" onSubmit={submit} aria-label="Experiment run settings" noValidate>
          <label>
            Replications
            <input type="number" min={1} step={1} value={setup.replications ?? String(defaults.replications)} onChange={(e) => set('replications', e.target.value)} />
          </label>
          <label>
            Scale
            <input type="number" min={0.001} max={1} step="any" value={setup.scale ?? String(defaults.scale)} onChange={(e) => set('scale', e.target.value)} />
          </label>
          <label>
            Seed
            <input type="number" min={0} step={1} value={setup.seed ?? String(defaults.seed)} onChange={(e) => set('seed', e.target.value)} />
          </label>
          <button type="submit" className="primary" data-testid="experiment-start" disabled={running}>
            Run experiment {experiment.name}
          </button>
        </form>
      )}
      {refusal && <Refusal text={refusal} testId="experiment-refusal" />}
    </section>
  );
}
