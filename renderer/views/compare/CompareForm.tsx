// What to compare: a baseline (a built-in scenario or the current document), one or more
// alternatives as checkboxes, replications, scale and seed (defaulting to the baseline's), Start.
// Everything typed or ticked goes to the compare slice at once, so it survives a switch of view.
import { useMemo, type FormEvent } from 'react';
import type { Draft } from 'immer';
import { builtInScenarioNames, loadBuiltIn } from '../../engine';
import { useAppState, useServices } from '../../state/appContext';
import { documentTitle, type AppState } from '../../state/appState';
import { DOCUMENT_CHOICE, setAlternative, setCompareBaseline, setCompareInput, type CompareState } from '../../state/compareSlice';
import { fieldError } from '../run/runInputs';
import { RunSettingInput } from '../shared/RunSettingInput';
import { startComparison, startExplanation } from './compareController';
import { choiceLabel } from './compareVariants';

const CHOICES: readonly string[] = [...builtInScenarioNames, DOCUMENT_CHOICE];

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
  const alternatives = setup.alternatives.filter((a) => a !== setup.baseline).length;
  const errors = [fieldError('replications', setup.replications), fieldError('scale', setup.scale), fieldError('seed', setup.seed)];
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
        <RunSettingInput
          field="replications"
          testId="compare-replications"
          text={setup.replications}
          error={errors[0]}
          onText={(text) => update(setCompareInput('replications', text))}
        />
        <RunSettingInput
          field="scale"
          testId="compare-scale"
          text={setup.scale ?? String(baselineSimulation.scale)}
          error={errors[1]}
          onText={(text) => update(setCompareInput('scale', text))}
          hint={<>baseline&rsquo;s: {baselineSimulation.scale}, for every scenario</>}
          onReset={setup.scale !== null ? () => update(setCompareInput('scale', null)) : undefined}
        />
        <RunSettingInput
          field="seed"
          testId="compare-seed"
          text={setup.seed ?? String(baselineSimulation.seed)}
          error={errors[2]}
          onText={(text) => update(setCompareInput('seed', text))}
          hint={<>baseline&rsquo;s: {baselineSimulation.seed}</>}
          onReset={setup.seed !== null ? () => update(setCompareInput('seed', null)) : undefined}
        />
        <button type="submit" className="primary" data-testid="compare-start" disabled={running}>
          {running ? 'Running…' : 'Compare'}
        </button>
        <button
          type="button"
          data-testid="compare-explain"
          disabled={running || alternatives !== 1}
          title={alternatives === 1 ? 'Why the alternative differs from the baseline: the effect of each group of mechanism, and their interaction' : 'Tick one alternative to explain how it differs from the baseline'}
          onClick={() => startExplanation(store)}
        >
          Explain the difference
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
