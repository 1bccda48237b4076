// Progress of one of the Money view's runs: a bar, what is done and the time left in words, and a
// Cancel button. Announced politely to screen readers (a status region), not on every tick.
import { progressText, type JobProgress } from '../../lib/moneyProgress';

interface Props {
  progress: JobProgress;
  label: string;
  onCancel: () => void;
  testId: string;
  unit?: string;
}

export function JobProgressBar({ progress, label, onCancel, testId, unit }: Props) {
  const percent = Math.floor(progress.fraction * 100);
  return (
    <div className="money-progress" data-testid={testId}>
      <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="money-progress-row">
        <p className="progress-text" role="status">
          {progressText(progress, unit)}
        </p>
        <button type="button" className="danger" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
