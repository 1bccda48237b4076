// The progress bar (percentage and simulated date) and a one-line status of the current run.
import type { RunState } from '../state/runState';
import { longDate } from '../lib/format';

function progressOf(state: RunState): { fraction: number; date: string | null; warmingUp: boolean } {
  switch (state.phase) {
    case 'running':
    case 'cancelled':
      return { fraction: state.fraction, date: state.date, warmingUp: state.warmingUp };
    case 'done':
      return { fraction: 1, date: null, warmingUp: false };
    default:
      return { fraction: 0, date: null, warmingUp: false };
  }
}

function statusText(state: RunState): string {
  switch (state.phase) {
    case 'idle':
      return 'Ready: press Run to simulate.';
    case 'running':
      return 'Running in a background worker…';
    case 'done':
      return state.view ? `Finished in ${(state.view.elapsedMs / 1000).toFixed(1)} s.` : 'Finished.';
    case 'cancelled':
      return 'Cancelled.';
    case 'failed':
      return `The run failed: ${state.message}`;
  }
}

export function RunStatus({ state }: { state: RunState }) {
  const { fraction, date, warmingUp } = progressOf(state);
  const percent = Math.round(fraction * 100);
  const dateText = date ? `${warmingUp ? 'warm-up, ' : ''}simulated date ${longDate(date)}` : '';
  return (
    <section className="run-status" aria-label="Run status">
      <div
        className="progress"
        role="progressbar"
        aria-label="Simulation progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={dateText ? `${percent}%, ${dateText}` : `${percent}%`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="progress-text">
        <span data-testid="progress-percent">{percent}%</span>
        {dateText && <span data-testid="progress-date"> · {dateText}</span>}
      </p>
      <p role="status" data-testid="run-status" data-phase={state.phase} className={`status status-${state.phase}`}>
        {statusText(state)}
      </p>
    </section>
  );
}
