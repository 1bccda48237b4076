// A line under a run saying what the results are: cancelled with k of R replications kept, failed
// (and why), or made from another scenario (or an earlier version of it) than the one in the editor.
import type { DetailJob, MoneyJob } from '../../state/moneySlice';

export function JobStatusNote({ job, current, documentName }: { job: MoneyJob | DetailJob; current: boolean; documentName: string }) {
  const notes: string[] = [];
  if (job.status === 'cancelled') {
    notes.push('complete' in job ? `Cancelled: ${job.complete} of ${job.stamp.replications} replications finished and are shown.` : 'Cancelled before it finished.');
  }
  if (job.status === 'failed') notes.push(`Failed: ${job.message ?? 'no reason given'}.`);
  if (!current) {
    const { scenarioName, documentHash } = job.stamp;
    notes.push(
      scenarioName === documentName
        ? `These results are for ${scenarioName} as it was when run (${documentHash}); it has been edited since: run again to update them.`
        : `These results are for ${scenarioName}; the editor now holds ${documentName}: run again to see ${documentName}.`,
    );
  }
  if (notes.length === 0) return null;
  return (
    <p className={`money-status ${job.status === 'failed' ? 'money-status-error' : ''}`} role={job.status === 'failed' ? 'alert' : undefined}>
      {notes.join(' ')}
    </p>
  );
}
