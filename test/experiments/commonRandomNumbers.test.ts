// The reason for the design (DESIGN.md §3): two scenarios run on the same seeds and named streams
// share their noise, so the variance of their difference is far smaller than with independent
// seeds. Measured here on built-in scenarios, small and short so that the test stays quick.
//
// The claim is tested as a claim about variances, not a raw comparison of two estimates: the paired
// runs (seed 11) and the independent ones (seed 12, and 12 + stride for the second variant) share no
// stream, so the two samples of differences are independent, and the ratio of their sample variances
// is σ²paired/σ²independent times an F(n-1, n-1) variable (the KPIs are means over thousands of
// people, close enough to normal). The test asserts that the hypothesis "common random numbers
// remove less than half the variance" (σ²paired ≥ σ²independent / 2) is rejected at the 1% level.
// If common random numbers were broken (the pairs drawn independently) the ratio would be
// F(11, 11) itself, below the critical value with probability 0.0005 per KPI: the test would fail.
import { describe, expect, it } from 'vitest';
import { runPlan, kpiValues, type ReplicationPlan } from '../../experiments/runner';
import { inProcessWorkerFactory } from '../../experiments/inProcessWorkers';
import { pairedDifference } from '../../experiments/statistics';
import { small } from '../helpers/scenarios';

const REPLICATIONS = 12;
/** scipy.stats.f.ppf(0.01, 11, 11): the 1% point of F(n-1, n-1) for n = 12. */
const F_11_11_AT_1_PERCENT = 0.22409;
/** Reject σ²paired ≥ σ²independent / 2 when the variance ratio is below half the 1% point. */
const CRITICAL_RATIO = F_11_11_AT_1_PERCENT / 2;
const KPIS = ['flows.sentencesPerYear.total', 'prison.population', 'caseload.total'];

/** Paired differences tr − trusts of each KPI, over REPLICATIONS replications of one plan. */
async function differences(seed: number, independentSeeds: boolean): Promise<Map<string, ReturnType<typeof pairedDifference>>> {
  const plan: ReplicationPlan = {
    variants: [
      { id: 'trusts', label: 'trusts', scenario: small('trusts', 0.01, 2, 1) },
      { id: 'tr', label: 'tr', scenario: small('tr', 0.01, 2, 1) },
    ],
    seed,
    replications: REPLICATIONS,
    independentSeeds,
  };
  const result = await runPlan(plan, { workers: 1, createWorker: inProcessWorkerFactory() });
  expect(result.completeReplications).toBe(REPLICATIONS);
  return new Map(KPIS.map((kpi) => {
    const [a, b] = result.outputs.map((row) => kpiValues(row, kpi, result.completeReplications));
    return [kpi, pairedDifference(a, b)];
  }));
}

describe('common random numbers', () => {
  it('at least halve the variance of a difference against independent seeds (one-sided F test at 1%)', async () => {
    const paired = await differences(11, false);
    const independent = await differences(12, true);
    for (const kpi of KPIS) {
      const p = paired.get(kpi)!;
      const i = independent.get(kpi)!;
      expect(p.n, kpi).toBe(REPLICATIONS);
      expect(i.n, kpi).toBe(REPLICATIONS);
      expect(i.sd, `${kpi}: independent runs differ`).toBeGreaterThan(0);
      expect(p.sd ** 2 / i.sd ** 2, `${kpi}: variance of the paired difference over the independent one`).toBeLessThan(CRITICAL_RATIO);
      // The pairing's own estimate of what it removed (1 − var(diff) / (var(a) + var(b))) agrees.
      expect(p.varianceReduction, kpi).toBeGreaterThan(0.5);
    }
  });
});
