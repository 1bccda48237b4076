// The Run view's summary keeps each published series' yearly values by replication, from the
// complete prefix only, in replication order (what the Published figures panel compares).
import { describe, expect, it } from 'vitest';
import type { ReplicationOutput } from '../../experiments/types';
import { summarizeRun } from '../../renderer/views/run/runSummary';

function output(replication: number, prison: number): ReplicationOutput {
  return {
    engineVersion: 'test',
    scenarioHash: 'h',
    seed: 1,
    replication,
    kpis: { 'prison.population': prison },
    weeks: ['2012-01-02'],
    series: { 'prison.population': [prison] },
    yearly: { 'prison-population': [{ year: 2012, value: prison }, { year: 2013, value: prison + 1 }] },
  };
}

describe('summarizeRun yearly', () => {
  it('gathers the complete replications’ yearly values by series and year', () => {
    const outputs = [[output(0, 10), output(1, 20), output(2, 30)]];
    const results = summarizeRun(outputs, 2, { scenarioName: 's', scenarioHash: 'h', seed: 1, scale: 0.01 });
    expect(results.yearly).toEqual({
      'prison-population': [
        { year: 2012, values: [10, 20] },
        { year: 2013, values: [11, 21] },
      ],
    });
  });

  it('has no yearly values when the replications carry none', () => {
    const bare = { ...output(0, 10), yearly: undefined };
    expect(summarizeRun([[bare]], 1, { scenarioName: 's', scenarioHash: 'h', seed: 1, scale: 0.01 }).yearly).toEqual({});
  });
});
