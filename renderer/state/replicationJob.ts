// The life of a batch of replications on the worker pool, one for every view that runs one (Run,
// Compare, and each of Money's batches): started → progress → results for the complete prefix →
// ended (done; cancelled, keeping the replications every variant finished; or failed, with why).
// Invariants: recipes take the job's id and change nothing unless the job is still that job and
// still running, so a late message from a job that was cancelled or replaced changes nothing; the
// fraction done never goes back.
import type { Draft } from 'immer';
import type { PoolProgress } from '../engine';
import type { JobProgress } from '../lib/moneyProgress';

export type JobStatus = 'running' | 'done' | 'cancelled' | 'failed';

/** Replications under way (or last run) in a worker pool. */
export interface ExperimentJob {
  id: number;
  status: JobStatus;
  /** Replications asked for (R), and scenario variants (each replication runs every variant). */
  requested: number;
  variants: number;
  /** Scenario runs finished and in all (R × variants); `cached` of them came from the session cache. */
  runsDone: number;
  runsTotal: number;
  cached: number;
  /** Replications every variant finished (the complete prefix the results use). */
  complete: number;
  /** Fraction of all the work, counting the running replications' own progress. */
  fraction: number;
  /** Wall-clock start (ms since the epoch) and time elapsed at the last update. */
  startedAt: number;
  elapsedMs: number;
  /** Why it failed, in words. */
  message?: string;
}

/** How a job ended: the pool's result (cancelled or not, with its complete prefix), or why it failed. */
export type JobOutcome = { cancelled: boolean; complete: number } | { failed: string };

export function newJob(id: number, requested: number, variants: number, startedAt: number): ExperimentJob {
  return { id, status: 'running', requested, variants, runsDone: 0, runsTotal: requested * variants, cached: 0, complete: 0, fraction: 0, startedAt, elapsedMs: 0 };
}

/** Whether `job` is job `id` and still running: only then may a message about job `id` change it. */
export function isLive<J extends ExperimentJob>(job: Draft<J> | null | undefined, id: number): job is Draft<J> {
  return job !== null && job !== undefined && job.id === id && job.status === 'running';
}

export function jobProgressed(job: Draft<ExperimentJob> | null, id: number, progress: PoolProgress, now: number): void {
  if (!isLive(job, id)) return;
  // The message that reports a replication done still counts it as running at 100% too (the pool
  // frees its worker after reporting), so on that message trust only the count; and never go back.
  const fraction = progress.done !== job.runsDone ? progress.done / progress.total : progress.fraction;
  job.fraction = Math.max(job.fraction, fraction);
  job.runsDone = progress.done;
  job.runsTotal = progress.total;
  job.cached = progress.cached;
  job.elapsedMs = now - job.startedAt;
}

export function jobEnded(job: Draft<ExperimentJob> | null, id: number, outcome: JobOutcome, now: number): void {
  if (!isLive(job, id)) return;
  job.elapsedMs = now - job.startedAt;
  if ('failed' in outcome) {
    job.status = 'failed';
    job.message = outcome.failed;
    return;
  }
  job.status = outcome.cancelled ? 'cancelled' : 'done';
  job.complete = outcome.complete;
  if (!outcome.cancelled) {
    job.fraction = 1;
    job.runsDone = job.runsTotal;
  }
}

/** The job's progress as the Money view's bars read it (runs done of all, and the pace so far). */
export function jobProgressOf(job: ExperimentJob): JobProgress {
  return { fraction: job.fraction, done: job.runsDone, total: job.runsTotal, startedAt: job.startedAt, updatedAt: job.startedAt + job.elapsedMs };
}
