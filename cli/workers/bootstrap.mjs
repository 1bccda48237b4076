// Worker threads do not inherit the TypeScript loader the CLI runs under (tsx), so each worker
// registers it before importing its TypeScript entry point (workerData.entry, a file URL).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
