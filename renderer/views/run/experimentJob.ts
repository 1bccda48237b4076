// One experiment under way, for the Run and Compare views: it starts the replications on the
// worker pool (startExperiment), forwards progress, and turns the growing complete prefix into
// summaries for the store. Summaries are computed on the UI thread (they are cheap), but at most
// every SUMMARY_INTERVAL_MS: a burst of cached replications must not recompute them for every
// one, and each new set of summaries redraws every chart (the costly part: a few hundred ms on a
// slow machine), so charts move on about once a second. Progress messages that only move the bar
// are thinned too; a finished replication is always reported. The handle (to cancel) stays with
// the caller, outside the store.
import { startExperiment, type PoolProgress, type ReplicationOutput, type ReplicationPlan } from '../../engine';
import { newJob, type ExperimentJob } from '../../state/runSlice';

const SUMMARY_INTERVAL_MS = 1000;
const PROGRESS_INTERVAL_MS = 100;

export type Outputs = readonly (readonly (ReplicationOutput | undefined)[])[];
export type JobOutcome = { cancelled: boolean; complete: number } | { failed: string };

export interface JobCallbacks<R> {
  summarize(outputs: Outputs, complete: number): R;
  started(job: ExperimentJob): void;
  progressed(id: number, progress: PoolProgress, now: number): void;
  results(id: number, results: R): void;
  ended(id: number, outcome: JobOutcome, now: number): void;
}

export interface RunningJob {
  id: number;
  cancel(): void;
  /** Settles when the job has ended and its last results are in the store. */
  finished: Promise<void>;
}

let nextJobId = 1;

export function launchJob<R>(plan: ReplicationPlan, callbacks: JobCallbacks<R>, clock: () => number = () => Date.now()): RunningJob {
  const id = nextJobId++;
  callbacks.started(newJob(id, plan.replications, plan.variants.length, clock()));

  let lastProgressAt = -Infinity;
  let lastDone = -1;
  let latest: { outputs: Outputs; complete: number } | null = null;
  let summaryTimer: ReturnType<typeof setTimeout> | undefined;
  let lastSummaryAt = -Infinity;
  let summarized = 0;
  let over = false;

  const flushSummary = () => {
    summaryTimer = undefined;
    if (over || !latest) return;
    lastSummaryAt = clock();
    summarized = latest.complete;
    callbacks.results(id, callbacks.summarize(latest.outputs, latest.complete));
  };

  const experiment = startExperiment(plan, {
    onProgress: (progress) => {
      const now = clock();
      if (progress.done === lastDone && now - lastProgressAt < PROGRESS_INTERVAL_MS) return;
      lastDone = progress.done;
      lastProgressAt = now;
      callbacks.progressed(id, progress, now);
    },
    onPartial: (complete, outputs) => {
      latest = { outputs, complete };
      if (summaryTimer === undefined) summaryTimer = setTimeout(flushSummary, Math.max(0, SUMMARY_INTERVAL_MS - (clock() - lastSummaryAt)));
    },
  });

  const end = () => {
    over = true;
    if (summaryTimer !== undefined) clearTimeout(summaryTimer);
  };
  const finished = experiment.result.then(
    (result) => {
      end();
      // The prefix already summarised gives the same summaries again: no need to redraw for them.
      if (result.completeReplications > summarized) callbacks.results(id, callbacks.summarize(result.outputs, result.completeReplications));
      callbacks.ended(id, { cancelled: result.cancelled, complete: result.completeReplications }, clock());
    },
    (error: unknown) => {
      end();
      callbacks.ended(id, { failed: error instanceof Error ? error.message : String(error) }, clock());
    },
  );
  return { id, cancel: () => experiment.cancel(), finished };
}
