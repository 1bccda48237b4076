// The attribution of b − a to groups of mechanism: the effects and the interaction add up to the
// total, an additive difference leaves no interaction, and a plan refuses what it cannot explain.
import { describe, expect, it } from 'vitest';
import { attributionOf, planAttribution } from '../../experiments/attribution';
import type { ReplicationOutput } from '../../experiments/types';
import { small } from '../helpers/scenarios';

/** Outputs of one KPI: one row per variant, one value per replication. */
function outputsOf(rows: number[][]): ReplicationOutput[][] {
  return rows.map((values) => values.map((x, replication) => ({ engineVersion: 't', scenarioHash: 'h', seed: 1, replication, kpis: { k: x } })));
}

describe('attribution', () => {
  it('adds the effects and the interaction up to the total, replication by replication', () => {
    // a, b, a with group 1, a with group 2: group 1 adds 1 and group 2 adds 2, and together they add 4.
    const a = [10, 11, 12, 9];
    const rows = [a, a.map((x, r) => x + 4 + r * 0.1), a.map((x) => x + 1), a.map((x, r) => x + 2 - r * 0.05)];
    const [k] = attributionOf(outputsOf(rows), 4, ['k'], ['operatingModel', 'reports']);
    const sum = k.effects.reduce((s, e) => s + e.effect.mean, 0) + k.interaction.mean;
    expect(sum).toBeCloseTo(k.total.mean, 12);
    expect(k.effects.map((e) => e.effect.mean)).toEqual([1, expect.closeTo(1.925, 12)]);
    expect(k.interaction.mean).toBeCloseTo(4.15 - 1 - 1.925, 12);
    expect(k.interaction.ci95).not.toBeNull();
  });

  it('leaves no interaction when the groups add up', () => {
    const a = [5, 6, 7];
    const rows = [a, a.map((x) => x + 3), a.map((x) => x + 1), a.map((x) => x + 2)];
    const [k] = attributionOf(outputsOf(rows), 3, ['k'], ['operatingModel', 'reports']);
    expect(k.interaction.mean).toBeCloseTo(0, 12);
    expect(k.interaction.sd).toBeCloseTo(0, 12);
  });

  it('plans a, b and a with each differing group from b, and refuses what it cannot explain', () => {
    const variant = (name: string) => ({ id: name, label: name, scenario: small(name, 0.01, 3, 2) });
    const plan = planAttribution(variant('tr'), variant('unified'));
    expect(plan.groups).toEqual(['operatingModel', 'reports', 'resettlement']);
    expect(plan.variants.map((v) => v.label)).toEqual(['tr', 'unified', "tr with unified's operating model", "tr with unified's reports", "tr with unified's resettlement"]);
    expect(() => planAttribution(variant('tr'), variant('tr'))).toThrow(/run the same model: there is no difference to attribute/);
    const otherScale = { ...variant('unified'), scenario: small('unified', 0.02, 3, 2) };
    expect(() => planAttribution(variant('tr'), otherScale)).toThrow(/different simulation settings/);
  });
});
