// The Flows view's choices: the two scenarios, the period, how small a flow may be and still be
// drawn, and the run settings both sides share (seed, replication, scale), with Run and Cancel.
// Every control has a label and works from the keyboard; test ids are for the end-to-end tests.
import type { PeriodOption } from '../../lib/flowPeriod';
import type { FlowsSettings, FlowsSource } from '../../state/flowsSlice';
import type { FlowsRunSettings } from './flowsRunner';
import { WholeNumberInput } from './WholeNumberInput';

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
  onChange: (change: Partial<FlowsSettings>) => void;
  onRun: () => void;
  onCancel: () => void;
}

export function FlowsControls({ settings, right, sources, periods, period, run, ownScale, running, onChange, onRun, onCancel }: Props) {
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
        <select data-testid="flows-left" value={settings.left} disabled={running} onChange={(e) => onChange({ left: e.target.value })}>
          {sources.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Right scenario
        <select data-testid="flows-right" value={right} disabled={running} onChange={(e) => onChange({ right: e.target.value })}>
          {sources.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Period
        <select data-testid="flows-period" value={period} onChange={(e) => onChange({ period: e.target.value })}>
          {periods.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
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
    </form>
  );
}
