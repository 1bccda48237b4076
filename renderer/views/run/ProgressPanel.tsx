// The progress of replications under way: a bar (the fraction of all the work, the running
// replications' own progress included), "k of R replications", an ETA, and Cancel, which keeps
// the finished replications. Shared by the Run and Compare views (`testIdPrefix` tells them apart).
import type { ExperimentJob } from '../../state/replicationJob';
import { progressLine } from './progressText';

interface Props {
  job: ExperimentJob;
  onCancel: () => void;
  testIdPrefix: 'run' | 'compare';
}

export function ProgressPanel({ job, onCancel, testIdPrefix }: Props) {
  const percent = Math.floor(job.fraction * 100);
  const running = job.status === 'running';
  return (
    <div className={`job-progress job-${job.status}`} data-phase={job.status}>
      <div
        className="progress"
        role="progressbar"
        aria-label="Replications done"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={progressLine(job)}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="job-progress-line">
        <p className={`progress-text${job.status === 'failed' ? ' job-failed-text' : ''}`} data-testid={`${testIdPrefix}-progress`}>
          {progressLine(job)}
        </p>
        {running && (
          <button type="button" className="danger" data-testid={`${testIdPrefix}-cancel`} onClick={onCancel} title="Stop now; the replications already finished are kept">
            Cancel
          </button>
        )}
      </div>
      {/* Screen readers hear how it ended, not every step of the bar. */}
      <p role="status" className="visually-hidden">
        {running ? '' : progressLine(job)}
      </p>
    </div>
  );
}
