// A pool worker (experiments/pool.ts): runs one replication at a time and reports its progress.
// The same runReplication as the CLI's worker threads, so a replication's output is the same bits
// in the app as on the command line (equal provenance, equal KPIs).
import './zodWithoutEval';
import { runSharedReplication } from '../../experiments/replication';
import type { WorkerRequest, WorkerResponse } from '../../experiments/pool';

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

/** Progress is reported at most this often (in fraction of a run): enough for a smooth bar. */
const PROGRESS_STEP = 0.02;

scope.addEventListener('message', ({ data: request }) => {
  if (request.type !== 'run') return;
  let reported = 0;
  try {
    const { output, shared } = runSharedReplication(request.job, ({ fraction }) => {
      if (fraction - reported < PROGRESS_STEP) return;
      reported = fraction;
      scope.postMessage({ type: 'progress', jobId: request.jobId, fraction });
    });
    scope.postMessage({ type: 'done', jobId: request.jobId, output, shared });
  } catch (error) {
    scope.postMessage({ type: 'failed', jobId: request.jobId, message: error instanceof Error ? error.message : String(error) });
  }
});
