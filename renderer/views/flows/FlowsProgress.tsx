// Progress of the two runs, one bar per side, with the simulated date reached (the warm-up that
// fills caseloads and prisons is named as such), and how each run ended.
import type { FlowsSideRun } from '../../state/flowsSlice';
import { longDate } from '../../lib/format';

function sideText(label: string, run: FlowsSideRun): string {
  switch (run.status) {
    case 'running':
      return `${label}: ${Math.round(run.fraction * 100)}%${run.date ? ` (${run.warmingUp ? 'warming up, ' : ''}${longDate(run.date)})` : ''}`;
    case 'done':
      return `${label}: done${run.result ? ` in ${(run.result.elapsedMs / 1000).toFixed(1)} s` : ''}`;
    case 'cancelled':
      return `${label}: cancelled`;
    case 'failed':
      return `${label}: failed. ${run.message}`;
    case 'idle':
      return `${label}: not run yet`;
  }
}

export function FlowsProgress({ sides }: { sides: { label: string; run: FlowsSideRun }[] }) {
  if (sides.every((s) => s.run.status === 'idle')) return null;
  return (
    <div className="flows-progress" data-testid="flows-progress">
      {sides.map(({ label, run }, i) => (
        <div key={i} className="flows-progress-side">
          <div
            className="progress"
            role="progressbar"
            aria-label={`Run of ${label}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(run.fraction * 100)}
          >
            <div className="progress-fill" style={{ width: `${Math.round(run.fraction * 100)}%` }} />
          </div>
          <p className="progress-text" role="status">
            {sideText(label, run)}
          </p>
        </div>
      ))}
    </div>
  );
}
