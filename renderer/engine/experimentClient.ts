// Replications in the app: experiments/runner.ts's plan run on a pool of Web Workers
// (replication.worker.ts). Progress, partial results as the complete prefix grows, and cancel
// (the pool terminates its workers and keeps every replication already finished).
// A result cache lives for the session, so going back to a run already made costs nothing.
import { runPlan, type PlanResult, type ReplicationPlan } from '../../experiments/runner';
import type { PoolProgress, WorkerFactory, WorkerRequest, WorkerResponse } from '../../experiments/pool';
import type { ReplicationOutput } from '../../experiments/types';
import { MemoryCache } from '../../experiments/cache';
import { assertRunnable } from './runGate';

export type { PlanResult, ReplicationPlan, PoolProgress, ReplicationOutput };

export interface ExperimentCallbacks {
  onProgress?: (progress: PoolProgress) => void;
  onPartial?: (completeReplications: number, outputs: readonly (readonly (ReplicationOutput | undefined)[])[]) => void;
}

export interface StartedExperiment {
  result: Promise<PlanResult>;
  cancel(): void;
}

/** One worker per core but one, kept for the page (the UI must stay responsive); at least one, at most four. */
function defaultWorkerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(4, cores - 1));
}

const webWorkerFactory: WorkerFactory = () => {
  const worker = new Worker(new URL('./replication.worker.ts', import.meta.url), { type: 'module', name: 'replication' });
  return {
    post: (message: WorkerRequest) => worker.postMessage(message),
    onMessage: (handler) => worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => handler(event.data)),
    onError: (handler) => worker.addEventListener('error', (event) => handler(new Error(event.message || 'a replication worker failed to start'))),
    terminate: () => worker.terminate(),
  };
};

const sessionCache = new MemoryCache();

/** Throws RunRefused (before any worker starts) when a variant's scenario is invalid. */
export function startExperiment(plan: ReplicationPlan, callbacks: ExperimentCallbacks = {}, workers = defaultWorkerCount()): StartedExperiment {
  assertRunnable(plan.variants);
  const controller = new AbortController();
  const result = runPlan(plan, {
    workers,
    createWorker: webWorkerFactory,
    cache: sessionCache,
    signal: controller.signal,
    onProgress: callbacks.onProgress,
    onPartial: callbacks.onPartial,
  });
  return { result, cancel: () => controller.abort() };
}
