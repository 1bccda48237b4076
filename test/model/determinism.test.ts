import { describe, expect, it } from 'vitest';
import { hashRunResult, runSimulation } from '../../model/index';
import { small } from '../helpers/scenarios';

describe('determinism', () => {
  const scenario = small('as-happened', 0.01, 3, 3);

  it('gives an identical RunResult hash for the same scenario and seed', () => {
    const a = hashRunResult(runSimulation(scenario, { seed: 11 }));
    const b = hashRunResult(runSimulation(structuredClone(scenario), { seed: 11 }));
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(b).toBe(a);
  });

  it('gives different results for different seeds and replications', () => {
    const base = hashRunResult(runSimulation(scenario, { seed: 11 }));
    expect(hashRunResult(runSimulation(scenario, { seed: 12 }))).not.toBe(base);
    expect(hashRunResult(runSimulation(scenario, { seed: 11, replication: 1 }))).not.toBe(base);
  });

  it('records its provenance', () => {
    const result = runSimulation(scenario, { seed: 11, replication: 2 });
    expect(result.provenance).toMatchObject({ scenarioName: 'as-happened', seed: 11, replication: 2, scale: 0.01 });
    expect(result.provenance.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(result.provenance.scenarioHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reports progress in order and can be cancelled', () => {
    const fractions: number[] = [];
    runSimulation(scenario, { seed: 1, onProgress: (p) => fractions.push(p.fraction) });
    expect(fractions.length).toBeGreaterThan(10);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)).toBe(1);
    let polls = 0;
    expect(() => runSimulation(scenario, { seed: 1, shouldCancel: () => ++polls > 5 })).toThrow(/cancelled/);
  });
});
