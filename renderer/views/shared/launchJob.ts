// One batch of replications under way, for every view that runs one (Run, Compare, each of
// Money's batches): it starts the replications on the worker pool (startExperiment), forwards
// progress, and turns the growing complete prefix into summaries for the store; the store's side
// of the job's life is state/replicationJob.ts. Summaries are computed on the UI thread (they are
// cheap), but at most every `summaryIntervalMs`: a burst of cached replications must not recompute
// them for every one, and each new set of summaries redraws every chart (the costly part: a few
// hundred ms on a slow machine), so charts move on about once a second. Progress messages that
// only move the bar are thinned too; a finished replication is always reported. The handle (to
// cancel) stays with the caller, outside the store.
import { startExperiment, type PoolProgress, type ReplicationOutput, type ReplicationPlan, type StartedExperiment } from '../../engine';
import { newJob, type ExperimentJob, type JobOutcome } from '../../state/replicationJob';

const PROGRESS_INTERVAL_MS = 100;

export type Outputs = readonly (readonly (ReplicationOutput | undefined)[])[];

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

export interface LaunchOptions {
  /** Least time between two sets of summaries (each redraws the view's charts); default 1 s. */
  summaryIntervalMs?: number;
  clock?: () => number;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Starts the batch; a plan the engine's run gate refuses (the caller should have asked it) ends the job as failed, naming why. */
export function launchJob<R>(plan: ReplicationPlan, callbacks: JobCallbacks<R>, { summaryIntervalMs = 1000, clock = () => Date.now() }: LaunchOptions = {}): RunningJob {
  const id = nextJobId++;
  callbacks.started(newJob(id, plan.replications, plan.variants.length, clock()));
  const summaries = summaryStream(id, callbacks, summaryIntervalMs, clock);
  let experiment: StartedExperiment;
  try {
    experiment = startExperiment(plan, { onProgress: progressThinner(id, callbacks, clock), onPartial: summaries.partial });
  } catch (error) {
    callbacks.ended(id, { failed: messageOf(error) }, clock());
    return { id, cancel: () => undefined, finished: Promise.resolve() };
  }
  const finished = experiment.result.then(
    (result) => {
      summaries.last(result.outputs, result.completeReplications);
      callbacks.ended(id, { cancelled: result.cancelled, complete: result.completeReplications }, clock());
    },
    (error: unknown) => {
      summaries.stop();
      callbacks.ended(id, { failed: messageOf(error) }, clock());
    },
  );
  return { id, cancel: () => experiment.cancel(), finished };
}

/** Progress to the store: every finished replication, and bar-only moves at most every PROGRESS_INTERVAL_MS. */
function progressThinner<R>(id: number, callbacks: JobCallbacks<R>, clock: () => number): (progress: PoolProgress) => void {
  let lastProgressAt = -Infinity;
  let lastDone = -1;
  return (progress) => {
    const now = clock();
    if (progress.done === lastDone && now - lastProgressAt < PROGRESS_INTERVAL_MS) return;
    lastDone = progress.done;
    lastProgressAt = now;
    callbacks.progressed(id, progress, now);
  };
}

/** Summaries of the growing complete prefix, at most every `intervalMs`; the last one always, unless it adds nothing. */
function summaryStream<R>(id: number, callbacks: JobCallbacks<R>, intervalMs: number, clock: () => number) {
  let latest: { outputs: Outputs; complete: number } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastAt = -Infinity;
  let summarized = 0;
  let over = false;
  const flush = () => {
    timer = undefined;
    if (over || !latest) return;
    lastAt = clock();
    summarized = latest.complete;
    callbacks.results(id, callbacks.summarize(latest.outputs, latest.complete));
  };
  const stop = () => {
    over = true;
    if (timer !== undefined) clearTimeout(timer);
  };
  return {
    partial(complete: number, outputs: Outputs): void {
      latest = { outputs, complete };
      if (timer === undefined) timer = setTimeout(flush, Math.max(0, intervalMs - (clock() - lastAt)));
    },
    stop,
    last(outputs: Outputs, complete: number): void {
      stop();
      // The prefix already summarised gives the same summaries again: no need to redraw for them.
      if (complete > summarized) callbacks.results(id, callbacks.summarize(outputs, complete));
    },
  };
}
