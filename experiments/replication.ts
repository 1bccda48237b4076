// One replication of one scenario, reduced to what experiments aggregate: the engine's summary and
// the money summary flattened to dotted KPI names, optionally some weekly series, and the values
// drawn for uncertain inputs. The same function runs in a Node worker thread, a browser worker
// and in process, so a replication's output depends only on (scenario, seed, replication).
// Variants that differ only in money terms (a bidder's tornado, most stress presets) share one run
// of the engine: the engine never reads `money`, so its result for (the scenario without money,
// seed, replication) is the same bits, and only the money is recomputed. A few recent runs are
// kept for that (jobs come replication by replication, so a variant's siblings follow closely).
import { hashOf, runSimulation, summarize, type RunProgress, type RunResult, type Scenario } from '../model/index';
import { computeMoney, summarizeMoney } from '../finance/index';
import type { ReplicationOutput } from './types';
import { flattenNumbers } from './flatten';

export interface ReplicationJob {
  scenario: Scenario;
  seed: number;
  replication: number;
  /** Weekly series to keep (by name); none by default, as they are large. */
  series?: readonly string[];
}

const RECENT_RUNS = 3;
const recentRuns: { key: string; result: RunResult }[] = [];

/** What the engine's result depends on: everything but the money terms and the labels. */
function engineKey(job: ReplicationJob): string {
  const { money: _money, name: _name, description: _description, ...engineInputs } = job.scenario;
  return `${hashOf(engineInputs)}|${job.seed}|${job.replication}`;
}

function engineRun(job: ReplicationJob, onProgress?: (progress: RunProgress) => void, shouldCancel?: () => boolean): RunResult {
  const key = engineKey(job);
  const recent = recentRuns.find((r) => r.key === key);
  if (recent) {
    onProgress?.({ fraction: 1, date: recent.result.weeks[recent.result.weeks.length - 1] ?? '' });
    return recent.result;
  }
  const result = runSimulation(job.scenario, { seed: job.seed, replication: job.replication, onProgress, shouldCancel });
  recentRuns.unshift({ key, result });
  recentRuns.length = Math.min(recentRuns.length, RECENT_RUNS);
  return result;
}

export function runReplication(job: ReplicationJob, onProgress?: (progress: RunProgress) => void, shouldCancel?: () => boolean): ReplicationOutput {
  const result = engineRun(job, onProgress, shouldCancel);
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
  const drawn = (result as { drawn?: Record<string, number> }).drawn;
  if (drawn && Object.keys(drawn).length > 0) output.drawn = { ...drawn };
  return output;
}
