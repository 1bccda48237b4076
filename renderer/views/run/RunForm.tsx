// The run form: replications, scale and seed (the last two default to the scenario's own), and
// Start. What is typed goes to the run slice as typed, so it survives a switch of view; each field
// says at once when its text is not a number it can take.
import type { FormEvent } from 'react';
import { useAppState, useServices } from '../../state/appContext';
import { setRunInput } from '../../state/runSlice';
import type { AppState } from '../../state/appState';
import type { Draft } from 'immer';
import { parseReplications, parseScale, parseSeed, MAX_REPLICATIONS, type Parsed } from './runInputs';
import { startRun } from './runController';

function fieldError(text: string | null, parse: (t: string) => Parsed): string | null {
  if (text === null) return null;
  const parsed = parse(text);
  return parsed.ok ? null : parsed.error;
}

export function RunForm() {
  const { store } = useServices();
  const setup = useAppState((s) => s.run.setup);
  const simulation = useAppState((s) => s.document.scenario.simulation);
  const running = useAppState((s) => s.run.job?.status === 'running');
  const set = (field: 'replications' | 'scale' | 'seed', text: string | null) =>
    store.update((draft: Draft<AppState>) => setRunInput(field, text)(draft.run));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    startRun(store);
  };
  const errors = {
    replications: fieldError(setup.replications, parseReplications),
    scale: fieldError(setup.scale, parseScale),
    seed: fieldError(setup.seed, parseSeed),
  };
  return (
    <form className="run-form" onSubmit={submit} aria-label="Run settings" noValidate>
      <label>
        Replications
        <input
          type="number"
          min={1}
          max={MAX_REPLICATIONS}
          step={1}
          data-testid="run-replications"
          value={setup.replications}
          aria-invalid={errors.replications !== null}
          aria-describedby="run-replications-error"
          onChange={(e) => set('replications', e.target.value)}
        />
      </label>
      <label>
        Scale
        <input
          type="number"
          min={0.001}
          max={1}
          step="any"
          data-testid="run-scale"
          value={setup.scale ?? String(simulation.scale)}
          aria-invalid={errors.scale !== null}
          aria-describedby="run-scale-hint run-scale-error"
          onChange={(e) => set('scale', e.target.value)}
        />
        <span id="run-scale-hint" className="field-hint">
          scenario: {simulation.scale}
          {setup.scale !== null && (
            <button type="button" className="link-button" onClick={() => set('scale', null)}>
              reset
            </button>
          )}
        </span>
      </label>
      <label>
        Seed
        <input
          type="number"
          min={0}
          step={1}
          data-testid="run-seed"
          value={setup.seed ?? String(simulation.seed)}
          aria-invalid={errors.seed !== null}
          aria-describedby="run-seed-hint run-seed-error"
          onChange={(e) => set('seed', e.target.value)}
        />
        <span id="run-seed-hint" className="field-hint">
          scenario: {simulation.seed}
          {setup.seed !== null && (
            <button type="button" className="link-button" onClick={() => set('seed', null)}>
              reset
            </button>
          )}
        </span>
      </label>
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
