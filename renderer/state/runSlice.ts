// The Run view's slice of the app state: what the user typed in the run form, the progress of the
// replications under way, and the results so far as summaries (KPI summaries and weekly bands;
// never the raw per-replication outputs, which stay in the worker pool's hands). The job's life is
// replicationJob.ts's, shared with Compare and Money. Recipes are pure and take the job's id: a
// late message from a job that was cancelled or replaced changes nothing.
import type { Draft } from 'immer';
import type { PoolProgress } from '../engine';
import type { ValueSummary } from '../../experiments/types';
import type { SeriesBand } from '../lib/seriesBands';
import type { YearlyReplications } from '../lib/publishedOverlay';
import { isLive, jobEnded, jobProgressed, type ExperimentJob, type JobOutcome } from './replicationJob';

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
  /** Yearly measures of the published series (by file name), each year's value per replication. */
  yearly: Record<string, YearlyReplications>;
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
    if (!isLive(run.job, id)) return;
    run.job.complete = results.replications;
    run.results = results as Draft<RunResults>;
  };

export const runEnded =
  (id: number, outcome: JobOutcome, now: number): Recipe<RunState> =>
  (run) =>
    jobEnded(run.job, id, outcome, now);
