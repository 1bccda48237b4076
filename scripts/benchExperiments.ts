// The experiments section of `npm run bench`: 100 replications × 2 scenarios (tr and unified) at
// scale 0.1, on 2 worker threads and on 1, without sharing history, and with independent seeds.
// Reports wall times, the speed-up of the second worker, what sharing the warm-up saves, and what
// common random numbers buy: the variance of the paired difference against independent runs for a
// few KPIs, as the number of independent replications that would give the same precision.
import { restoreScenario } from '../model/index';
import { builtInScenarios } from '../scenarios/index';
import { runPlan, kpiValues, type ReplicationPlan } from '../experiments/runner';
import { pairedDifference } from '../experiments/statistics';
import { nodeWorkerFactory } from '../cli/workers/nodeWorkers';

const REPLICATIONS = 100;
const KPIS = ['money.publicCostPerYear', 'reoffending.binary', 'flows.recallsPerYear', 'prison.population', 'flows.sentencesPerYear.total'];

function plan(independentSeeds: boolean, shareHistory = true): ReplicationPlan {
  return {
    shareHistory,
    variants: ['tr', 'unified'].map((name) => ({ id: name, label: name, scenario: restoreScenario(builtInScenarios[name]) })),
    seed: 20140601,
    replications: REPLICATIONS,
    independentSeeds,
  };
}

async function timed(workers: number, independentSeeds: boolean, shareHistory = true) {
  const start = performance.now();
  let resumed = 0;
  const result = await runPlan(plan(independentSeeds, shareHistory), { workers, createWorker: nodeWorkerFactory, onProgress: (p) => (resumed = p.resumed) });
  return { seconds: (performance.now() - start) / 1000, result, resumed };
}

export async function benchExperiments(referenceMs: number): Promise<void> {
  console.log(`\n## Experiments: ${REPLICATIONS} replications × 2 scenarios (tr, unified), scale 0.1\n`);
  const two = await timed(2, false);
  const one = await timed(1, false);
  const unshared = await timed(2, false, false);
  const independent = await timed(2, true);
  const rows: [string, string][] = [
    ['2 workers, common random numbers', `${two.seconds.toFixed(1)} s (${(two.seconds * 1000 / referenceMs).toFixed(0)} reference workloads; ${two.resumed} of ${REPLICATIONS} unified runs resumed from tr's warm-up)`],
    ['1 worker, common random numbers', `${one.seconds.toFixed(1)} s`],
    ['speed-up of the second worker', `${(one.seconds / two.seconds).toFixed(2)}×`],
    ['2 workers, common random numbers, no shared history', `${unshared.seconds.toFixed(1)} s (sharing saves ${(100 * (1 - two.seconds / unshared.seconds)).toFixed(0)}%)`],
    ['2 workers, independent seeds', `${independent.seconds.toFixed(1)} s (nothing to share: ${(independent.seconds / two.seconds).toFixed(2)}× the paired comparison)`],
  ];
  console.log('| measure | value |\n|---|---|');
  for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
  console.log('\n| KPI (tr − unified) | sd of the difference, paired | sd, independent seeds | variance reduction | independent replications for the same precision |\n|---|---|---|---|---|');
  for (const kpi of KPIS) {
    const paired = difference(two.result, kpi);
    const apart = difference(independent.result, kpi);
    const ratio = (apart.sd * apart.sd) / (paired.sd * paired.sd);
    console.log(`| ${kpi} | ${paired.sd.toPrecision(3)} | ${apart.sd.toPrecision(3)} | ${(1 - 1 / ratio).toFixed(2)} | ${Number.isFinite(ratio) ? Math.round(REPLICATIONS * ratio) : '—'} |`);
  }
}

function difference(result: Awaited<ReturnType<typeof runPlan>>, kpi: string) {
  const [a, b] = result.outputs.map((row) => kpiValues(row, kpi, result.completeReplications));
  return pairedDifference(a, b);
}
