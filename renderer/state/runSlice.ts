// The Run view's slice of the app state: what the user typed in the run form, the progress of the
// replications under way, and the results so far as summaries (KPI summaries and weekly bands;
// never the raw per-replication outputs, which stay in the worker pool's hands). The job shape is
// shared with the Compare view. Recipes are pure and take the job's id: a late message from a
// job that was cancelled or replaced changes nothing.
import type { Draft } from 'immer';
import type { PoolProgress } from '../engine';
import type { ValueSummary } from '../../experiments/types';
import type { SeriesBand } from '../lib/seriesBands';

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

/** What the form holds, as typed (so a half-typed number survives a switch of view); null: the scenario's own value. */
export interface RunSetup {
  replications: string;
  scale: string | null;
  seed: string | null;
}

/** The results of the replications finished so far, as summaries. */
export interface RunResults {
  scenarioName: string;
  scenarioHash: string;
  engineVersion: string;
  seed: number;
  scale: number;
  /** Replications behind every figure (the complete prefix). */
  replications: number;
  /** Every KPI's summary across those replications, by dotted name. */
  kpis: Record<string, ValueSummary>;
  weeks: readonly string[];
  /** Weekly bands by series name. */
  series: Record<string, SeriesBand>;
}

export interface RunState {
  setup: RunSetup;
  /** Why the last Start was refused (invalid scenario or input), listing each problem. */
  refusal: string | null;
  job: ExperimentJob | null;
  results: RunResults | null;
}

const DEFAULT_RUN_REPLICATIONS = 10;

export const initialRunState: RunState = {
  setup: { replications: String(DEFAULT_RUN_REPLICATIONS), scale: null, seed: null },
  refusal: null,
  job: null,
  results: null,
};

type Recipe<S> = (draft: Draft<S>) => void;

// ---- The job's life, shared with the Compare slice ------------------------------------------

export function newJob(id: number, requested: number, variants: number, startedAt: number): ExperimentJob {
  return { id, status: 'running', requested, variants, runsDone: 0, runsTotal: requested * variants, cached: 0, complete: 0, fraction: 0, startedAt, elapsedMs: 0 };
}

export function jobProgressed(job: Draft<ExperimentJob> | null, id: number, progress: PoolProgress, now: number): void {
  if (!job || job.id !== id || job.status !== 'running') return;
  // The message that reports a replication done still counts it as running at 100% too (the pool
  // frees its worker after reporting), so on that message trust only the count; and never go back.
  const fraction = progress.done !== job.runsDone ? progress.done / progress.total : progress.fraction;
  job.fraction = Math.max(job.fraction, fraction);
  job.runsDone = progress.done;
  job.runsTotal = progress.total;
  job.cached = progress.cached;
  job.elapsedMs = now - job.startedAt;
}

export function jobEnded(job: Draft<ExperimentJob> | null, id: number, outcome: { cancelled: boolean; complete: number } | { failed: string }, now: number): void {
  if (!job || job.id !== id || job.status !== 'running') return;
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

// ---- Run recipes ------------------------------------------------------------------------------

export const setRunInput =
  (field: keyof RunSetup, text: string | null): Recipe<RunState> =>
  (run) => {
    if (field === 'replications') run.setup.replications = text ?? '';
    else run.setup[field] = text;
  };

export const refuseRun =
  (reason: string): Recipe<RunState> =>
  (run) => {
    run.refusal = reason;
  };

export const runStarted =
  (job: ExperimentJob): Recipe<RunState> =>
  (run) => {
    run.job = job;
    run.refusal = null;
    // The previous results described another run: charts fill in again from the first replication.
    run.results = null;
  };

export const runProgressed =
  (id: number, progress: PoolProgress, now: number): Recipe<RunState> =>
  (run) =>
    jobProgressed(run.job, id, progress, now);

/** New results for the complete prefix (frozen summaries, computed off the store). */
export const runResultsArrived =
  (id: number, results: RunResults): Recipe<RunState> =>
  (run) => {
    if (!run.job || run.job.id !== id) return;
    run.job.complete = results.replications;
    run.results = results as Draft<RunResults>;
  };

export const runEnded =
  (id: number, outcome: { cancelled: boolean; complete: number } | { failed: string }, now: number): Recipe<RunState> =>
  (run) =>
    jobEnded(run.job, id, outcome, now);
