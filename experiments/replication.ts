// One replication of one scenario, reduced to what experiments aggregate: the engine's summary and
// the money summary flattened to dotted KPI names, optionally some weekly series, and the values
// drawn for uncertain inputs. The same function runs in a Node worker thread, a browser worker
// and in process, so a replication's output depends only on (scenario, seed, replication).
import { runSimulation, summarize, type RunProgress, type Scenario } from '../model/index';
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

export function runReplication(job: ReplicationJob, onProgress?: (progress: RunProgress) => void, shouldCancel?: () => boolean): ReplicationOutput {
  const result = runSimulation(job.scenario, { seed: job.seed, replication: job.replication, onProgress, shouldCancel });
  const { provenance, ...summary } = summarize(result);
  const money = summarizeMoney(computeMoney(result, job.scenario));
  const output: ReplicationOutput = {
    engineVersion: provenance.engineVersion,
    scenarioHash: provenance.scenarioHash,
    seed: provenance.seed,
    replication: provenance.replication,
    kpis: flattenNumbers({ ...summary, money }),
  };
  if (job.series && job.series.length > 0) output.series = Object.fromEntries(job.series.map((name) => [name, result.series[name] ?? []]));
  const drawn = (result as { drawn?: Record<string, number> }).drawn;
  if (drawn && Object.keys(drawn).length > 0) output.drawn = { ...drawn };
  return output;
}
