// Progress of one of the Money view's batches of replications: what is done and the time left in
// words (lib/moneyProgress), under the bar with its Cancel button.
import { progressText, type JobProgress } from '../../lib/moneyProgress';
import { CancellableProgress } from './CancellableProgress';

interface Props {
  progress: JobProgress;
  label: string;
  onCancel: () => void;
  testId: string;
  unit?: string;
}

export function JobProgressBar({ progress, label, onCancel, testId, unit }: Props) {
  return (
    <CancellableProgress fraction={progress.fraction} label={label} onCancel={onCancel} testId={testId}>
      {progressText(progress, unit)}
    </CancellableProgress>
  );
}
