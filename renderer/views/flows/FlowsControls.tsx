// The Flows view's choices: the two scenarios, the period, how small a flow may be and still be
// drawn, and the run settings both sides share (seed, replication, scale), with Run and Cancel.
// Every control has a label and works from the keyboard; test ids are for the end-to-end tests.
import type { PeriodOption } from '../../lib/flowPeriod';
import type { FlowsSettings, FlowsSource } from '../../state/flowsSlice';
import type { FlowsRunSettings } from './flowsRunner';
import { WholeNumberInput } from './WholeNumberInput';
import { Refusal } from '../shared/Refusal';

const SCALES = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1];
const MIN_SHARES: [number, string][] = [
  [0, 'Draw every flow'],
  [0.001, 'Under 0.1% of moves'],
  [0.005, 'Under 0.5% of moves'],
  [0.01, 'Under 1% of moves'],
  [0.02, 'Under 2% of moves'],
];

interface Props {
  settings: FlowsSettings;
  /** The right side as resolved (the default follows the baseline). */
  right: FlowsSource;
  sources: { value: FlowsSource; label: string }[];
  periods: PeriodOption[];
  period: string;
  run: FlowsRunSettings;
  /** The left scenario's own scale, offered as the default. */
  ownScale: number;
  running: boolean;
  /** Why the last Run both was refused, shown beside it. */
  refusal: string | null;
  onChange: (change: Partial<FlowsSettings>) => void;
  onRun: () => void;
  onCancel: () => void;
}

/** A select over options that carry their own labels (the scenarios, the periods). */
function LabelledOptions({ testId, options, value, disabled, onChange }: { testId: string; options: readonly { value: string; label: string }[]; value: string; disabled?: boolean; onChange: (value: string) => void }) {
  return (
    <select data-testid={testId} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function FlowsControls({ settings, right, sources, periods, period, run, ownScale, running, refusal, onChange, onRun, onCancel }: Props) {
  const scales = SCALES.includes(ownScale) ? SCALES : [...SCALES, ownScale].sort((a, b) => a - b);
  return (
    <form
      className="flows-controls"
      aria-label="Flows settings"
      onSubmit={(event) => {
        event.preventDefault();
        if (!running) onRun();
      }}
    >
      <label>
        Left scenario
        <LabelledOptions testId="flows-left" options={sources} value={settings.left} disabled={running} onChange={(left) => onChange({ left })} />
      </label>
      <label>
        Right scenario
        <LabelledOptions testId="flows-right" options={sources} value={right} disabled={running} onChange={(value) => onChange({ right: value })} />
      </label>
      <label>
        Period
        <LabelledOptions testId="flows-period" options={periods} value={period} onChange={(value) => onChange({ period: value })} />
      </label>
      <label>
        Leave out flows
        <select value={settings.minShare} onChange={(e) => onChange({ minShare: Number(e.target.value) })}>
          {MIN_SHARES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Scale
        <select value={run.scale} disabled={running} onChange={(e) => onChange({ scale: Number(e.target.value) })}>
          {scales.map((s) => (
            <option key={s} value={s}>
              {s === ownScale ? `${s} (the scenario's own)` : String(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Seed
        <WholeNumberInput className="flows-seed" value={run.seed} max={2147483647} disabled={running} onChange={(seed) => onChange({ seed })} />
      </label>
      <label>
        Replication
        <WholeNumberInput value={run.replication} max={9999} disabled={running} onChange={(replication) => onChange({ replication })} />
      </label>
      <div className="flows-actions">
        <button type="submit" className="primary" data-testid="flows-run" disabled={running}>
          Run both
        </button>
        <button type="button" onClick={onCancel} disabled={!running}>
          Cancel
        </button>
      </div>
      {refusal && <Refusal text={refusal} testId="flows-refusal" />}
    </form>
  );
}
