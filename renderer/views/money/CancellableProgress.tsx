// The Money view's progress of a run, whatever the run: a bar, a line saying where it is, and a
// Cancel button. Announced politely to screen readers (a status region), not on every tick. The
// batches say it with JobProgressBar; the one detailed future says which month it is simulating.
import type { ReactNode } from 'react';

interface Props {
  /** Done so far, 0 to 1. */
  fraction: number;
  label: string;
  onCancel: () => void;
  testId: string;
  /** The line under the bar. */
  children: ReactNode;
}

export function CancellableProgress({ fraction, label, onCancel, testId, children }: Props) {
  const percent = Math.floor(fraction * 100);
  return (
    <div className="money-progress" data-testid={testId}>
      <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="money-progress-row">
        <p className="progress-text" role="status">
          {children}
        </p>
        <button type="button" className="danger" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
