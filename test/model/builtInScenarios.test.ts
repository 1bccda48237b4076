import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { realizeUncertainty, restoreScenario, type UncertainInput } from '../../model/index';
import { builtInScenarios } from '../../scenarios/index';
import { builtScenarios } from '../../scenarios/built';
import { Timeline } from '../../model/engine/timeline';
import { parseIsoDate } from '../../model/calendar/dates';

function meanOf(entry: UncertainInput): number {
  if (entry.distribution === 'uniform') return (entry.min + entry.max) / 2;
  if (entry.distribution === 'triangular') return (entry.min + entry.mode + entry.max) / 3;
  throw new Error(`no mean written for ${entry.distribution}`);
}

const valueAt = (scenario: object, path: string): unknown => path.split('.').reduce<any>((node, key) => node?.[key], scenario);

describe('built-in scenarios', () => {
  it('are the four the product names, and each restores cleanly', () => {
    expect(Object.keys(builtInScenarios).sort()).toEqual(['as-happened', 'tr', 'trusts', 'unified']);
    for (const raw of Object.values(builtInScenarios)) expect(() => restoreScenario(raw)).not.toThrow();
  });

  it('match what `npm run scenarios` writes (edit scenarios/parameters.ts or timelines.ts, then run it)', () => {
    for (const [name, scenario] of Object.entries(builtScenarios())) {
      const onDisk = readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8');
      expect(onDisk, name).toBe(JSON.stringify(scenario, null, 2) + '\n');
    }
  });

  it('carry both resettlement effects as uncertain inputs, point value the mean, drawn apart in each replication', () => {
    const paths = ['parameters.resettlement.throughTheGateNeedResolvedShare', 'parameters.resettlement.reachInNeedResolvedShare'];
    for (const [name, raw] of Object.entries(builtInScenarios)) {
      const scenario = restoreScenario(raw);
      expect(scenario.uncertainty.map((entry) => entry.path), name).toEqual(paths);
      for (const entry of scenario.uncertainty) expect(valueAt(scenario, entry.path), `${name} ${entry.path}`).toBeCloseTo(meanOf(entry), 12);
      const draws = [0, 1, 2].map((replication) => realizeUncertainty(scenario, 7, replication).drawn[paths[1]]);
      expect(new Set(draws).size, name).toBe(3);
      for (const draw of draws) expect(draw).toBeGreaterThanOrEqual(0);
    }
  });

  it('follow the timeline of the reference: TR 2014-06-01, ORA 2015-02-01, unification 2021-06-26', () => {
    const on = (name: string, date: string) => Timeline.switchesOn(restoreScenario(builtInScenarios[name]).timeline, parseIsoDate(date));
    expect(on('trusts', '2021-12-31').operatingModel).toBe('trusts');
    expect(on('trusts', '2021-12-31').ora).toBe(false);
    expect(on('tr', '2014-05-31').operatingModel).toBe('trusts');
    expect(on('tr', '2014-06-01').operatingModel).toBe('tr');
    expect(on('tr', '2015-01-31').ora).toBe(false);
    expect(on('tr', '2015-02-01').ora).toBe(true);
    expect(on('tr', '2021-12-31').operatingModel).toBe('tr');
    expect(on('unified', '2012-01-01').operatingModel).toBe('unified');
    expect(on('as-happened', '2021-06-25').operatingModel).toBe('tr');
    expect(on('as-happened', '2021-06-26').operatingModel).toBe('unified');
  });
});
