// The run form: replications, scale and seed (the last two default to the scenario's own), and
// Start. What is typed goes to the run slice as typed, so it survives a switch of view; each field
// says at once when its text is not a number it can take.
import type { FormEvent } from 'react';
import { useAppState, useServices } from '../../state/appContext';
import { setRunInput } from '../../state/runSlice';
import type { AppState } from '../../state/appState';
import type { Draft } from 'immer';
import { fieldError, type RunField } from './runInputs';
import { startRun } from './runController';
import { RunSettingInput } from '../shared/RunSettingInput';

export function RunForm() {
  const { store } = useServices();
  const setup = useAppState((s) => s.run.setup);
  const simulation = useAppState((s) => s.document.scenario.simulation);
  const running = useAppState((s) => s.run.job?.status === 'running');
  const set = (field: RunField, text: string | null) => store.update((draft: Draft<AppState>) => setRunInput(field, text)(draft.run));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    startRun(store);
  };
  const errors = {
    replications: fieldError('replications', setup.replications),
    scale: fieldError('scale', setup.scale),
    seed: fieldError('seed', setup.seed),
  };
  return (
    <form className="run-form" onSubmit={submit} aria-label="Run settings" noValidate>
      <RunSettingInput
        field="replications"
        testId="run-replications"
        text={setup.replications}
        error={errors.replications}
        describedBy="run-replications-error"
        onText={(text) => set('replications', text)}
      />
      <RunSettingInput
        field="scale"
        testId="run-scale"
        text={setup.scale ?? String(simulation.scale)}
        error={errors.scale}
        describedBy="run-scale-hint run-scale-error"
        onText={(text) => set('scale', text)}
        hint={<>scenario: {simulation.scale}</>}
        hintId="run-scale-hint"
        onReset={setup.scale !== null ? () => set('scale', null) : undefined}
      />
      <RunSettingInput
        field="seed"
        testId="run-seed"
        text={setup.seed ?? String(simulation.seed)}
        error={errors.seed}
        describedBy="run-seed-hint run-seed-error"
        onText={(text) => set('seed', text)}
        hint={<>scenario: {simulation.seed}</>}
        hintId="run-seed-hint"
        onReset={setup.seed !== null ? () => set('seed', null) : undefined}
      />
      <button type="submit" className="primary" data-testid="run-start" disabled={running}>
        {running ? 'Running…' : 'Start'}
      </button>
      <div className="field-errors">
        <p id="run-replications-error">{errors.replications}</p>
        <p id="run-scale-error">{errors.scale}</p>
        <p id="run-seed-error">{errors.seed}</p>
      </div>
    </form>
  );
}
