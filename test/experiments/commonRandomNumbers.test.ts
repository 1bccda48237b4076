// The reason for the design (DESIGN.md §3): two scenarios run on the same seeds and named streams
// share their noise, so the variance of their difference is far smaller than with independent
// seeds. Measured here on built-in scenarios (small and short, so the test stays quick).
import { describe, expect, it } from 'vitest';
import { runPlan, kpiValues, type ReplicationPlan } from '../../experiments/runner';
import { inProcessWorkerFactory } from '../../experiments/inProcessWorkers';
import { pairedDifference } from '../../experiments/statistics';
import { small } from '../helpers/scenarios';

// 20: with fewer, the estimate of a ratio of variances is too rough for a bound of one half.
const REPLICATIONS = 20;

async function differences(independentSeeds: boolean, kpi: string) {
  const plan: ReplicationPlan = {
    variants: [
      { id: 'trusts', label: 'trusts', scenario: small('trusts', 0.01, 3, 2) },
      { id: 'tr', label: 'tr', scenario: small('tr', 0.01, 3, 2) },
    ],
    seed: 11,
    replications: REPLICATIONS,
    independentSeeds,
  };
  const result = await runPlan(plan, { workers: 1, createWorker: inProcessWorkerFactory() });
  const [a, b] = result.outputs.map((row) => kpiValues(row, kpi, result.completeReplications));
  return pairedDifference(a, b);
}

describe('common random numbers', () => {
  it('give a smaller variance of the difference than independent seeds', async () => {
    for (const kpi of ['flows.sentencesPerYear.total', 'prison.population']) {
      const paired = await differences(false, kpi);
      const independent = await differences(true, kpi);
      expect(paired.n).toBe(REPLICATIONS);
      expect(paired.sd ** 2, kpi).toBeLessThan(independent.sd ** 2 / 2);
      // The pairing's own estimate of what it removed agrees in direction.
      expect(paired.varianceReduction, kpi).toBeGreaterThan(0.5);
    }
  }, 120_000);
});
