// What to compare: a baseline (a built-in scenario or the current document), one or more
// alternatives as checkboxes, replications, scale and seed (defaulting to the baseline's), Start.
// Everything typed or ticked goes to the compare slice at once, so it survives a switch of view.
import { useMemo, type FormEvent } from 'react';
import type { Draft } from 'immer';
import { builtInScenarioNames, loadBuiltIn } from '../../engine';
import { useAppState, useServices } from '../../state/appContext';
import { documentTitle, type AppState } from '../../state/appState';
import { DOCUMENT_CHOICE, setAlternative, setCompareBaseline, setCompareInput, type CompareState } from '../../state/compareSlice';
import { MAX_REPLICATIONS, parseReplications, parseScale, parseSeed, type Parsed } from '../run/runInputs';
import { startComparison } from './compareController';
import { choiceLabel } from './compareVariants';

const CHOICES: readonly string[] = [...builtInScenarioNames, DOCUMENT_CHOICE];

function fieldError(text: string | null, parse: (t: string) => Parsed): string | null {
  if (text === null) return null;
  const parsed = parse(text);
  return parsed.ok ? null : parsed.error;
}

export function CompareForm() {
  const { store } = useServices();
  const setup = useAppState((s) => s.compare.setup);
  const document = useAppState((s) => s.document);
  const running = useAppState((s) => s.compare.job?.status === 'running');
  const docName = documentTitle(document);
  const baselineSimulation = useMemo(
    () => (setup.baseline === DOCUMENT_CHOICE ? document.scenario.simulation : loadBuiltIn(setup.baseline).simulation),
    [setup.baseline, document.scenario.simulation],
  );
  const update = (recipe: (c: Draft<CompareState>) => void) => store.update((draft: Draft<AppState>) => recipe(draft.compare));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    startComparison(store);
  };
  const errors = [fieldError(setup.replications, parseReplications), fieldError(setup.scale, parseScale), fieldError(setup.seed, parseSeed)];
  return (
    <form className="compare-form" onSubmit={submit} aria-label="Comparison settings" noValidate>
      <div className="compare-choices">
        <label className="baseline-choice">
          Baseline
          <select data-testid="compare-baseline" value={setup.baseline} onChange={(e) => update(setCompareBaseline(e.target.value))}>
            {CHOICES.map((c) => (
              <option key={c} value={c}>
                {choiceLabel(c, docName)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="alternatives">
          <legend>Alternatives</legend>
          {CHOICES.map((c) => (
            <label key={c} className={c === setup.baseline ? 'is-baseline' : undefined}>
              <input
                type="checkbox"
                data-testid={`compare-alternative-${c}`}
                checked={setup.alternatives.includes(c)}
                disabled={c === setup.baseline}
                onChange={(e) => update(setAlternative(c, e.target.checked, CHOICES))}
              />{' '}
              {choiceLabel(c, docName)}
              {c === setup.baseline && <span className="field-hint"> (the baseline)</span>}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="run-form">
        <label>
          Replications
          <input
            type="number"
            min={1}
            max={MAX_REPLICATIONS}
            step={1}
            data-testid="compare-replications"
            value={setup.replications}
            aria-invalid={errors[0] !== null}
            onChange={(e) => update(setCompareInput('replications', e.target.value))}
          />
        </label>
        <label>
          Scale
          <input
            type="number"
            min={0.001}
            max={1}
            step="any"
            data-testid="compare-scale"
            value={setup.scale ?? String(baselineSimulation.scale)}
            aria-invalid={errors[1] !== null}
            onChange={(e) => update(setCompareInput('scale', e.target.value))}
          />
          <span className="field-hint">
            baseline&rsquo;s: {baselineSimulation.scale}, for every scenario
            {setup.scale !== null && (
              <button type="button" className="link-button" onClick={() => update(setCompareInput('scale', null))}>
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
            data-testid="compare-seed"
            value={setup.seed ?? String(baselineSimulation.seed)}
            aria-invalid={errors[2] !== null}
            onChange={(e) => update(setCompareInput('seed', e.target.value))}
          />
          <span className="field-hint">
            baseline&rsquo;s: {baselineSimulation.seed}
            {setup.seed !== null && (
              <button type="button" className="link-button" onClick={() => update(setCompareInput('seed', null))}>
                reset
              </button>
            )}
          </span>
        </label>
        <button type="submit" className="primary" data-testid="compare-start" disabled={running}>
          {running ? 'Running…' : 'Compare'}
        </button>
        <div className="field-errors" aria-live="polite">
          {errors.map((e, i) => (
            <p key={i}>{e}</p>
          ))}
        </div>
      </div>
    </form>
  );
}
