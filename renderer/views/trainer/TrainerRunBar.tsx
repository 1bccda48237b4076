// The two scenarios trainer mode shows side by side, and the button that runs them (small scale,
// same seed: the same people in both), with each side's progress.
import { builtInScenarioNames } from '../../engine';
import { useAppState, useServices } from '../../state/appContext';
import { setSideScenario, type SideName, type TrainerSide } from '../../state/trainerSlice';
import { startTrainerRuns } from './trainerRuns';
import { Refusal } from '../shared/Refusal';

const CHOICES = [...builtInScenarioNames, 'document'];
const choiceLabel = (name: string) => (name === 'document' ? 'the scenario being edited' : name);

function SideStatus({ side }: { side: TrainerSide }) {
  const text =
    side.status === 'running'
      ? `${side.scenarioName}: ${Math.round(side.fraction * 100)}%`
      : side.status === 'done'
        ? `${side.scenarioName}: ready (${side.view?.journeys.length ?? 0} people followed, ${Math.round(side.view?.elapsedMs ?? 0)} ms)`
        : side.status === 'failed'
          ? `${side.scenarioName}: failed: ${side.message}`
          : side.status === 'cancelled'
            ? `${side.scenarioName}: cancelled`
            : `${side.scenarioName}: not run yet`;
  return (
    <span className={`trainer-side-status trainer-${side.status}`} data-testid={`trainer-status-${side.status}`}>
      {text}
    </span>
  );
}

interface SelectProps {
  label: string;
  testId: string;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
  /** Offer "none" (one scenario only). */
  optional?: boolean;
}

function ScenarioSelect({ label, testId, value, disabled, onChange, optional = false }: SelectProps) {
  return (
    <label>
      {label}
      <select data-testid={testId} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        {optional && <option value="">(none: one scenario)</option>}
        {CHOICES.map((c) => (
          <option key={c} value={c}>
            {choiceLabel(c)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function TrainerRunBar() {
  const { store } = useServices();
  const trainer = useAppState((s) => s.trainer);
  const running = trainer.left.status === 'running' || trainer.right?.status === 'running';
  const select = (side: SideName, value: string | null) => store.update(setSideScenario(side, value));
  return (
    <div className="trainer-runbar">
      <ScenarioSelect label="Left" testId="trainer-left" value={trainer.left.scenarioName} disabled={running} onChange={(v) => select('left', v)} />
      <ScenarioSelect label="Right" testId="trainer-right" value={trainer.right?.scenarioName ?? ''} disabled={running} onChange={(v) => select('right', v || null)} optional />
      <button type="button" className="primary" data-testid="trainer-run" disabled={running} onClick={() => void startTrainerRuns(store)}>
        {trainer.left.view ? 'Run again' : 'Start'}
      </button>
      <SideStatus side={trainer.left} />
      {trainer.right && <SideStatus side={trainer.right} />}
      <span className="field-hint">Scale {trainer.scale}, seed {trainer.seed}: the same people enter both scenarios.</span>
      {trainer.refusal && <Refusal text={trainer.refusal} testId="trainer-refusal" />}
    </div>
  );
}
