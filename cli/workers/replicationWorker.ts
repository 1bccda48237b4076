// A worker thread's loop: receive a replication job, run it, send back its output, with progress
// in between. The engine is loaded once per worker and reused for every job it is given.
import { parentPort } from 'node:worker_threads';
import { runSharedReplication } from '../../experiments/replication';
import type { WorkerRequest, WorkerResponse } from '../../experiments/pool';

const port = parentPort;
if (port === null) throw new Error('replicationWorker.ts runs only as a worker thread');

port.on('message', (request: WorkerRequest) => {
  const send = (response: WorkerResponse) => port.postMessage(response);
  try {
    let lastReported = 0;
    const { output, shared } = runSharedReplication(request.job, (progress) => {
      // Every simulated month is too often to cross threads for; every 5% is plenty.
      if (progress.fraction - lastReported >= 0.05) {
        lastReported = progress.fraction;
        send({ type: 'progress', jobId: request.jobId, fraction: progress.fraction });
      }
    });
    send({ type: 'done', jobId: request.jobId, output, shared });
  } catch (error) {
    send({ type: 'failed', jobId: request.jobId, message: error instanceof Error ? error.message : String(error) });
  }
});
