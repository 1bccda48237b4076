// One replication of one scenario, reduced to what experiments aggregate: the engine's summary and
// the money summary flattened to dotted KPI names, optionally some weekly series, and the values
// drawn for uncertain inputs. The same function runs in a Node worker thread, a browser worker
// and in process, so a replication's output depends only on (scenario, seed, replication).
// Variants that differ only in money terms (a bidder's tornado, most stress presets) share one run
// of the engine: the engine never reads `money`, so its result for (the scenario without money,
// seed, replication) is the same bits, and only the money is recomputed. A few recent runs are
// kept for that (jobs come replication by replication, so a variant's siblings follow closely).
// Variants that share only part of their history resume from a snapshot of the first one's run
// (historyPlan.ts), kept in this worker's store of recent snapshots.
import { engineInputsOf, hashOf, runSimulation, summarize, type EngineSnapshot, type RunProgress, type RunResult, type Scenario } from '../model/index';
import { computeMoney, summarizeMoney } from '../finance/index';
import type { ReplicationOutput } from './types';
import { flattenNumbers } from './flatten';
import type { JobHistory } from './historyPlan';
import { RecentStore } from './recentStore';
import { yearlyMeasures } from './yearly';

export interface ReplicationJob {
  scenario: Scenario;
  seed: number;
  replication: number;
  /** Weekly series to keep (by name); none by default, as they are large. */
  series?: readonly string[];
  /** Published series (by file name) to measure by year (experiments/yearly.ts); none by default. */
  yearly?: readonly string[];
  /** History shared with other jobs of the same replication (historyPlan.ts); the output does not depend on it. */
  history?: JobHistory;
}

const recentRuns = new RecentStore<RunResult>(3);
const snapshots = new RecentStore<EngineSnapshot>(3);

/** What the engine's result depends on: everything but the money terms and the labels. */
function engineKey(job: ReplicationJob): string {
  return `${hashOf(engineInputsOf(job.scenario))}|${job.seed}|${job.replication}`;
}

/** What sharing saved a job: nothing, the years before a date (a resumed run), or its whole engine run. */
export type SharedWork = { kind: 'none' } | { kind: 'history'; until: string } | { kind: 'run' };

function engineRun(job: ReplicationJob, onProgress?: (progress: RunProgress) => void, shouldCancel?: () => boolean): { result: RunResult; shared: SharedWork } {
  const key = engineKey(job);
  const recent = recentRuns.get(key);
  if (recent) {
    onProgress?.({ fraction: 1, date: recent.weeks[recent.weeks.length - 1] ?? '' });
    return { result: recent, shared: { kind: 'run' } };
  }
  const history = job.history;
  const wanted = history?.resumeFrom;
  // The snapshot's last user takes it over: no copy, and the worker no longer holds it.
  const resumeFrom = wanted ? (wanted.last ? snapshots.take(wanted.key) : snapshots.get(wanted.key)) : undefined;
  const result = runSimulation(job.scenario, {
    seed: job.seed,
    replication: job.replication,
    onProgress,
    shouldCancel,
    // A missing snapshot (the job that makes it ran elsewhere, or was cached) only costs time.
    resumeFrom,
    consumeSnapshot: wanted?.last === true,
    snapshotDates: history?.saveAt?.map((s) => s.date),
    onSnapshot: (snapshot) => {
      const save = history?.saveAt?.find((s) => s.date === snapshot.date);
      if (save) snapshots.set(save.key, snapshot);
    },
  });
  recentRuns.set(key, result);
  return { result, shared: resumeFrom ? { kind: 'history', until: resumeFrom.date } : { kind: 'none' } };
}

export function runReplication(job: ReplicationJob, onProgress?: (progress: RunProgress) => void, shouldCancel?: () => boolean): ReplicationOutput {
  return runSharedReplication(job, onProgress, shouldCancel).output;
}

/** runReplication, also saying what sharing saved (for progress reports; the output never depends on it). */
export function runSharedReplication(
  job: ReplicationJob,
  onProgress?: (progress: RunProgress) => void,
  shouldCancel?: () => boolean,
): { output: ReplicationOutput; shared: SharedWork } {
  const { result, shared } = engineRun(job, onProgress, shouldCancel);
  const { provenance, ...summary } = summarize(result);
  const money = summarizeMoney(computeMoney(result, job.scenario));
  const output: ReplicationOutput = {
    engineVersion: provenance.engineVersion,
    // The job's own scenario (a shared engine run carries its first variant's hash).
    scenarioHash: hashOf(job.scenario),
    seed: provenance.seed,
    replication: provenance.replication,
    kpis: flattenNumbers({ ...summary, money }),
  };
  if (job.series && job.series.length > 0) {
    output.series = Object.fromEntries(job.series.map((name) => [name, result.series[name] ?? []]));
    output.weeks = [...result.weeks];
  }
  if (job.yearly && job.yearly.length > 0) output.yearly = yearlyMeasures(result, job.yearly);
  const drawn = (result as { drawn?: Record<string, number> }).drawn;
  if (drawn && Object.keys(drawn).length > 0) output.drawn = { ...drawn };
  return { output, shared };
}
