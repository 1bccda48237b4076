// Shared test data for the CLI formatters: a small report built through the real aggregation.
import { aggregateSummaries } from '../../cli/kpis';
import type { Report } from '../../cli/report';

export function summaryFixture(scale: number): Record<string, unknown> {
  return {
    caseload: { total: 250_000 * scale, nps: 100_000 * scale, crc: NaN, trust: 150_000 * scale },
    reoffending: { binary: 0.3 * scale, frequency: 3.1, byDisposal: { custodyUnder12m: 0.6 } },
    provenance: { engineVersion: '0.1.0', scenarioName: 'x', scenarioHash: 'h', seed: 1, replication: 0, scale: 0.01 },
  };
}

export function reportFixture(summaries: unknown[], scenarioName = 'Transforming Rehabilitation'): Report {
  return {
    kpis: aggregateSummaries(summaries),
    provenance: {
      engineVersion: '0.1.0',
      scenarioName,
      scenarioHash: 'abcdef0123456789',
      seed: 42,
      replications: summaries.length,
      scale: 0.01,
      years: 2,
      overrides: [{ path: 'simulation.scale', value: '0.01' }],
      runs: summaries.map((_, replication) => ({
        engineVersion: '0.1.0',
        scenarioName,
        scenarioHash: 'abcdef0123456789',
        seed: 42,
        replication,
        scale: 0.01,
      })),
      cli: 'probation-sim',
    },
  };
}
