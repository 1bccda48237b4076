// Worker threads for the CLI's experiments: a WorkerFactory (experiments/pool.ts) over Node's
// worker_threads, each thread running cli/workers/replicationWorker.ts through the tsx loader.
import { Worker } from 'node:worker_threads';
import type { WorkerFactory, WorkerPort, WorkerResponse } from '../../experiments/pool';

const BOOTSTRAP = new URL('./bootstrap.mjs', import.meta.url);
const ENTRY = new URL('./replicationWorker.ts', import.meta.url).href;

export const nodeWorkerFactory: WorkerFactory = () => {
  const worker = new Worker(BOOTSTRAP, { workerData: { entry: ENTRY } });
  const port: WorkerPort = {
    post: (message) => worker.postMessage(message),
    onMessage: (handler) => worker.on('message', (message: WorkerResponse) => handler(message)),
    onError: (handler) => {
      worker.on('error', handler);
      worker.on('exit', (code) => {
        if (code !== 0 && !terminated) handler(new Error(`worker thread exited with code ${code}`));
      });
    },
    terminate: () => {
      terminated = true;
      void worker.terminate();
    },
  };
  let terminated = false;
  return port;
};
