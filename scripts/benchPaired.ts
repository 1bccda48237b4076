// The paired section of `npm run bench` (--section paired): how much of the noise two operating
// models share. `unified` and `tr` are run on the same seed and replication numbers (common random
// numbers), N replications at a small scale (default 20 × scale 0.02, a few minutes on 2 workers),
// and for the main KPIs it reports the variance of the paired difference unified − tr across
// replications, beside the variances of each side. Engines that give a person the same draws under
// both models (from 0.6.0: random/personDraws.ts) should make that variance smaller; run this on
// two commits to compare. Options: --replications N, --paired-scale F.
import { restoreScenario } from '../model/index';
import { builtInScenarios } from '../scenarios/index';
import { runPlan, kpiValues } from '../experiments/runner';
import { pairedDifference } from '../experiments/statistics';
import { nodeWorkerFactory } from '../cli/workers/nodeWorkers';

/** The KPIs compared, as flattened in a replication's output (experiments/replication.ts). */
export const PAIRED_KPIS = [
  ['reoffending.binary', 'binary reoffending rate'],
  ['reoffending.frequency', 'reoffences per reoffender'],
  ['prison.population', 'prison population (mean)'],
  ['caseload.total', 'probation caseload (mean)'],
  ['flows.recallsPerYear', 'recalls per year'],
  ['flows.breachesPerYear', 'breaches per year'],
] as const;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

function variance(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite);
  const mean = finite.reduce((a, b) => a + b, 0) / finite.length;
  return finite.reduce((a, b) => a + (b - mean) * (b - mean), 0) / (finite.length - 1);
}

export async function benchPaired(): Promise<void> {
  const replications = option('--replications', 20);
  const scale = option('--paired-scale', 0.02);
  const variants = ['tr', 'unified'].map((name) => {
    const scenario = restoreScenario(builtInScenarios[name]);
    return { id: name, label: name, scenario: { ...scenario, simulation: { ...scenario.simulation, scale } } };
  });
  const start = performance.now();
  const result = await runPlan({ variants, seed: 20140601, replications }, { workers: 2, createWorker: nodeWorkerFactory });
  const seconds = (performance.now() - start) / 1000;
  console.log(`\n## Paired difference unified − tr: ${replications} replications, scale ${scale}, seed 20140601 (${seconds.toFixed(0)} s on 2 workers)\n`);
  console.log('| KPI | mean difference | variance of the difference | variance, tr | variance, unified | share of var(tr) + var(unified) removed |\n|---|---|---|---|---|---|');
  for (const [kpi, label] of PAIRED_KPIS) {
    const [tr, unified] = result.outputs.map((row) => kpiValues(row, kpi, result.completeReplications));
    const d = pairedDifference(tr, unified);
    console.log(`| ${label} (${kpi}) | ${d.mean.toPrecision(4)} | ${(d.sd * d.sd).toPrecision(4)} | ${variance(tr).toPrecision(4)} | ${variance(unified).toPrecision(4)} | ${d.varianceReduction.toFixed(2)} |`);
  }
}
