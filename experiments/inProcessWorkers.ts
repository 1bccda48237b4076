// Workers that are not threads: the same WorkerPort interface, each job run in this thread on a
// later turn of the event loop (so a cancel or progress report can get in between jobs). For
// `--workers 0`, for tests, and wherever threads are not available; results are identical.
import type { WorkerFactory, WorkerRequest, WorkerResponse } from './pool';
import { runSharedReplication } from './replication';

export function runRequest(request: WorkerRequest): WorkerResponse {
  try {
    return { type: 'done', jobId: request.jobId, ...runSharedReplication(request.job) };
  } catch (error) {
    return { type: 'failed', jobId: request.jobId, message: error instanceof Error ? error.message : String(error) };
  }
}

export function inProcessWorkerFactory(run: (request: WorkerRequest) => WorkerResponse = runRequest): WorkerFactory {
  return () => {
    let handler: ((message: WorkerResponse) => void) | undefined;
    let terminated = false;
    return {
      post: (message) => {
        setTimeout(() => {
          if (!terminated) handler?.(run(message));
        }, 0);
      },
      onMessage: (h) => {
        handler = h;
      },
      onError: () => {},
      terminate: () => {
        terminated = true;
      },
    };
  };
}
